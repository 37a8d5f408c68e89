import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {DirectiveResult} from 'lit/directive.js';
import {msg, str} from '@lit/localize';
import {classes} from '../../shared/classes.js';
import {ClinicDataController} from '../../shared/clinic-data.js';
import {pickClinicText, renderClinicText, type ClinicText} from '../../shared/clinic-text.js';
import {cssProps} from '../../shared/css-props.js';
import {dateTimeFormat, numberFormat} from '../../shared/intl.js';
import {LocaleController} from '../../shared/locale-controller.js';
import {ProblemList} from '../../shared/problems.js';
import {baseStyles} from '../../shared/styles.js';
import {renderDisclaimer, renderSources} from '../../shared/templates.js';
import {attributeText, readChoice, readHeadingLevel, type HeadingLevel} from '../../shared/validate.js';
import {
  busyKindName,
  daysText,
  hoursText,
  sampleSchedule,
  scheduleSources,
  sessionTypeName,
  verdictText,
} from './weekly-schedule.content.js';
import {
  clashes,
  firstDayOfWeek,
  gridHours,
  intensityVerdict,
  layoutDay,
  orderedDays,
  parseSchedule,
  parseTime,
  timeLines,
  weekTotals,
} from './weekly-schedule.model.js';
import {weeklyScheduleStyles} from './weekly-schedule.styles.js';
import {
  DAY_IDS,
  SESSION_TYPES,
  type BusyTime,
  type DayId,
  type Schedule,
  type ScheduleJson,
  type Session,
  type Track,
} from './weekly-schedule.types.js';

/** Detail of the `iop-track-select` event. */
export interface TrackSelectDetail {
  readonly track: string;
}

const AUDIENCES = ['adult', 'teen'] as const;
type Audience = (typeof AUDIENCES)[number];
const BUSY_KINDS = ['work', 'school', 'childcare', 'other'] as const;
type FormError = '' | 'days' | 'times' | 'order';

/** Something drawn in a day column: a session, one of the reader's busy times, or "No sessions". */
interface SessionItem {
  readonly kind: 'session';
  readonly start: number;
  readonly end: number;
  readonly session: Session;
}
interface BusyItem {
  readonly kind: 'busy';
  readonly start: number;
  readonly end: number;
  readonly busy: BusyTime;
}
/** "No sessions", the whole day long: laid out beside any busy time, never over it. */
interface NoSessionsItem {
  readonly kind: 'none';
  readonly start: number;
  readonly end: number;
}
type DayItem = SessionItem | BusyItem;

/**
 * A week of IOP from the clinic's own schedule: a grid of days and times (a list in narrow containers or on
 * request), weekly totals set against the usual IOP range, a track switcher, a step-down timeline, "Fit with
 * my week" to compare with the reader's own busy times (kept in memory only), an .ics download and print.
 *
 * The schedule goes in the `schedule` property (an object, set before or after definition), the
 * `schedule-json` attribute (JSON text) or a child `<script type="application/json">`, the first of these
 * given (see schema/iop-weekly-schedule.schema.json). Without one, a clearly labelled sample is shown.
 *
 * @tagname iop-weekly-schedule
 * @fires iop-track-select - The reader chose another track. `detail.track` is its id.
 * @fires iop-data-error - An attribute or the schedule had problems. `detail.problems` lists each with its `field` and a `message`.
 * @csspart base - The element's box.
 * @csspart heading - The title.
 * @csspart tracks - The track chooser.
 * @csspart totals - The weekly totals and the legend of session types.
 * @csspart week - The week: a grid, or a list by day.
 * @csspart session - Each session in the week.
 * @csspart actions - The calendar and print buttons.
 * @csspart phases - The step-down timeline.
 * @csspart fit - "Fit with my week".
 * @csspart problems - The message shown when the schedule or an attribute has problems.
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
export class IopWeeklySchedule extends LitElement {
  static override styles = [baseStyles, weeklyScheduleStyles];

  /** The id of the track to show first (text, or a number for a numeric id). Default: the first track. */
  @property() track: string | number = '';

  /** Who the program is for, which sets the usual IOP range: adult (9 to 19 hours a week) or teen (6 to 19). */
  @property() audience: Audience = 'adult';

  /** The heading level of the title: 2 to 6, as a number or text (anything else is reported, and 2 used); sections use the next level down. */
  @property({attribute: 'heading-level'}) headingLevel: HeadingLevel = 2;

  /** The schedule as a JavaScript object (or JSON text). Set before or after the element is defined; takes precedence over `schedule-json` and a child JSON script. */
  @property({attribute: false}) schedule: ScheduleJson | string | undefined;

  /** The schedule as JSON text, for hosts that can only set attributes (page builders; React and Vue before the element is defined). Takes precedence over a child JSON script. */
  @property({attribute: 'schedule-json'}) scheduleJson: string | undefined;

  @state() private chosenTrack: string | undefined;
  @state() private view: 'grid' | 'list' = 'grid';
  @state() private busy: readonly BusyTime[] = [];
  @state() private formError: FormError = '';
  /** Set when the reader removed their last busy time or cleared them all, so the status says so. */
  @state() private busyCleared = false;

  private readonly localeController = new LocaleController(this);
  private readonly data = new ClinicDataController<Schedule | undefined>(this, parseSchedule, undefined, {
    property: 'schedule',
    attribute: 'schedule-json',
  });
  private nextBusyId = 1;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('schedule') || changed.has('scheduleJson')) this.data.setSources(this.schedule, this.scheduleJson);
  }

  /** The schedule shown: the clinic's, or the sample when the clinic gave none (never when its data was broken). */
  private get shownSchedule(): Schedule {
    return this.data.value ?? (this.data.provided ? {tracks: [], phases: []} : sampleSchedule());
  }

  /** Validates the attributes against the schedule; returns the track to show, the title's heading level and the audience. */
  private checkAttributes(tracks: readonly Track[]): {track: Track | undefined; level: number; audience: Audience} {
    const problems = new ProblemList();
    const level = readHeadingLevel(this.headingLevel, problems);
    const audience = readChoice(this.audience, AUDIENCES, 'adult', 'audience', problems);
    const ids = tracks.map((t) => t.id);
    const asked = attributeText(this.track);
    if (asked && tracks.length > 0 && !ids.includes(asked))
      problems.add('track', 'unknown-value', 'default-used', {value: asked, allowed: ids});
    this.data.setAttributeProblems(problems.items);
    return {level, audience, track: tracks.find((t) => t.id === this.chosenTrack) ?? tracks.find((t) => t.id === asked) ?? tracks[0]};
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.localeController.ready) return this.localeController.renderPending();
    const schedule = this.shownSchedule;
    const {track, level, audience} = this.checkAttributes(schedule.tracks);
    const isSample = !this.data.provided;
    const sub = Math.min(level + 1, 6);
    return html`<div class="root" part="base" lang=${this.localeController.locale}>
      <div class="heading" role="heading" aria-level=${level} part="heading">${msg('A week in IOP')}</div>
      ${this.data.renderProblems()}
      <p class="intro">
        ${
          isSample
            ? msg('This is a sample schedule, to show what a week of IOP can look like. Ask the program for its real days and times.')
            : msg('This is the program’s weekly schedule. Times can change, so check with the program.')
        }
      </p>
      ${
        track
          ? html`${this.renderTrackChoice(schedule.tracks, track, schedule.lang)} ${this.renderTotals(track, audience, sub)}
            ${this.renderWeek(track, schedule.lang, sub)} ${this.renderActions(track)} ${this.renderPhases(schedule, sub)}
            ${this.renderFit(track, sub)}`
          : html`<p class="empty">${msg('No schedule could be shown.')}</p>`
      }
      ${renderSources(this, scheduleSources(), this.localeController.locale)} ${renderDisclaimer()}
    </div>`;
  }

  // ------------------------------------------------------------------------------------------ formatting

  private text(value: ClinicText): string {
    return pickClinicText(value, this.localeController.locale, this.shownSchedule.lang).text;
  }

  private sessionTitle(session: Session): string {
    return session.title === undefined ? sessionTypeName(session.type) : this.text(session.title);
  }

  private timeRange(start: number, end: number): string {
    const format = dateTimeFormat(this.localeController.formatting, {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'});
    const at = (minutes: number): Date => new Date(Date.UTC(2024, 0, 1, 0, minutes));
    return format.formatRange(at(start), at(end));
  }

  private dayName(day: DayId, width: 'long' | 'short' = 'long'): string {
    // 1 January 2024 was a Monday.
    return dateTimeFormat(this.localeController.formatting, {weekday: width, timeZone: 'UTC'}).format(
      new Date(Date.UTC(2024, 0, 1 + DAY_IDS.indexOf(day))),
    );
  }

  private hours(minutes: number): string {
    const hours = Math.round((minutes / 60) * 10) / 10;
    return hoursText(numberFormat(this.localeController.formatting, {maximumFractionDigits: 1}).format(hours), hours === 1);
  }

  private days(): DayId[] {
    return orderedDays(firstDayOfWeek(this.localeController.formatting));
  }

  // ----------------------------------------------------------------------------------------- sections

  private renderTrackChoice(tracks: readonly Track[], shown: Track, lang: string | undefined): TemplateResult | typeof nothing {
    if (tracks.length < 2) return nothing;
    return html`<fieldset class="tracks" part="tracks">
      <legend>${msg('Choose a schedule')}</legend>
      ${tracks.map(
        (track) =>
          html`<label class="track-option">
            <input type="radio" name="track" .value=${track.id} .checked=${track.id === shown.id} @change=${this.onTrackChange} />
            ${renderClinicText(track.name, this.localeController.locale, lang)}
          </label>`,
      )}
    </fieldset>`;
  }

  private renderTotals(track: Track, audience: Audience, level: number): TemplateResult {
    const totals = weekTotals(track.sessions);
    const verdict = intensityVerdict(totals.minutes, audience);
    return html`<section class="totals" part="totals" aria-labelledby="totals-heading">
      <div class="subheading" role="heading" aria-level=${level} id="totals-heading">${msg('This week')}</div>
      <p class="total-line">
        <strong>${msg(str`${this.hours(totals.minutes)} a week, on ${daysText(totals.days.length)}`)}</strong>
      </p>
      <p class=${classes('verdict', verdict)}>${verdictText(verdict, audience)}</p>
      <ul class="by-type" role="list" aria-label=${msg('Hours by type of session')}>
        ${SESSION_TYPES.filter((type) => totals.minutesByType.has(type)).map(
          (type) =>
            html`<li>
              <span class="swatch type-${type}" aria-hidden="true"></span>
              <span>${sessionTypeName(type)}:</span> <span class="type-hours">${this.hours(totals.minutesByType.get(type) ?? 0)}</span>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderWeek(track: Track, lang: string | undefined, level: number): TemplateResult {
    const items: DayItem[] = [
      ...track.sessions.map((session) => ({kind: 'session' as const, start: session.start, end: session.end, session})),
      ...this.busy.map((busy) => ({kind: 'busy' as const, start: busy.start, end: busy.end, busy})),
    ];
    const {from, to} = gridHours(items);
    const lines = timeLines(items, from, to);
    // A time's grid line among the week's time rows; in the axis, which also spans the heading row above
    // them, the same number is the row that ends at that time, where its hour goes.
    const line = (minutes: number): string => String(lines.indexOf(minutes) + 1);
    const rows = lines.slice(1).map((end, i) => `minmax(calc(var(--_hour)*${String((end - (lines[i] ?? end)) / 60)}),auto)`);
    const hourMarks = Array.from({length: (to - from) / 60 + 1}, (_, i) => from + i * 60);
    const hourFormat = dateTimeFormat(this.localeController.formatting, {hour: 'numeric', timeZone: 'UTC'});
    return html`<section class="week-section" aria-labelledby="week-heading">
      <div class="week-head">
        <div class="subheading" role="heading" aria-level=${level} id="week-heading">${msg('Sessions by day')}</div>
        <div class="view-toggle" role="group" aria-label=${msg('Show the week as')}>
          <button type="button" class="button small" aria-pressed=${this.view === 'grid' ? 'true' : 'false'} @click=${this.showGrid}>
            ${msg('Week grid')}
          </button>
          <button type="button" class="button small" aria-pressed=${this.view === 'list' ? 'true' : 'false'} @click=${this.showList}>
            ${msg('List')}
          </button>
        </div>
      </div>
      <p class="print-only">${renderClinicText(track.name, this.localeController.locale, lang)}</p>
      <div class="week view-${this.view}" part="week" ${cssProps({'--rows': rows.join(' ')})}>
        <div class="axis" aria-hidden="true">
          ${hourMarks.map(
            (minutes) =>
              html`<span class="hour" ${cssProps({'--row': line(minutes)})}
                >${hourFormat.format(new Date(Date.UTC(2024, 0, 1, 0, minutes)))}</span
              >`,
          )}
        </div>
        <ul class="days" role="list">
          ${this.days().map((day) => this.renderDay(day, items, {start: from, end: to}, line, lang, level))}
        </ul>
      </div>
    </section>`;
  }

  private renderDay(
    day: DayId,
    items: readonly DayItem[],
    wholeDay: {readonly start: number; readonly end: number},
    line: (minutes: number) => string,
    lang: string | undefined,
    level: number,
  ): TemplateResult {
    const own = items.filter((item) => (item.kind === 'session' ? item.session.day === day : item.busy.days.includes(day)));
    const empty = !own.some((item) => item.kind === 'session');
    const shown: (DayItem | NoSessionsItem)[] = empty ? [...own, {kind: 'none', ...wholeDay}] : own;
    const name = this.dayName(day);
    return html`<li class=${classes('day', empty && 'empty')}>
      <div class="day-name" role="heading" aria-level=${Math.min(level + 1, 6)}>
        <!-- The heading's name is always the long one; narrow grids show the short one. -->
        <span class="visually-hidden">${name}</span><span class="long" aria-hidden="true">${name}</span
        ><span class="short" aria-hidden="true">${this.dayName(day, 'short')}</span>
      </div>
      <ul class="sessions" role="list">
        ${
          // In lanes side by side where they overlap, so no text is drawn over another's.
          layoutDay(shown).map(({item, lane, lanes}) => {
            const place = cssProps({'--from': line(item.start), '--to': line(item.end), '--lane': String(lane), '--lanes': String(lanes)});
            return item.kind === 'session'
              ? this.renderSession(item.session, name, place, lang)
              : item.kind === 'busy'
                ? this.renderBusyBlock(item, name, place)
                : html`<li class="no-sessions" ${place}>${msg('No sessions')}</li>`;
          })
        }
      </ul>
    </li>`;
  }

  private renderSession(session: Session, dayName: string, place: DirectiveResult, lang: string | undefined): TemplateResult {
    const clashing = this.busy.filter((busy) => clashes(session, busy));
    const typeName = sessionTypeName(session.type);
    const hasTitle = session.title !== undefined;
    return html`<li class=${classes('session', `type-${session.type}`, clashing.length > 0 && 'clash')} part="session" ${place}>
      <span class="visually-hidden">${dayName},</span>
      <span class="time">${this.timeRange(session.start, session.end)}</span>
      <span class="title">${hasTitle ? renderClinicText(session.title, this.localeController.locale, lang) : typeName}</span>
      ${hasTitle ? html`<span class="type">${typeName}</span>` : nothing}
      ${
        clashing.length > 0
          ? html`<span class="clash-note"
              ><span aria-hidden="true">⚠</span>
              ${msg(str`Clashes with: ${[...new Set(clashing.map((b) => busyKindName(b.kind)))].join(', ')}`)}</span
            >`
          : nothing
      }
    </li>`;
  }

  private renderBusyBlock(item: BusyItem, dayName: string, place: DirectiveResult): TemplateResult {
    return html`<li class="busy" ${place}>
      <span class="visually-hidden">${dayName},</span>
      <span class="time">${this.timeRange(item.start, item.end)}</span>
      <span class="title">${msg(str`Your busy time: ${busyKindName(item.busy.kind)}`)}</span>
    </li>`;
  }

  private renderActions(track: Track): TemplateResult {
    return html`<div class="actions" part="actions">
      <button
        type="button"
        class="button"
        @click=${() => {
          void this.downloadCalendar(track);
        }}
      >
        ${msg('Add to my calendar')}
      </button>
      <button type="button" class="button" @click=${this.print}>${msg('Print this week')}</button>
      <p class="hint">${msg('The calendar file repeats each session every week. It goes only to your own calendar app.')}</p>
    </div>`;
  }

  private renderPhases(schedule: Schedule, level: number): TemplateResult | typeof nothing {
    if (schedule.phases.length === 0) return nothing;
    const locale = this.localeController.locale;
    const totalWeeks = schedule.phases.every((p) => p.weeks !== undefined)
      ? schedule.phases.reduce((sum, p) => sum + (p.weeks ?? 0), 0)
      : undefined;
    const weeks = (n: number): string => (n === 1 ? msg('1 week') : msg(str`${n} weeks`));
    return html`<section class="phases" part="phases" aria-labelledby="phases-heading">
      <div class="subheading" role="heading" aria-level=${level} id="phases-heading">${msg('How the program steps down')}</div>
      <ol class="phase-list">
        ${schedule.phases.map(
          (phase, i) =>
            html`<li class="phase" ${cssProps({'--weeks': String(phase.weeks ?? 1)})}>
              <span class="phase-step" aria-hidden="true">${i + 1}</span>
              <span class="phase-name">${renderClinicText(phase.name, locale, schedule.lang)}</span>
              ${phase.weeks === undefined ? nothing : html`<span class="phase-weeks">${weeks(phase.weeks)}</span>`}
              ${phase.note === undefined ? nothing : html`<span class="phase-note">${renderClinicText(phase.note, locale, schedule.lang)}</span>`}
            </li>`,
        )}
      </ol>
      ${totalWeeks === undefined ? nothing : html`<p>${msg(str`About ${weeks(totalWeeks)} in all. The care team may change this as things go.`)}</p>`}
    </section>`;
  }

  private renderFit(track: Track, level: number): TemplateResult {
    const days = this.days();
    const clashing = track.sessions.filter((s) => this.busy.some((b) => clashes(s, b))).length;
    const error = this.formError;
    const errorText =
      error === 'days'
        ? msg('Choose at least one day.')
        : error === 'times'
          ? msg('Enter a start and an end time.')
          : error === 'order'
            ? msg('The end time must be after the start time.')
            : '';
    // On one line with its region, so the region is :empty (and takes no room) when there is nothing to say.
    const status =
      this.busy.length === 0
        ? this.busyCleared
          ? msg('Your busy times are cleared.')
          : ''
        : clashing === 0
          ? msg('None of the sessions clash with your busy times.')
          : msg(str`${clashing} of ${track.sessions.length} sessions clash with your busy times.`);
    return html`<section class="fit" part="fit" aria-labelledby="fit-heading">
      <div class="subheading" role="heading" aria-level=${level} id="fit-heading">${msg('Fit with my week')}</div>
      <p>
        ${msg('Mark the times you are busy, such as work, school or childcare, to see which sessions clash. This stays on this page: it is not saved or sent anywhere.')}
      </p>
      <form class="busy-form" @submit=${this.onAddBusy} novalidate>
        <label class="field">
          <span>${msg('What')}</span>
          <select name="kind">
            ${BUSY_KINDS.map((kind) => html`<option value=${kind}>${busyKindName(kind)}</option>`)}
          </select>
        </label>
        <fieldset
          class="field days-field"
          aria-invalid=${error === 'days' ? 'true' : 'false'}
          aria-describedby=${error === 'days' ? 'busy-error' : nothing}
        >
          <legend>${msg('Days')}</legend>
          <div class="day-checks">
            ${days.map(
              (day) =>
                html`<label class="check"
                  ><input type="checkbox" name="day" value=${day} ?checked=${!['sat', 'sun'].includes(day)} /> ${this.dayName(day)}</label
                >`,
            )}
          </div>
        </fieldset>
        <div class="times">
          <label class="field">
            <span>${msg('From')}</span>
            <input
              type="time"
              name="start"
              value="09:00"
              aria-invalid=${error === 'times' ? 'true' : 'false'}
              aria-describedby=${error === 'times' ? 'busy-error' : nothing}
            />
          </label>
          <label class="field">
            <span>${msg('To')}</span>
            <input
              type="time"
              name="end"
              value="17:00"
              aria-invalid=${error === 'times' || error === 'order' ? 'true' : 'false'}
              aria-describedby=${error === 'times' || error === 'order' ? 'busy-error' : nothing}
            />
          </label>
        </div>
        <p class="form-error" id="busy-error" role="alert">${errorText}</p>
        <button type="submit" class="button primary" id="add-busy">${msg('Add busy time')}</button>
      </form>
      ${
        this.busy.length > 0
          ? html`<ul class="busy-list" role="list" aria-label=${msg('Your busy times')}>
                ${this.busy.map((busy) => {
                  const label = `${busyKindName(busy.kind)}: ${this.dayList(busy.days)}, ${this.timeRange(busy.start, busy.end)}`;
                  return html`<li>
                    <span>${label}</span>
                    <button
                      type="button"
                      class="button small"
                      aria-label=${msg(str`Remove ${label}`)}
                      @click=${() => this.removeBusy(busy.id)}
                    >
                      ${msg('Remove')}
                    </button>
                  </li>`;
                })}
              </ul>
              <button type="button" class="button small" @click=${this.clearBusy}>${msg('Clear all busy times')}</button>`
          : nothing
      }
      <p class="fit-status" role="status">${status}</p>
    </section>`;
  }

  private dayList(days: readonly DayId[]): string {
    const order = this.days();
    const sorted = [...days].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return new Intl.ListFormat(this.localeController.formatting, {style: 'long', type: 'conjunction'}).format(
      sorted.map((d) => this.dayName(d)),
    );
  }

  // ------------------------------------------------------------------------------------------- actions

  private onTrackChange(event: Event): void {
    const track = (event.target as HTMLInputElement).value;
    this.chosenTrack = track;
    this.busyCleared = false;
    this.dispatchEvent(new CustomEvent<TrackSelectDetail>('iop-track-select', {bubbles: true, composed: true, detail: {track}}));
  }

  private showGrid(): void {
    this.view = 'grid';
  }

  private showList(): void {
    this.view = 'list';
  }

  private async onAddBusy(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const field = (name: string): string => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const days = data.getAll('day').filter((d): d is DayId => typeof d === 'string' && (DAY_IDS as readonly string[]).includes(d));
    const start = parseTime(field('start'));
    const end = parseTime(field('end'), true);
    const kind = readChoice(field('kind'), BUSY_KINDS, 'other', 'kind', new ProblemList());
    this.formError = days.length === 0 ? 'days' : start === undefined || end === undefined ? 'times' : end <= start ? 'order' : '';
    if (this.formError || start === undefined || end === undefined) {
      await this.updateComplete;
      const invalid =
        this.formError === 'days' ? 'input[name="day"]' : this.formError === 'times' ? 'input[name="start"]' : 'input[name="end"]';
      this.renderRoot.querySelector<HTMLElement>(invalid)?.focus();
      return;
    }
    this.busy = [...this.busy, {id: this.nextBusyId++, kind, days, start, end}];
    this.busyCleared = false;
  }

  private async removeBusy(id: number): Promise<void> {
    this.busy = this.busy.filter((busy) => busy.id !== id);
    this.busyCleared = this.busy.length === 0;
    await this.focusAddButton();
  }

  private async clearBusy(): Promise<void> {
    this.busy = [];
    this.busyCleared = true;
    await this.focusAddButton();
  }

  private async focusAddButton(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#add-busy')?.focus();
  }

  private async downloadCalendar(track: Track): Promise<void> {
    const {toIcs} = await import('./weekly-schedule.ics.js');
    const ics = this.localeController.run(() => {
      const trackName = this.text(track.name);
      return toIcs({
        calendarName: trackName,
        uidPrefix: track.id,
        from: new Date(),
        stamp: new Date(),
        events: track.sessions.map((session) => ({
          session,
          summary: this.sessionTitle(session),
          description: `${sessionTypeName(session.type)} · ${trackName}`,
        })),
      });
    });
    const url = URL.createObjectURL(new Blob([ics], {type: 'text/calendar;charset=utf-8'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${track.id.replace(/[^\w-]+/g, '-') || 'schedule'}.ics`;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 1000);
  }

  /** The print code loads only when a reader prints. */
  private async print(): Promise<void> {
    const {printOnly} = await import('../../shared/print.js');
    printOnly(this);
  }
}

declare global {
  interface HTMLElementEventMap {
    'iop-track-select': CustomEvent<TrackSelectDetail>;
  }
}
