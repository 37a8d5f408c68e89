import {html, LitElement, nothing, svg, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {ClinicDataController} from '../../shared/clinic-data.js';
import {renderClinicText} from '../../shared/clinic-text.js';
import {helpLinesToShow, helpLineStyles, renderHelpLines} from '../../shared/crisis.js';
import {LocaleController} from '../../shared/locale-controller.js';
import {ProblemList} from '../../shared/problems.js';
import {choiceStyles} from '../../shared/choice-styles.js';
import {baseStyles} from '../../shared/styles.js';
import {renderDisclaimer, renderSources} from '../../shared/templates.js';
import {readChoice, readHeadingLevel, type HeadingLevel} from '../../shared/validate.js';
import {
  craftNote,
  emergencyPrivacy,
  emergencyText,
  familyRolesSources,
  helpPairs,
  privacyText,
  relationshipName,
  roles,
  stageIntro,
  stageName,
  supportOptions,
} from './family-roles.content.js';
import {parseFamilyRolesData} from './family-roles.data.js';
import {familyRolesStyles} from './family-roles.styles.js';
import {RELATIONSHIPS, STAGES, type FamilyRolesClinicData, type Relationship, type Stage} from './family-roles.types.js';

/** Detail of the `iop-roles-change` event. */
export interface RolesChangeDetail {
  readonly relationship: Relationship;
  readonly stage: Stage;
}

const CHECK = svg`<path d="M3 8.5l3.2 3.2L13 4.8" />`;
const CROSS = svg`<path d="M4 4l8 8M12 4l-8 8" />`;
const icon = (path: ReturnType<typeof svg>): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${path}</svg>`;

/**
 * A family-role explainer: for the reader's relationship to their loved one and the stage of treatment, what
 * they can do, what helps and what to avoid, what the care team can share, support for themselves (with the
 * evidence in plain words) and what to do in an emergency. Two radio groups choose; the page's URL never
 * changes.
 *
 * Clinic data goes in the `clinic` property (an object, set before or after definition), the `clinic-json`
 * attribute (JSON text) or a child `<script type="application/json">`, the first of these given:
 *
 * ```json
 * {"clinic": "…", "lang": "en",
 *  "familyProgram": {"name": "…", "times": "…", "note": "…"}, "contact": "…",
 *  "intakeLine": {"name": "…", "call": "…"},
 *  "helpLines": [{"name": "…", "call": "…", "text": "…", "note": "…"}]}
 * ```
 *
 * @tagname iop-family-roles
 * @fires iop-roles-change - The reader chose another relationship or stage. `detail` has `relationship` and `stage`.
 * @fires iop-data-error - An attribute or the clinic data had problems. `detail.problems` lists each with its `field` and a `message`.
 * @csspart base - The element's box.
 * @csspart heading - The title.
 * @csspart choices - The two choices: relationship and stage.
 * @csspart panel - The ideas for the chosen relationship and stage.
 * @csspart roles - The list of roles.
 * @csspart pairs - The "helps / avoid" pairs.
 * @csspart program - The clinic's family program.
 * @csspart help-lines - The emergency section with its phone lines.
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
export class IopFamilyRoles extends LitElement {
  static override styles = [baseStyles, choiceStyles, helpLineStyles, familyRolesStyles];

  /** The reader's relationship to start with: partner, parent-teen, parent-adult, child-sibling, friend or other. */
  @property() relationship: Relationship = 'partner';

  /** The stage to start with: before, during or after IOP. */
  @property() phase: Stage = 'before';

  /** The heading level of the title: 2 to 6, as a number or text (anything else is reported, and 2 used); sections use the next levels down. */
  @property({attribute: 'heading-level'}) headingLevel: HeadingLevel = 2;

  /** The clinic data as a JavaScript object (or JSON text). Set before or after the element is defined; takes precedence over `clinic-json` and a child JSON script. */
  @property({attribute: false}) clinic: FamilyRolesClinicData | string | undefined;

  /** The clinic data as JSON text, for hosts that can only set attributes (page builders; React and Vue before the element is defined). Takes precedence over a child JSON script. */
  @property({attribute: 'clinic-json'}) clinicJson: string | undefined;

  @state() private chosenRelationship: Relationship | undefined;
  @state() private chosenStage: Stage | undefined;
  /** Said to screen readers after the reader changes a choice. */
  /** Which choice the reader changed last, announced as "Now showing: …" (text made in the render, in the element's language). */
  @state() private changedChoice: 'relationship' | 'stage' | undefined;

  private readonly localeController = new LocaleController(this);
  private readonly data = new ClinicDataController<FamilyRolesClinicData>(
    this,
    parseFamilyRolesData,
    {},
    {property: 'clinic', attribute: 'clinic-json'},
  );
  private startRelationship: Relationship = 'partner';
  private startStage: Stage = 'before';
  private titleLevel = 2;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clinic') || changed.has('clinicJson')) this.data.setSources(this.clinic, this.clinicJson);
    if (changed.has('relationship') || changed.has('phase') || changed.has('headingLevel')) {
      const problems = new ProblemList();
      this.titleLevel = readHeadingLevel(this.headingLevel, problems);
      this.startRelationship = readChoice(this.relationship, RELATIONSHIPS, 'partner', 'relationship', problems);
      this.startStage = readChoice(this.phase, STAGES, 'before', 'phase', problems);
      this.data.setAttributeProblems(problems.items);
      // A new attribute value from the page starts over from it.
      if (changed.has('relationship')) this.chosenRelationship = undefined;
      if (changed.has('phase')) this.chosenStage = undefined;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.localeController.ready) return this.localeController.renderPending();
    const relationship = this.chosenRelationship ?? this.startRelationship;
    const stage = this.chosenStage ?? this.startStage;
    const level = this.titleLevel;
    const sub = Math.min(level + 1, 6);
    return html`<div class="root" part="base" lang=${this.localeController.locale}>
      <div class="heading" role="heading" aria-level=${level} part="heading">${msg('How family and friends can help')}</div>
      ${this.data.renderProblems()}
      <p class="intro">${msg('Choose how you know your loved one and where they are in treatment. The tips below change to fit.')}</p>
      <div class="choices" part="choices">
        ${this.renderChoice(
          'relationship',
          msg('I am their…'),
          RELATIONSHIPS.map((value) => ({value, label: relationshipName(value)})),
          relationship,
        )}
        ${this.renderChoice(
          'stage',
          msg('Where are they now?'),
          STAGES.map((value) => ({value, label: stageName(value)})),
          stage,
        )}
      </div>
      <p class="visually-hidden" role="status">${this.renderAnnouncement(relationship, stage)}</p>
      ${this.renderPanel(relationship, stage, sub)} ${renderSources(this, familyRolesSources(), this.localeController.locale)}
      ${renderDisclaimer()}
    </div>`;
  }

  private renderChoice(name: string, legend: string, options: readonly {value: string; label: string}[], chosen: string): TemplateResult {
    return html`<fieldset class="choice">
      <legend>${legend}</legend>
      <div class="options">
        ${options.map(
          ({value, label}) =>
            html`<label class="option">
              <input type="radio" name=${name} .value=${value} .checked=${value === chosen} @change=${this.onChange} />
              ${label}
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderPanel(relationship: Relationship, stage: Stage, level: number): TemplateResult {
    const locale = this.localeController.locale;
    const {clinic, lang, contact} = this.data.value;
    const lines = helpLinesToShow(this.data.value);
    const inner = Math.min(level + 1, 6);
    const note = craftNote(relationship);
    return html`<section class="panel" part="panel" aria-labelledby="panel-heading">
      <div class="subheading panel-heading" role="heading" aria-level=${level} id="panel-heading">
        ${msg(str`For: ${relationshipName(relationship)} · ${stageName(stage)}`)}
      </div>
      <p>${stageIntro(stage)}</p>

      <div class="subheading" role="heading" aria-level=${inner}>${msg('What you can do')}</div>
      <ul class="roles" part="roles" role="list">
        ${roles(stage).map(
          (role) =>
            html`<li class="role role-${role.id}">
              <strong class="role-name">${role.name}</strong>
              <span>${role.text}</span>
            </li>`,
        )}
      </ul>

      <div class="subheading" role="heading" aria-level=${inner}>${msg('What helps, and what to avoid')}</div>
      <ul class="pairs" part="pairs" role="list">
        ${helpPairs(stage).map(
          (pair) =>
            html`<li class="pair">
              <p class="help">
                ${icon(CHECK)}<span><strong>${msg('Helps:')}</strong> ${pair.help}</span>
              </p>
              <p class="avoid">
                ${icon(CROSS)}<span><strong>${msg('Avoid:')}</strong> ${pair.avoid}</span>
              </p>
            </li>`,
        )}
      </ul>

      ${this.renderProgram(inner)}

      <div class="subheading" role="heading" aria-level=${inner}>${msg('What the care team can tell you')}</div>
      ${privacyText(relationship).map((text) => html`<p>${text}</p>`)}
      <p>${emergencyPrivacy(relationship)}</p>

      <div class="subheading" role="heading" aria-level=${inner}>${msg('Support for you')}</div>
      <ul class="options-list" role="list">
        ${supportOptions().map(
          (option, i) =>
            html`<li>
              <strong>${option.name}</strong>
              <p>${option.what}</p>
              <p class="evidence">
                <span class="evidence-label">${msg('What the research says:')}</span> ${option.evidence} ${i === 0 && note ? note : nothing}
              </p>
            </li>`,
        )}
      </ul>

      <section class="emergency" part="help-lines" aria-labelledby="emergency-heading">
        <div class="subheading" role="heading" aria-level=${inner} id="emergency-heading">${msg('In an emergency')}</div>
        ${this.renderEmergency()} ${renderHelpLines(lines, locale, lang)}
      </section>
      ${
        contact
          ? html`<p class="contact">
              ${clinic ? html`<strong>${renderClinicText(clinic, locale, lang)}:</strong>` : nothing}
              ${renderClinicText(contact, locale, lang)}
            </p>`
          : nothing
      }
    </section>`;
  }

  /** What to do for an overdose, first, then the risks to know before one happens. */
  private renderEmergency(): TemplateResult {
    const {signs, signList, steps, risks} = emergencyText();
    return html`<p class="signs-label">${signs}</p>
      <ul class="signs">
        ${signList.map((sign) => html`<li>${sign}</li>`)}
      </ul>
      ${steps.map((text) => html`<p>${text}</p>`)}
      <ul class="risks">
        ${risks.map((risk) => html`<li>${risk}</li>`)}
      </ul>`;
  }

  /** The clinic's own family program, when it gave one. */
  private renderProgram(level: number): TemplateResult | typeof nothing {
    const {familyProgram, clinic, lang} = this.data.value;
    if (!familyProgram) return nothing;
    const locale = this.localeController.locale;
    return html`<section class="program" part="program" aria-labelledby="program-heading">
      <div class="subheading" role="heading" aria-level=${level} id="program-heading">
        ${familyProgram.name ? renderClinicText(familyProgram.name, locale, lang) : msg('Our family program')}
      </div>
      ${clinic ? html`<p class="program-clinic">${renderClinicText(clinic, locale, lang)}</p>` : nothing}
      ${familyProgram.times ? html`<p><strong>${msg('When:')}</strong> ${renderClinicText(familyProgram.times, locale, lang)}</p>` : nothing}
      ${familyProgram.note ? html`<p>${renderClinicText(familyProgram.note, locale, lang)}</p>` : nothing}
    </section>`;
  }

  /** Only what changed: the other choice is as it was, and the panel's heading names both. */
  private renderAnnouncement(relationship: Relationship, stage: Stage): string {
    if (!this.changedChoice) return '';
    return msg(str`Now showing: ${this.changedChoice === 'relationship' ? relationshipName(relationship) : stageName(stage)}`);
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.name === 'relationship') this.chosenRelationship = input.value as Relationship;
    else this.chosenStage = input.value as Stage;
    const relationship = this.chosenRelationship ?? this.startRelationship;
    const stage = this.chosenStage ?? this.startStage;
    this.changedChoice = input.name === 'relationship' ? 'relationship' : 'stage';
    this.dispatchEvent(
      new CustomEvent<RolesChangeDetail>('iop-roles-change', {bubbles: true, composed: true, detail: {relationship, stage}}),
    );
  }
}

declare global {
  interface HTMLElementEventMap {
    'iop-roles-change': CustomEvent<RolesChangeDetail>;
  }
}
