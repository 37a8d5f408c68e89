import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {LocaleController} from './locale-controller.js';
import {ProblemList, type DataProblem} from './problems.js';
import {show} from './validate.js';

type ProblemText = typeof import('./problem-text.js');
/** The problem sentences, once loaded (they are only fetched when some element has a problem). */
let problemText: ProblemText | undefined;

/** The detail of the `iop-data-error` event: each problem with a sentence in the reader's language. */
export interface DataErrorDetail {
  readonly problems: readonly (DataProblem & {readonly message: string})[];
}

export type ClinicDataParser<T> = (raw: unknown, problems: ProblemList) => T;

/** Where an element's data can come from, by name: a property and a JSON-text attribute. */
export interface ClinicDataNames {
  /** The property that takes the data as a JavaScript value, such as `clinic`. */
  readonly property: string;
  /** The attribute that takes the data as JSON text, such as `clinic-json`. */
  readonly attribute: string;
}

const SCRIPT_SELECTOR = ':scope > script[type="application/json"]';
const SCRIPT_FIELD = '<script type="application/json">';

/** One place the data came from, and its field name in problem messages. */
interface Source {
  readonly field: string;
  readonly raw: unknown;
}

/**
 * Reads a clinic's data for one element, from the first of these that is given: the property (a JavaScript
 * value, or JSON text), the JSON attribute, or a child `<script type="application/json">` (watched for
 * changes). Validates it with the element's parser, keeps what is valid, and reports every problem (its own
 * and the element's attribute problems) once per change: a console warning naming the field and a bubbling,
 * composed `iop-data-error` event, after the element has rendered the message.
 *
 * Nothing the host gives is dropped in silence: a source left unused because another comes first is reported,
 * and so is an attribute named like the property (what React and Vue set when they meet the element before it
 * is defined: `clinic="[object Object]"`).
 */
export class ClinicDataController<T> implements ReactiveController {
  value: T;
  /** Whether the clinic gave any data at all (even data that could not be used). */
  provided = false;
  private fromProperty: unknown;
  private fromAttribute: unknown;
  private dataProblems: readonly DataProblem[] = [];
  private attributeProblems: readonly DataProblem[] = [];
  private reported = '';
  /** A readable copy of a host's object that the parser threw on, with the problems found making it. */
  private copy: {readonly of: unknown; readonly value: unknown; readonly problems: readonly DataProblem[]} | undefined;
  /** While the copy is being made, the first problem ("could not be read") is not reported yet. */
  private copying = false;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parse: ClinicDataParser<T>,
    private readonly empty: T,
    private readonly names: ClinicDataNames,
  ) {
    this.value = empty;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => {
      this.load();
    });
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: [this.names.property],
    });
    this.load();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdated(): void {
    if (this.copying) return;
    const problems = this.problems;
    const signature = JSON.stringify(problems);
    if (signature === this.reported) return;
    this.reported = signature;
    if (problems.length === 0) return;
    // The sentences are in the element's language, in the console and the event as in the element.
    const locale = LocaleController.of(this.host);
    const report = (text: ProblemText): void => {
      const send = (): void => {
        text.reportProblems(this.host, problems);
      };
      if (locale) locale.run(send);
      else send();
    };
    if (problemText) {
      report(problemText);
      return;
    }
    void import('./problem-text.js').then(async (text) => {
      // Its translations register as it loads; wait for them so the sentences come in the element's language.
      await locale?.loaded();
      problemText = text;
      if (this.reported !== signature) return;
      report(text);
      this.host.requestUpdate();
    });
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

  /**
   * The data from the property (`undefined` and `null` mean "not set") and from the JSON attribute (`null` or
   * blank mean "not set"); the child script is used when neither is given.
   */
  setSources(property: unknown, attribute: unknown): void {
    this.fromProperty = property ?? undefined;
    this.fromAttribute = attribute;
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
    const {property, attribute} = this.names;
    const scripts = [...this.host.querySelectorAll(SCRIPT_SELECTOR)].filter((script) => script.textContent.trim());
    const sources: Source[] = [];
    if (this.fromProperty !== undefined) sources.push({field: property, raw: this.fromProperty});
    // A framework may set the JSON property to data rather than text; it is read as the data it is.
    const json = this.fromAttribute;
    if (json != null && (typeof json !== 'string' || json.trim())) sources.push({field: attribute, raw: json});
    for (const script of scripts) sources.push({field: SCRIPT_FIELD, raw: script.textContent});
    const [used, ...unused] = sources;
    for (const source of unused) problems.add(source.field, 'not-used', 'left-out', {other: used?.field});
    const lost = this.host.getAttribute(property);
    if (this.fromProperty === undefined && lost !== null)
      problems.add(property, 'attribute-not-data', 'left-out', {value: show(lost), other: attribute});
    this.provided = used !== undefined;
    const raw = used ? this.read(used, problems) : undefined;
    this.value = raw === undefined || !used ? this.empty : this.parseSafely(raw, used.field, problems);
    this.dataProblems = problems.items;
    this.host.requestUpdate();
  }

  /**
   * The element's parser on the data. Only a host's own object can make it throw (a getter or a proxy that
   * throws); then nothing of it is shown until a copy of what can be read, key by key, is made (readable-copy.ts,
   * loaded only then), and the element shows that a moment later, each unreadable field reported.
   */
  private parseSafely(raw: unknown, field: string, problems: ProblemList): T {
    const copy = this.copy?.of === raw ? this.copy : undefined;
    if (copy) problems.items.push(...copy.problems);
    const before = problems.items.length;
    try {
      return this.parse(copy ? copy.value : raw, problems);
    } catch (error) {
      problems.items.splice(before);
      problems.add(field, 'unreadable', 'left-out', {detail: show(error)});
      if (!copy) this.copyLater(raw, field);
      return this.empty;
    }
  }

  private copyLater(raw: unknown, field: string): void {
    this.copying = true;
    void import('./readable-copy.js')
      .then(({readableCopy}) => {
        const problems = new ProblemList();
        this.copy = {of: raw, value: readableCopy(raw, '', problems, field), problems: problems.items};
      })
      .finally(() => {
        this.copying = false;
        this.load();
      });
  }

  /** The data as a value: text from an attribute or a script (or a string property) is parsed as JSON. */
  private read({field, raw}: Source, problems: ProblemList): unknown {
    if (typeof raw !== 'string') return raw;
    try {
      return JSON.parse(raw) as unknown;
    } catch (error) {
      // Text in an attribute or the property is often an object turned into text; its message says what to do.
      const code = field === SCRIPT_FIELD ? 'invalid-json' : 'attribute-not-json';
      problems.add(field, code, 'left-out', {value: show(raw), other: this.names.property, detail: String(error)});
      return undefined;
    }
  }
}

declare global {
  interface HTMLElementEventMap {
    'iop-data-error': CustomEvent<DataErrorDetail>;
  }
}
