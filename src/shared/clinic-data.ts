import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {localeReady} from './localization.js';
import {ProblemList, type DataProblem} from './problems.js';

type ProblemText = typeof import('./problem-text.js');
/** The problem sentences, once loaded (they are only fetched when some element has a problem). */
let problemText: ProblemText | undefined;

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
  /** Whether the clinic gave any data at all (even data that could not be used). */
  provided = false;
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
    if (problemText) {
      this.report(problems, problemText);
      return;
    }
    void import('./problem-text.js').then(async (text) => {
      // Its translations register as it loads; wait for them so the sentences come in the page's language.
      await localeReady();
      problemText = text;
      if (this.reported !== signature) return;
      this.report(problems, text);
      this.host.requestUpdate();
    });
  }

  /** A console warning naming each field, then the `iop-data-error` event. */
  private report(problems: readonly DataProblem[], text: ProblemText): void {
    const tag = this.host.localName;
    for (const problem of problems) {
      const detail = problem.detail ? ` (${problem.detail})` : '';
      console.warn(`iop-family <${tag}>: ${text.describeProblem(problem)} ${text.describeOutcome(problem.outcome)}${detail}`);
    }
    const detail: DataErrorDetail = {problems: problems.map((p) => ({...p, message: text.describeProblem(p)}))};
    this.host.dispatchEvent(new CustomEvent('iop-data-error', {bubbles: true, composed: true, detail}));
  }

  /** A short plain message for the reader when there are problems, with the details for the web team one click away. */
  renderProblems(): TemplateResult | typeof nothing {
    const problems = this.problems;
    if (problems.length === 0) return nothing;
    return html`<div class="problems" part="problems">
      <p class="problems-lead">
        <span class="problems-icon" aria-hidden="true">!</span>
        ${msg('Some details from the clinic could not be shown.')}
      </p>
      ${problemText ? problemText.renderProblemDetails(problems) : nothing}
    </div>`;
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
    const script = this.fromProperty === undefined ? this.host.querySelector(SCRIPT_SELECTOR) : null;
    this.provided = this.fromProperty !== undefined || !!script?.textContent.trim();
    const raw = this.fromProperty !== undefined ? this.fromProperty : this.readScript(script, problems);
    this.value = raw === undefined ? this.empty : this.parse(raw, problems);
    this.dataProblems = problems.items;
    this.host.requestUpdate();
  }

  private readScript(script: Element | null, problems: ProblemList): unknown {
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
