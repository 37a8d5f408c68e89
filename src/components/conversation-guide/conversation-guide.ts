import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {classes} from '../../shared/classes.js';
import {ClinicDataController} from '../../shared/clinic-data.js';
import {pickClinicText} from '../../shared/clinic-text.js';
import {helpLinesToShow, urgentHelpLines, helpLineStyles, renderHelpLines} from '../../shared/crisis.js';
import {LocaleController} from '../../shared/locale-controller.js';
import {ProblemList} from '../../shared/problems.js';
import {choiceStyles} from '../../shared/choice-styles.js';
import {baseStyles} from '../../shared/styles.js';
import {renderDisclaimer, renderSources} from '../../shared/templates.js';
import {attributeText, readChoice, readHeadingLevel, type HeadingLevel} from '../../shared/validate.js';
import {conversationSources, example, notNowText, planLabels, scenarioName, steps} from './conversation-guide.content.js';
import {EMPTY_PLAN, isEmptyPlan, parseConversationGuideData, planAsText, planFromJson} from './conversation-guide.data.js';
import {conversationGuideStyles} from './conversation-guide.styles.js';
import {
  PLAN_FIELDS,
  SCENARIOS,
  STEP_IDS,
  type ConversationGuideClinicData,
  type Plan,
  type Scenario,
  type StepChoice,
  type StepId,
} from './conversation-guide.types.js';

/** Detail of the `iop-guide-change` event. */
export interface GuideChangeDetail {
  readonly step: StepId;
  readonly scenario: Scenario;
}

/** Where the plan is kept when the clinic opts in with `remember-plan`. */
export const PLAN_STORAGE_KEY = 'iop-family:conversation-plan';

/**
 * A step-by-step guide to a supportive conversation with a loved one about treatment or recovery: six steps
 * (get ready, start, listen, pushback, a next step, afterwards) with short guidance, "instead of … try …"
 * phrases from CRAFT and motivational interviewing, and an example for the reader's situation. Safety comes
 * first and the help lines stay within reach. "My plan" keeps the reader's own notes in memory (on the device
 * only if the clinic sets `remember-plan`), to print or download as text.
 *
 * Clinic data goes in the `clinic` property (an object, set before or after definition), the `clinic-json`
 * attribute (JSON text) or a child `<script type="application/json">`, the first of these given:
 *
 * ```json
 * {"clinic": "…", "lang": "en",
 *  "intakeLine": {"name": "…", "call": "…", "note": "…"},
 *  "helpLines": [{"name": "…", "call": "…", "text": "…", "note": "…"}]}
 * ```
 *
 * @tagname iop-conversation-guide
 * @fires iop-guide-change - The reader moved to another step or scenario. `detail` has `step` and `scenario`.
 * @fires iop-data-error - An attribute or the clinic data had problems. `detail.problems` lists each with its `field` and a `message`.
 * @csspart base - The element's box.
 * @csspart heading - The title.
 * @csspart safety - The safety box at the top.
 * @csspart scenarios - The choice of situation.
 * @csspart steps - The list of steps.
 * @csspart step - The current step.
 * @csspart example - The example conversation.
 * @csspart plan - "My plan".
 * @csspart help-lines - The help lines.
 * @csspart problems - The message shown when clinic data or an attribute has problems.
 * @csspart sources - The collapsible list of sources.
 * @csspart disclaimer - The note that this is education, not medical advice.
 * @cssprop --iop-accent - Accent colour. Default #0b5e7e.
 * @cssprop --iop-accent-text - Text on the accent colour. Default #ffffff.
 * @cssprop --iop-text - Text colour. Default #1b1f24.
 * @cssprop --iop-muted - Secondary text colour. Default #4a5260.
 * @cssprop --iop-background - Background colour. Default #ffffff.
 * @cssprop --iop-surface - Background of panels. Default #f3f6f8.
 * @cssprop --iop-border - Border colour. Default #707784.
 * @cssprop --iop-radius - Corner radius. Default 0.5em.
 * @cssprop --iop-space - Base spacing. Default 1em.
 * @cssprop --iop-font-family - Font. Default: inherited from the page.
 * @cssprop --iop-font-size - Base text size. Default: the page's, and at least 16px.
 */
export class IopConversationGuide extends LitElement {
  static override styles = [baseStyles, choiceStyles, helpLineStyles, conversationGuideStyles];

  /** The step to start on: 1 to 6 (text or a number), or prepare, open, listen, pushback, next-step, after. */
  @property() step: StepChoice | number = '1';

  /** The situation to start with: considering, missing-sessions, return-to-use or teen. */
  @property() scenario: Scenario = 'considering';

  /**
   * Opt-in: keep the reader's plan on this device (localStorage, key "iop-family:conversation-plan") until
   * they clear it. Off by default: the plan then lives only in the page and is gone when it closes.
   */
  @property({attribute: 'remember-plan', type: Boolean}) rememberPlan = false;

  /** The heading level of the title: 2 to 6, as a number or text (anything else is reported, and 2 used); sections use the next level down. */
  @property({attribute: 'heading-level'}) headingLevel: HeadingLevel = 2;

  /** The clinic data as a JavaScript object (or JSON text). Set before or after the element is defined; takes precedence over `clinic-json` and a child JSON script. */
  @property({attribute: false}) clinic: ConversationGuideClinicData | string | undefined;

  /** The clinic data as JSON text, for hosts that can only set attributes (page builders; React and Vue before the element is defined). Takes precedence over a child JSON script. */
  @property({attribute: 'clinic-json'}) clinicJson: string | undefined;

  @state() private index = 0;
  @state() private chosenScenario: Scenario = 'considering';
  @state() private plan: Plan = EMPTY_PLAN;
  @state() private confirmingClear = false;
  @state() private printingPlan = false;
  /** Said to screen readers after the plan is cleared. */
  /** Whether the reader just cleared the plan, which the status then says (in the element's language). */
  @state() private planCleared = false;

  private titleLevel = 2;
  private readonly localeController = new LocaleController(this);
  private readonly data = new ClinicDataController<ConversationGuideClinicData>(
    this,
    parseConversationGuideData,
    {},
    {property: 'clinic', attribute: 'clinic-json'},
  );

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.rememberPlan && isEmptyPlan(this.plan)) this.plan = planFromJson(this.storage?.getItem(PLAN_STORAGE_KEY) ?? null);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clinic') || changed.has('clinicJson')) this.data.setSources(this.clinic, this.clinicJson);
    if (changed.has('step') || changed.has('scenario') || changed.has('headingLevel')) {
      const problems = new ProblemList();
      this.titleLevel = readHeadingLevel(this.headingLevel, problems);
      if (changed.has('step')) this.index = this.stepIndex(problems);
      else this.stepIndex(problems);
      const scenario = readChoice(this.scenario, SCENARIOS, 'considering', 'scenario', problems);
      if (changed.has('scenario')) this.chosenScenario = scenario;
      this.data.setAttributeProblems(problems.items);
    }
  }

  /** The `step` attribute as an index: a number from 1 to 6 or a step id; anything else is reported. */
  private stepIndex(problems: ProblemList): number {
    const value = attributeText(this.step).toLowerCase();
    const byNumber = /^\d+$/.test(value) ? Number(value) - 1 : -1;
    const index = byNumber >= 0 && byNumber < STEP_IDS.length ? byNumber : (STEP_IDS as readonly string[]).indexOf(value);
    if (index < 0 && value)
      problems.add('step', 'unknown-value', 'default-used', {value, allowed: ['1', '2', '3', '4', '5', '6', ...STEP_IDS]});
    return Math.max(index, 0);
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.localeController.ready) return this.localeController.renderPending();
    const level = this.titleLevel;
    const sub = Math.min(level + 1, 6);
    return html`<div class=${classes('root', this.printingPlan && 'print-plan')} part="base" lang=${this.localeController.locale}>
      <div class="heading" role="heading" aria-level=${level} part="heading">${msg('Talking with your loved one')}</div>
      ${this.data.renderProblems()} ${this.renderSafety(sub)}
      <p class="intro">
        ${msg('A caring talk can help your loved one take a step toward treatment or keep going. Go through it one step at a time.')}
      </p>
      ${this.renderScenarios()} ${this.renderStepList()} ${this.renderStep(sub)} ${this.renderPlan(sub)}
      <section class="help" part="help-lines" aria-labelledby="help-heading">
        <div class="subheading" role="heading" aria-level=${sub} id="help-heading" tabindex="-1">${msg('Help lines')}</div>
        ${renderHelpLines(helpLinesToShow(this.data.value), this.localeController.locale, this.data.value.lang)}
      </section>
      ${renderSources(this, conversationSources(), this.localeController.locale)} ${renderDisclaimer()}
    </div>`;
  }

  private renderSafety(level: number): TemplateResult {
    // A clinic's own lines: the first two. The defaults: the crisis lines, so "the lines below" include one for violence at home.
    const urgent = this.data.value.helpLines?.slice(0, 2) ?? urgentHelpLines();
    return html`<section class="safety" part="safety" aria-labelledby="safety-heading">
      <div class="subheading" role="heading" aria-level=${level} id="safety-heading">${msg('Safety first')}</div>
      <ul>
        ${notNowText().map((text) => html`<li>${text}</li>`)}
      </ul>
      ${renderHelpLines(urgent, this.localeController.locale, this.data.value.lang)}
      <button type="button" class="button small" @click=${this.showHelpLines}>${msg('All help lines')}</button>
    </section>`;
  }

  private renderScenarios(): TemplateResult {
    return html`<fieldset class="choice scenarios" part="scenarios">
      <legend>${msg('What is happening?')}</legend>
      <div class="options">
        ${SCENARIOS.map(
          (scenario) =>
            html`<label class="option">
              <input
                type="radio"
                name="scenario"
                .value=${scenario}
                .checked=${scenario === this.chosenScenario}
                @change=${this.onScenario}
              />
              ${scenarioName(scenario)}
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderStepList(): TemplateResult {
    return html`<nav class="step-nav" aria-label=${msg('Steps')}>
      <ol class="step-list" part="steps">
        ${steps().map(
          (step, i) =>
            html`<li>
              <button
                type="button"
                class=${classes('step-link', i < this.index && 'done')}
                aria-current=${i === this.index ? 'step' : 'false'}
                data-index=${i}
                @click=${this.onStepLink}
              >
                <span class="step-number">${i + 1}</span> <span class="step-title">${step.title}</span>
              </button>
            </li>`,
        )}
      </ol>
    </nav>`;
  }

  private renderStep(level: number): TemplateResult | typeof nothing {
    const all = steps();
    const step = all[this.index];
    if (!step) return nothing;
    const last = this.index === all.length - 1;
    return html`<section class="step" part="step" aria-labelledby="step-heading">
      <div class="subheading step-heading" role="heading" aria-level=${level} id="step-heading" tabindex="-1">
        <!-- The space goes in the title's own text: Chromium drops a lone space between an inline element and text from the heading's name. -->
        <span class="step-count">${msg(str`Step ${this.index + 1} of ${all.length}`)}:</span>${` ${step.title}`}
      </div>
      ${step.guidance.map((text) => html`<p>${text}</p>`)}
      <ul class="phrases" role="list" aria-label=${msg('Instead of this, try this')}>
        ${step.pairs.map(
          (pair) =>
            html`<li class="phrase">
              <p class="instead"><span class="label">${msg('Instead of:')}</span> ${pair.instead}</p>
              <p class="try"><span class="label">${msg('Try:')}</span> ${pair.try}</p>
              <p class="skill">${pair.skill}</p>
            </li>`,
        )}
      </ul>
      <figure class="example" part="example">
        <figcaption>${msg(str`Example: ${scenarioName(this.chosenScenario)}`)}</figcaption>
        ${example(this.chosenScenario, step.id).map(
          (line) =>
            html`<p class="line ${line.who}">
              ${line.who === 'note' ? nothing : html`<span class="who">${line.who === 'you' ? msg('You:') : msg('Them:')}</span>`}
              ${line.text}
            </p>`,
        )}
      </figure>
      <div class="step-buttons">
        <button type="button" class="button" ?disabled=${this.index === 0} @click=${this.previous}>
          <span aria-hidden="true">←</span> ${msg('Previous step')}
        </button>
        <button type="button" class="button primary" @click=${this.next}>
          ${last ? msg('Go to my plan') : msg('Next step')} <span aria-hidden="true">→</span>
        </button>
      </div>
    </section>`;
  }

  private renderPlan(level: number): TemplateResult {
    const labels = planLabels();
    return html`<section class="plan" part="plan" aria-labelledby="plan-heading">
      <div class="subheading" role="heading" aria-level=${level} id="plan-heading" tabindex="-1">${msg('My plan')}</div>
      <p class="hint">
        ${
          this.rememberPlan
            ? msg('What you write is kept on this device until you clear it. It is never sent anywhere.')
            : msg('What you write stays on this page only. It is not saved or sent anywhere, and it is gone when you close the page.')
        }
      </p>
      ${PLAN_FIELDS.map(
        (field) =>
          html`<div class="field">
            <label for="plan-${field}">${labels[field].label}</label>
            <span class="hint" id="plan-${field}-hint">${labels[field].hint}</span>
            <textarea
              id="plan-${field}"
              name=${field}
              rows="3"
              aria-describedby="plan-${field}-hint"
              .value=${this.plan[field]}
              @input=${this.onPlanInput}
            ></textarea>
          </div>`,
      )}
      <div class="plan-print">
        ${PLAN_FIELDS.map((field) => html`<p><strong>${labels[field].label}</strong><br />${this.plan[field] || '—'}</p>`)}
      </div>
      <div class="plan-buttons">
        <button type="button" class="button" @click=${this.printPlan}>${msg('Print my plan')}</button>
        <button type="button" class="button" @click=${this.downloadPlan}>${msg('Download as text')}</button>
        ${
          this.confirmingClear
            ? html`<span class="confirm" role="group" aria-label=${msg('Clear everything you wrote?')}>
                <span>${msg('Clear everything you wrote?')}</span>
                <button type="button" class="button small" id="confirm-clear" @click=${this.clearPlan}>${msg('Yes, clear it')}</button>
                <button type="button" class="button small" @click=${this.keepPlan}>${msg('Keep it')}</button>
              </span>`
            : html`<button type="button" class="button" id="clear-plan" @click=${this.askClear}>${msg('Clear my plan')}</button>`
        }
      </div>
      <p class="visually-hidden" role="status">${this.planCleared ? msg('Your plan was cleared.') : ''}</p>
    </section>`;
  }

  // ------------------------------------------------------------------------------------------- actions

  private async goTo(index: number): Promise<void> {
    this.index = index;
    this.announceChange();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  private previous(): void {
    if (this.index > 0) void this.goTo(this.index - 1);
  }

  private async next(): Promise<void> {
    if (this.index < STEP_IDS.length - 1) {
      await this.goTo(this.index + 1);
      return;
    }
    this.renderRoot.querySelector<HTMLElement>('#plan-heading')?.focus();
  }

  private onStepLink(event: Event): void {
    void this.goTo(Number((event.currentTarget as HTMLElement).dataset.index));
  }

  private onScenario(event: Event): void {
    this.chosenScenario = (event.target as HTMLInputElement).value as Scenario;
    this.announceChange();
  }

  private announceChange(): void {
    const detail: GuideChangeDetail = {step: STEP_IDS[this.index] ?? 'prepare', scenario: this.chosenScenario};
    this.dispatchEvent(new CustomEvent<GuideChangeDetail>('iop-guide-change', {bubbles: true, composed: true, detail}));
  }

  private showHelpLines(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('#help-heading');
    heading?.scrollIntoView({block: 'start'});
    heading?.focus();
  }

  private onPlanInput(event: Event): void {
    const {name, value} = event.target as HTMLTextAreaElement;
    this.plan = {...this.plan, [name]: value};
    this.planCleared = false;
    this.save();
  }

  private askClear(): void {
    this.confirmingClear = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#confirm-clear')?.focus());
  }

  private keepPlan(): void {
    this.confirmingClear = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#clear-plan')?.focus());
  }

  private clearPlan(): void {
    this.plan = EMPTY_PLAN;
    this.confirmingClear = false;
    this.planCleared = true;
    this.storage?.removeItem(PLAN_STORAGE_KEY);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#plan-worries')?.focus());
  }

  /** localStorage when the clinic opted in and the browser allows it; otherwise nothing is kept. */
  private get storage(): Storage | undefined {
    if (!this.rememberPlan) return undefined;
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  }

  private save(): void {
    try {
      this.storage?.setItem(PLAN_STORAGE_KEY, JSON.stringify(this.plan));
    } catch {
      // Storage full or blocked: the plan still works for this visit.
    }
  }

  /** The plan as text, with the help lines at the end. */
  private planText(): string {
    const labels = planLabels();
    const locale = this.localeController.locale;
    const lang = this.data.value.lang;
    const lines = helpLinesToShow(this.data.value).map((line) => {
      const ways = [line.call ? msg(str`Call ${line.call}`) : '', line.text ? msg(str`Text ${line.text}`) : ''].filter(Boolean).join(', ');
      const owner = line.owner ? `${pickClinicText(line.owner, locale, lang).text}: ` : '';
      return `${owner}${pickClinicText(line.name, locale, lang).text}: ${ways}`;
    });
    return planAsText(
      msg('My conversation plan'),
      PLAN_FIELDS.map((field) => ({heading: labels[field].label, text: this.plan[field]})),
      [msg('Help lines'), ...lines],
    );
  }

  private downloadPlan(): void {
    const [text, fileName] = this.localeController.run(() => [this.planText(), msg('my-conversation-plan.txt')]);
    const url = URL.createObjectURL(new Blob([text], {type: 'text/plain;charset=utf-8'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 1000);
  }

  private async printPlan(): Promise<void> {
    this.printingPlan = true;
    // The print code loads only when a reader prints.
    const [{printOnly}] = await Promise.all([import('../../shared/print.js'), this.updateComplete]);
    printOnly(this, () => {
      this.printingPlan = false;
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'iop-guide-change': CustomEvent<GuideChangeDetail>;
  }
}
