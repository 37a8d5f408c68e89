import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {describeOutcome, describeProblem, ProblemList, type DataProblem} from './problems.js';

/** The detail of the `iop-data-error` event: each problem with a sentence in the reader's language. */
export interface DataErrorDetail {
  readonly problems: readonly (DataProblem & {readonly message: string})[];
}

export type ClinicDataParser<T> = (raw: unknown, problems: ProblemList) => T;

const SCRIPT_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Reads a clinic's data for one element: from the `data` property when set, otherwise from a child
 * `<script type="application/json">` (watched for changes). Validates it with the element's parser, keeps
 * what is valid, and reports every problem (its own and the element's attribute problems) once per change:
 * a console warning naming the field and a bubbling, composed `iop-data-error` event, after the element has
 * rendered the message.
 */
export class ClinicDataController<T> implements ReactiveController {
  value: T;
  private fromProperty: unknown;
  private dataProblems: readonly DataProblem[] = [];
  private attributeProblems: readonly DataProblem[] = [];
  private reported = '';
  private observer: MutationObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parse: ClinicDataParser<T>,
    private readonly empty: T,
  ) {
    this.value = empty;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => {
      if (this.fromProperty === undefined) this.load();
    });
    this.observer.observe(this.host, {childList: true, subtree: true, characterData: true});
    this.load();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdated(): void {
    const problems = this.problems;
    const signature = JSON.stringify(problems);
    if (signature === this.reported) return;
    this.reported = signature;
    if (problems.length === 0) return;
    const tag = this.host.localName;
    for (const problem of problems) {
      const detail = problem.detail ? ` (${problem.detail})` : '';
      console.warn(`iop-family <${tag}>: ${describeProblem(problem)} ${describeOutcome(problem.outcome)}${detail}`);
    }
    const detail: DataErrorDetail = {problems: problems.map((p) => ({...p, message: describeProblem(p)}))};
    this.host.dispatchEvent(new CustomEvent('iop-data-error', {bubbles: true, composed: true, detail}));
  }

  /** Uses data given as a JavaScript value; `undefined` goes back to the child script. */
  setProperty(raw: unknown): void {
    this.fromProperty = raw;
    this.load();
  }

  /** Problems the element found in its attributes, shown and reported with the data's. */
  setAttributeProblems(problems: readonly DataProblem[]): void {
    this.attributeProblems = problems;
  }

  get problems(): readonly DataProblem[] {
    return [...this.attributeProblems, ...this.dataProblems];
  }

  private load(): void {
    const problems = new ProblemList();
    const raw = this.fromProperty !== undefined ? this.fromProperty : this.readScript(problems);
    this.value = raw === undefined ? this.empty : this.parse(raw, problems);
    this.dataProblems = problems.items;
    this.host.requestUpdate();
  }

  private readScript(problems: ProblemList): unknown {
    const script = this.host.querySelector(SCRIPT_SELECTOR);
    const text = script?.textContent.trim();
    if (!text) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      problems.add('<script type="application/json">', 'invalid-json', 'left-out', {detail: String(error)});
      return undefined;
    }
  }
}
