import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import {classes} from '../../shared/classes.js';
import {ClinicDataController} from '../../shared/clinic-data.js';
import {cssProps} from '../../shared/css-props.js';
import {pickClinicText, renderClinicText} from '../../shared/clinic-text.js';
import {numberFormat} from '../../shared/intl.js';
import {LocaleController} from '../../shared/locale-controller.js';
import {ProblemList} from '../../shared/problems.js';
import {baseStyles} from '../../shared/styles.js';
import {renderDisclaimer, renderSources} from '../../shared/templates.js';
import {readChoice, readChoiceList, readHeadingLevel, type HeadingLevel} from '../../shared/validate.js';
import {helpLineStyles, renderHelpLines, treatmentHelpline} from '../../shared/crisis.js';
import {careLevelQuestions, careLevels, careLevelSources, findingCare, howLong, payingForCare} from './care-levels.content.js';
import {barGeometry, parseCareLevelsData, SCALE_MAX_HOURS, stepNeighbours} from './care-levels.data.js';
import {careLevelsStyles} from './care-levels.styles.js';
import {CARE_LEVEL_IDS, type CareLevel, type CareLevelId, type CareLevelsClinicData, type ClinicLevel} from './care-levels.types.js';

/** Detail of the `iop-level-select` event. */
export interface LevelSelectDetail {
  readonly level: CareLevelId;
}

/**
 * A care-level comparison chart: where IOP sits among withdrawal management, residential care, partial
 * hospitalization, outpatient care and continuing care, with hours on a visual scale, how people step up and
 * down, and a full comparison (a table in wide containers, cards in narrow ones).
 *
 * Clinic data goes in the `clinic` property (an object, set before or after definition), the `clinic-json`
 * attribute (JSON text) or a child `<script type="application/json">`, the first of these given:
 *
 * ```json
 * {"clinic": "…", "lang": "en",
 *  "levels": {"iop": {"name": "…", "hours": {"min": 9, "max": 12}, "note": "…"}}}
 * ```
 *
 * @tagname iop-care-levels
 * @fires iop-level-select - The reader chose a level. `detail.level` is its id. For the host's analytics; the element sends nothing anywhere.
 * @fires iop-data-error - An attribute or the clinic data had problems. `detail.problems` lists each with its `field` and a `message`.
 * @csspart base - The element's box.
 * @csspart heading - The title.
 * @csspart scale - The hours-per-week scale, which is also the level chooser.
 * @csspart details - The panel about the chosen level.
 * @csspart table - The comparison table (wide containers).
 * @csspart cards - The comparison cards (narrow containers).
 * @csspart featured-badge - The "Featured" label on the highlighted level.
 * @csspart paying - Paying for care and finding a program, with the SAMHSA Helpline.
 * @csspart problems - The message shown when clinic data or an attribute has problems.
 * @csspart sources - The collapsible list of sources.
 * @csspart disclaimer - The note that this is education, not medical advice.
 * @cssprop --iop-accent - Accent colour for links, buttons, bars and the featured level. Default #0b5e7e.
 * @cssprop --iop-accent-text - Text on the accent colour. Default #ffffff.
 * @cssprop --iop-text - Text colour. Default #1b1f24.
 * @cssprop --iop-muted - Secondary text colour. Default #4a5260.
 * @cssprop --iop-background - Background colour. Default #ffffff.
 * @cssprop --iop-surface - Background of panels and cards. Default #f3f6f8.
 * @cssprop --iop-border - Border colour. Default #707784.
 * @cssprop --iop-radius - Corner radius. Default 0.5em.
 * @cssprop --iop-space - Base spacing. Default 1em.
 * @cssprop --iop-font-family - Font. Default: inherited from the page.
 * @cssprop --iop-font-size - Base text size. Default: the page's, and at least 16px.
 */
export class IopCareLevels extends LitElement {
  static override styles = [baseStyles, helpLineStyles, careLevelsStyles];

  /** The level to feature and show first: withdrawal, residential, php, iop, outpatient or continuing. */
  @property() highlight: CareLevelId = 'iop';

  /** Which levels to show and in what order: level ids (as for `highlight`) separated by spaces or commas, such as "residential iop outpatient", or as a list. Empty shows all six. */
  @property() levels: string | readonly CareLevelId[] = '';

  /** The heading level of the title: 2 to 6, as a number or text (anything else is reported, and 2 used); sections use the next level down. */
  @property({attribute: 'heading-level'}) headingLevel: HeadingLevel = 2;

  /** The clinic data as a JavaScript object (or JSON text). Set before or after the element is defined; takes precedence over `clinic-json` and a child JSON script. */
  @property({attribute: false}) clinic: CareLevelsClinicData | string | undefined;

  /** The clinic data as JSON text, for hosts that can only set attributes (page builders; React and Vue before the element is defined). Takes precedence over a child JSON script. */
  @property({attribute: 'clinic-json'}) clinicJson: string | undefined;

  @state() private selected: CareLevelId | undefined;

  private readonly localeController = new LocaleController(this);
  private readonly data = new ClinicDataController<CareLevelsClinicData>(
    this,
    parseCareLevelsData,
    {},
    {property: 'clinic', attribute: 'clinic-json'},
  );
  private shownIds: readonly CareLevelId[] = CARE_LEVEL_IDS;
  private featured: CareLevelId = 'iop';
  private titleLevel = 2;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clinic') || changed.has('clinicJson')) this.data.setSources(this.clinic, this.clinicJson);
    if (changed.has('levels') || changed.has('highlight') || changed.has('headingLevel')) {
      const problems = new ProblemList();
      this.titleLevel = readHeadingLevel(this.headingLevel, problems);
      this.shownIds = readChoiceList(this.levels, CARE_LEVEL_IDS, 'levels', problems);
      const wanted = readChoice(this.highlight, CARE_LEVEL_IDS, 'iop', 'highlight', problems);
      this.featured = this.shownIds.includes(wanted) ? wanted : (this.shownIds[0] ?? 'iop');
      // The default (iop) may be left out of `levels` without complaint; a level the clinic asked for may not.
      const asked = this.hasAttribute('highlight') || wanted !== 'iop';
      if (asked && wanted !== this.featured)
        problems.add('highlight', 'unknown-value', 'default-used', {value: wanted, allowed: this.shownIds});
      this.data.setAttributeProblems(problems.items);
      if (!this.selected || !this.shownIds.includes(this.selected) || changed.has('highlight')) this.selected = this.featured;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.localeController.ready) return this.localeController.renderPending();
    const locale = this.localeController.locale;
    const all = careLevels();
    const shown = this.shownIds.map((id) => all.find((level) => level.id === id)).filter((level): level is CareLevel => !!level);
    const selected = shown.find((level) => level.id === this.selected) ?? shown[0];
    const level = this.sectionLevel;
    return html`<div class="root layout-${String(Math.min(shown.length, 5))}" part="base" lang=${locale}>
      <div class="heading" role="heading" aria-level=${this.titleLevel} part="heading">
        ${msg('Levels of care for alcohol and drug use')}
      </div>
      ${this.data.renderProblems()}
      <p class="intro">
        ${msg('Treatment comes in levels. Higher levels give more hours and more support. People move up or down as their needs change. There is no set order: IOP can be the first step.')}
      </p>
      ${this.renderScale(shown, level)} ${selected ? this.renderDetails(selected, shown, level) : nothing}
      <div class="subheading" role="heading" aria-level=${level}>${msg('Compare the levels')}</div>
      ${this.renderTable(shown)} ${this.renderCards(shown)} ${this.renderPaying(level)} ${renderSources(this, careLevelSources(), locale)}
      ${renderDisclaimer()}
    </div>`;
  }

  /** Paying for care and finding a program: what families ask first, whatever the level. */
  private renderPaying(level: number): TemplateResult {
    const {locale} = this.localeController;
    return html`<section class="paying" part="paying" aria-labelledby="paying-heading">
      <div class="subheading" role="heading" aria-level=${level} id="paying-heading">${msg('Paying for care')}</div>
      <ul>
        ${payingForCare().map((text) => html`<li>${text}</li>`)}
      </ul>
      ${renderHelpLines([treatmentHelpline()], locale)}
      <div class="subheading" role="heading" aria-level=${level}>${msg('Finding a program')}</div>
      <ul>
        ${findingCare().map((text) => html`<li>${text}</li>`)}
      </ul>
    </section>`;
  }

  private get sectionLevel(): number {
    return Math.min(this.titleLevel + 1, 6);
  }

  private clinicLevel(id: CareLevelId): ClinicLevel | undefined {
    return this.data.value.levels?.[id];
  }

  private renderScale(shown: readonly CareLevel[], level: number): TemplateResult {
    const format = numberFormat(this.localeController.locale);
    return html`<fieldset class="scale" part="scale">
      <legend>
        <span class="subheading" role="heading" aria-level=${level}>${msg('Hours of treatment each week')}</span>
        <span class="hint">${msg('Choose a level to learn more about it below.')}</span>
      </legend>
      <div class="axis-row" aria-hidden="true">
        <span></span>
        <span class="axis">
          ${[0, 9, 20, SCALE_MAX_HOURS].map(
            (hours) =>
              html`<span class="tick" ${cssProps({'--at': `${String((hours / SCALE_MAX_HOURS) * 100)}%`})}
                >${hours === SCALE_MAX_HOURS ? `${format.format(hours)}+` : format.format(hours)}</span
              >`,
          )}
        </span>
      </div>
      <ul class="rungs" role="list">
        ${shown.map((item) => this.renderRung(item))}
      </ul>
      ${
        shown.some((item) => this.clinicLevel(item.id)?.hours)
          ? html`<p class="scale-legend" aria-hidden="true">
              <span class="legend-marker"></span> ${this.clinicName() ?? msg('This clinic')}
            </p>`
          : nothing
      }
    </fieldset>`;
  }

  private renderRung(level: CareLevel): TemplateResult {
    const featured = level.id === this.featured;
    const bar = barGeometry(level.band);
    const clinicHours = this.clinicLevel(level.id)?.hours;
    const clinicBar = clinicHours ? barGeometry(clinicHours) : undefined;
    return html`<li class=${classes('rung', featured && 'featured')}>
      <label class="rung-label">
        <input type="radio" name="level" .value=${level.id} .checked=${level.id === this.selected} @change=${this.onChoose} />
        <span class="rung-name">${level.name}${featured ? this.renderBadge() : nothing}</span>
        <span class="rung-hours">${level.scaleLabel}</span>
        ${this.renderClinicLine(level.id)}
      </label>
      <span class="track" aria-hidden="true">
        ${
          bar
            ? html`<span
                class=${classes('bar', bar.open && 'open', level.band.kind === 'all-day' && 'all-day')}
                ${cssProps({'--start': `${String(bar.start)}%`, '--size': `${String(bar.size)}%`})}
              ></span>`
            : html`<span class="bar-varies"></span>`
        }
        ${
          clinicBar
            ? html`<span
                class="clinic-bar"
                ${cssProps({'--start': `${String(clinicBar.start)}%`, '--size': `${String(clinicBar.size)}%`})}
              ></span>`
            : nothing
        }
      </span>
    </li>`;
  }

  private renderBadge(): TemplateResult {
    return html` <span class="badge" part="featured-badge"><span aria-hidden="true">★</span> ${msg('Featured')}</span>`;
  }

  private renderDetails(selected: CareLevel, shown: readonly CareLevel[], level: number): TemplateResult {
    const {up, down} = stepNeighbours(
      selected.id,
      shown.map((item) => item.id),
    );
    const nameOf = (id: CareLevelId): string => shown.find((item) => item.id === id)?.name ?? '';
    return html`<section class="details" part="details" aria-labelledby="details-heading">
      <div class="subheading" role="heading" aria-level=${level} id="details-heading" tabindex="-1">${selected.name}</div>
      ${selected.asam ? html`<p class="asam">${msg(str`ASAM level ${selected.asam}`)}</p>` : nothing}
      <p>${selected.summary} ${selected.otherNames}</p>
      ${this.renderClinicProgram(selected.id)}
      <p><strong>${msg('Who it often fits:')}</strong> ${selected.fits}</p>
      ${
        selected.more.length > 0
          ? html`<ul>
              ${selected.more.map((fact) => html`<li>${fact}</li>`)}
            </ul>`
          : nothing
      }
      ${
        selected.id === 'withdrawal'
          ? html`<p>${msg('After that, people move to the level of care that fits their needs, such as a live-in program or IOP.')}</p>`
          : nothing
      }
      ${
        up || down
          ? html`<div class="steps">
              ${
                up
                  ? html`<button type="button" class="button" data-level=${up} @click=${this.onStep}>
                      <span aria-hidden="true">↑</span> ${msg(str`More support: ${nameOf(up)}`)}
                    </button>`
                  : nothing
              }
              ${
                down
                  ? html`<button type="button" class="button" data-level=${down} @click=${this.onStep}>
                      <span aria-hidden="true">↓</span> ${msg(str`Less support: ${nameOf(down)}`)}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </section>`;
  }

  /** The clinic's own program at this level, if it gave one. */
  private renderClinicProgram(id: CareLevelId): TemplateResult | typeof nothing {
    const program = this.clinicLevel(id);
    if (!program) return nothing;
    const locale = this.localeController.locale;
    const {clinic, lang} = this.data.value;
    return html`<div class="clinic-program">
      <p class="clinic-title">${clinic ? renderClinicText(clinic, locale, lang) : msg('This clinic')}</p>
      ${program.name ? html`<p><strong>${renderClinicText(program.name, locale, lang)}</strong></p>` : nothing}
      ${program.hours ? html`<p>${this.formatHours(program.hours.min, program.hours.max)}</p>` : nothing}
      ${program.note ? html`<p>${renderClinicText(program.note, locale, lang)}</p>` : nothing}
    </div>`;
  }

  private formatHours(min: number, max: number): string {
    const format = numberFormat(this.localeController.locale, {maximumFractionDigits: 1});
    return min === max
      ? msg(str`${format.format(min)} hours a week`)
      : msg(str`${format.format(min)} to ${format.format(max)} hours a week`);
  }

  /** The clinic's name, marked with its language, if the clinic gave one. */
  private clinicName(): TemplateResult | undefined {
    const {clinic, lang} = this.data.value;
    if (!clinic) return undefined;
    const who = pickClinicText(clinic, this.localeController.locale, lang);
    return html`<span lang=${ifDefined(who.lang)}>${who.text}</span>`;
  }

  /** A short line about the clinic's program for the scale, table and cards. */
  private renderClinicLine(id: CareLevelId): TemplateResult | typeof nothing {
    const program = this.clinicLevel(id);
    if (!program?.name && !program?.hours) return nothing;
    const locale = this.localeController.locale;
    const {lang} = this.data.value;
    return html`<span class="clinic-line">
      <span>${this.clinicName() ?? msg('This clinic')}: ${program.name ? renderClinicText(program.name, locale, lang) : nothing}</span>
      ${program.hours ? html`<span>${this.formatHours(program.hours.min, program.hours.max)}</span>` : nothing}
    </span>`;
  }

  private renderTable(shown: readonly CareLevel[]): TemplateResult {
    return html`<table class="table" part="table">
      <caption class="visually-hidden">
        ${msg('Levels of care compared')}
      </caption>
      <thead>
        <tr>
          <td></td>
          ${shown.map(
            (level) =>
              html`<th scope="col" class=${classes(level.id === this.featured && 'featured')}>
                ${level.name}${level.id === this.featured ? this.renderBadge() : nothing} ${this.renderClinicLine(level.id)}
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${careLevelQuestions().map(
          (question) =>
            html`<tr>
              <th scope="row">${question.label}</th>
              ${shown.map((level) => html`<td class=${classes(level.id === this.featured && 'featured')}>${level[question.key]}</td>`)}
            </tr>`,
        )}
        <tr>
          <th scope="row">${howLong().label}</th>
          <td colspan=${shown.length}>${howLong().answer}</td>
        </tr>
      </tbody>
    </table>`;
  }

  /** Narrow containers: one disclosure a level, the featured one open, so a phone reader is not faced with six long cards. */
  private renderCards(shown: readonly CareLevel[]): TemplateResult {
    const questions = careLevelQuestions();
    const {label, answer} = howLong();
    return html`<div class="cards" part="cards">
      <ul class="card-list" role="list">
        ${shown.map(
          (item) =>
            html`<li class=${classes('card', item.id === this.featured && 'featured')}>
              <details ?open=${item.id === this.featured}>
                <summary>
                  <span class="card-title">${item.name}</span>${item.id === this.featured ? this.renderBadge() : nothing}
                  <span class="card-hours">${item.scaleLabel}</span>
                </summary>
                ${this.renderClinicLine(item.id)}
                <dl>
                  ${questions.map(
                    (question) =>
                      html`<div>
                        <dt>${question.label}</dt>
                        <dd>${item[question.key]}</dd>
                      </div>`,
                  )}
                </dl>
              </details>
            </li>`,
        )}
      </ul>
      <p class="how-long"><strong>${label}:</strong> ${answer}</p>
    </div>`;
  }

  private onChoose(event: Event): void {
    this.select((event.target as HTMLInputElement).value as CareLevelId);
  }

  private async onStep(event: Event): Promise<void> {
    this.select((event.currentTarget as HTMLElement).dataset.level as CareLevelId);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#details-heading')?.focus();
  }

  private select(level: CareLevelId): void {
    this.selected = level;
    this.dispatchEvent(new CustomEvent<LevelSelectDetail>('iop-level-select', {bubbles: true, composed: true, detail: {level}}));
  }
}

declare global {
  interface HTMLElementEventMap {
    'iop-level-select': CustomEvent<LevelSelectDetail>;
  }
}
