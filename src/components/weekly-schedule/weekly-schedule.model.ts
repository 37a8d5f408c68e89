/**
 * Pure functions behind the weekly schedule: times, validation of a clinic's schedule, weekly totals and the
 * grid layout (the iCalendar export is in weekly-schedule.ics.ts). No DOM, no locale state: everything they
 * need comes in as arguments.
 */
import type {ProblemList} from '../../shared/problems.js';
import {checkKeys, join, readClinicText, readLanguage, readList, readNumber, readObject, show} from '../../shared/validate.js';
import {
  DAY_IDS,
  SESSION_TYPES,
  type BusyTime,
  type DayId,
  type Phase,
  type Schedule,
  type Session,
  type SessionType,
  type Track,
} from './weekly-schedule.types.js';

// ---------------------------------------------------------------------------------------------- times

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "17:30" → 1050 minutes after midnight; "24:00" is allowed as an end time. Anything else → undefined. */
export function parseTime(text: string, allowMidnightEnd = false): number | undefined {
  if (allowMidnightEnd && text === '24:00') return 24 * 60;
  const match = TIME.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** 1050 → "17:30". */
export function clock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

// ----------------------------------------------------------------------------------------- validation

/** A short label naming a session in problem messages: "Evening track, Tuesday 17:30" style, but locale-free. */
function sessionSubject(trackName: string, raw: Record<string, unknown>): string {
  const day = typeof raw.day === 'string' ? raw.day : '?';
  const start = typeof raw.start === 'string' ? raw.start : '?';
  const title = typeof raw.title === 'string' ? ` ${raw.title}` : '';
  return `${trackName}: ${day} ${start}${title}`;
}

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "tue", "Tue" or "Tuesday" → "tue"; anything else → ''. */
function dayId(text: string): string {
  const lower = text.trim().toLowerCase();
  if ((DAY_IDS as readonly string[]).includes(lower)) return lower;
  const index = DAY_NAMES.indexOf(lower);
  return DAY_IDS[index] ?? '';
}

function parseSession(value: unknown, field: string, trackName: string, problems: ProblemList): Session | undefined {
  const raw = readObject(value, field, problems);
  if (!raw) return undefined;
  const subject = sessionSubject(trackName, raw);
  const before = problems.items.length;
  checkKeys(raw, ['day', 'start', 'end', 'type', 'title'], field, problems);
  const day = typeof raw.day === 'string' ? dayId(raw.day) : '';
  if (!(DAY_IDS as readonly string[]).includes(day)) {
    problems.add(join(field, 'day'), 'unknown-value', 'left-out', {value: show(raw.day ?? ''), allowed: DAY_IDS, subject});
  }
  const type = raw.type === undefined ? 'other' : raw.type;
  if (typeof type !== 'string' || !(SESSION_TYPES as readonly string[]).includes(type)) {
    problems.add(join(field, 'type'), 'unknown-value', 'left-out', {value: show(type), allowed: SESSION_TYPES, subject});
  }
  const times = (['start', 'end'] as const).map((key) => {
    const text = raw[key];
    const minutes = typeof text === 'string' ? parseTime(text.trim(), key === 'end') : undefined;
    if (minutes === undefined) problems.add(join(field, key), 'bad-time', 'left-out', {value: show(text ?? ''), subject});
    return minutes;
  });
  const [start, end] = times;
  if (start !== undefined && end !== undefined && end <= start) problems.add(field, 'end-before-start', 'left-out', {subject});
  // A session with any problem above is left out; a bad title (or a bad part of one) only costs the title, which
  // falls back to the type's name, or that part.
  const fatal = problems.items.slice(before).some((p) => p.code !== 'unknown-field');
  const title = raw.title === undefined ? undefined : readClinicText(raw.title, join(field, 'title'), problems);
  if (fatal || start === undefined || end === undefined) return undefined;
  return {day: day as DayId, start, end, type: type as SessionType, ...(title === undefined ? {} : {title})};
}

/** Pairs of sessions of one track that overlap on the same day, earlier first. Both stay on the schedule, side by side. */
export function findOverlaps(sessions: readonly Session[]): [Session, Session][] {
  const pairs: [Session, Session][] = [];
  const sorted = [...sessions].sort((a, b) => a.start - b.start);
  sorted.forEach((a, x) => {
    for (const b of sorted.slice(x + 1)) {
      if (b.start >= a.end) break;
      if (a.day === b.day) pairs.push([a, b]);
    }
  });
  return pairs;
}

function parseTrack(value: unknown, index: number, problems: ProblemList, usedIds: Set<string>): Track | undefined {
  const field = join('tracks', index);
  const raw = readObject(value, field, problems);
  if (!raw) return undefined;
  checkKeys(raw, ['id', 'name', 'sessions'], field, problems);
  let id = typeof raw.id === 'string' && raw.id.trim() ? raw.id.trim() : `track-${String(index + 1)}`;
  if (raw.id !== undefined && (typeof raw.id !== 'string' || !raw.id.trim()))
    problems.add(join(field, 'id'), 'expected-text', 'default-used');
  if (usedIds.has(id)) {
    problems.add(join(field, 'id'), 'duplicate', 'default-used', {value: id});
    id = `${id}-${String(index + 1)}`;
  }
  usedIds.add(id);
  const name = (raw.name === undefined ? undefined : readClinicText(raw.name, join(field, 'name'), problems)) ?? id;
  const label = typeof name === 'string' ? name : (Object.values(name)[0] ?? id);
  const list = readList(raw.sessions, join(field, 'sessions'), problems) ?? [];
  const sessions = list
    .map((session, i) => parseSession(session, join(join(field, 'sessions'), i), label, problems))
    .filter((session): session is Session => session !== undefined);
  if (list.length > 0 && sessions.length === 0) problems.add(join(field, 'sessions'), 'empty', 'left-out');
  const describe = (s: Session): string => `${label}: ${s.day} ${clock(s.start)}–${clock(s.end)}`;
  for (const [a, b] of findOverlaps(sessions))
    problems.add(join(field, 'sessions'), 'overlap', 'kept', {subject: describe(a), other: describe(b)});
  return {id, name, sessions};
}

function parsePhase(value: unknown, index: number, problems: ProblemList): Phase | undefined {
  const field = join('phases', index);
  const raw = readObject(value, field, problems);
  if (!raw) return undefined;
  checkKeys(raw, ['name', 'weeks', 'note'], field, problems);
  const name = readClinicText(raw.name, join(field, 'name'), problems);
  if (name === undefined) return undefined;
  const weeks = raw.weeks === undefined ? undefined : readNumber(raw.weeks, join(field, 'weeks'), problems, [1, 104]);
  const note = raw.note === undefined ? undefined : readClinicText(raw.note, join(field, 'note'), problems);
  return {name, ...(weeks === undefined ? {} : {weeks: Math.round(weeks)}), ...(note === undefined ? {} : {note})};
}

/** Validates a clinic's schedule, keeping every valid track, session and phase and naming each problem. */
export function parseSchedule(raw: unknown, problems: ProblemList): Schedule {
  const root = readObject(raw, 'schedule', problems);
  if (!root) return {tracks: [], phases: []};
  checkKeys(root, ['tracks', 'phases', 'lang'], '', problems);
  const lang = root.lang === undefined ? undefined : readLanguage(root.lang, 'lang', problems);
  const usedIds = new Set<string>();
  const tracks = (readList(root.tracks, 'tracks', problems) ?? [])
    .map((track, i) => parseTrack(track, i, problems, usedIds))
    .filter((track): track is Track => track !== undefined);
  const phases =
    root.phases === undefined
      ? []
      : (readList(root.phases, 'phases', problems) ?? [])
          .map((phase, i) => parsePhase(phase, i, problems))
          .filter((phase): phase is Phase => phase !== undefined);
  return {tracks, phases, ...(lang === undefined ? {} : {lang})};
}

// --------------------------------------------------------------------------------------------- totals

export interface WeekTotals {
  readonly minutes: number;
  readonly days: readonly DayId[];
  readonly minutesByType: ReadonlyMap<SessionType, number>;
}

/** Hours a week, the days used, and hours by type. Overlapping sessions count once for the weekly total. */
export function weekTotals(sessions: readonly Session[]): WeekTotals {
  const minutesByType = new Map<SessionType, number>();
  for (const s of sessions) minutesByType.set(s.type, (minutesByType.get(s.type) ?? 0) + (s.end - s.start));
  let minutes = 0;
  const days = DAY_IDS.filter((day) => sessions.some((s) => s.day === day));
  for (const day of days) {
    const spans = sessions.filter((s) => s.day === day).sort((a, b) => a.start - b.start);
    let until = -1;
    for (const s of spans) {
      minutes += Math.max(0, s.end - Math.max(s.start, until));
      until = Math.max(until, s.end);
    }
  }
  return {minutes, days, minutesByType};
}

/** Where a week's hours sit against the IOP range: 9 to 19 hours for adults, 6 to 19 for teens. */
export type IntensityVerdict = 'below' | 'within' | 'above' | 'none';

export const IOP_MIN_HOURS = {adult: 9, teen: 6} as const;
export const IOP_MAX_HOURS = 19;

export function intensityVerdict(minutes: number, audience: keyof typeof IOP_MIN_HOURS): IntensityVerdict {
  if (minutes === 0) return 'none';
  const hours = minutes / 60;
  if (hours < IOP_MIN_HOURS[audience]) return 'below';
  // "Generally 9-19 hours": 19.5 rounds to 20, which is partial-hospitalization intensity.
  return hours >= IOP_MAX_HOURS + 0.5 ? 'above' : 'within';
}

// --------------------------------------------------------------------------------------- week & grid

/** The week's days in the reader's order, starting on `firstDay` (1 = Monday … 7 = Sunday, as Intl). */
export function orderedDays(firstDay: number): DayId[] {
  const start = (((firstDay - 1) % 7) + 7) % 7;
  return [...DAY_IDS.slice(start), ...DAY_IDS.slice(0, start)];
}

/** Regions whose weeks start on Sunday, for browsers without Intl week info (the common ones for US clinics' readers). */
const SUNDAY_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'BR',
  'JP',
  'PH',
  'IL',
  'KR',
  'TW',
  'HK',
  'IN',
  'ZA',
  'AU',
  'GT',
  'HN',
  'SV',
  'NI',
  'PA',
  'CO',
  'VE',
  'PE',
  'DO',
  'PR',
  'PY',
  'BZ',
]);

const firstDays = new Map<string, number>();

/** The first day of the week for a language tag such as "es-MX": Intl's week info, or a regional default. */
export function firstDayOfWeek(languageTag: string): number {
  let day = firstDays.get(languageTag);
  if (day === undefined) firstDays.set(languageTag, (day = lookUpFirstDay(languageTag)));
  return day;
}

function lookUpFirstDay(languageTag: string): number {
  try {
    const locale = new Intl.Locale(languageTag) as Intl.Locale & {getWeekInfo?: () => {firstDay: number}; weekInfo?: {firstDay: number}};
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info) return info.firstDay;
    const region = locale.maximize().region ?? '';
    return SUNDAY_REGIONS.has(region) ? 7 : 1;
  } catch {
    return 1;
  }
}

/** A session (or busy block) placed in a day column: `lane` of `lanes` side-by-side columns for overlaps. */
export interface Placed<T> {
  readonly item: T;
  readonly lane: number;
  readonly lanes: number;
}

/**
 * Places one day's items into lanes so overlapping items sit side by side: each cluster of overlapping items
 * gets as many lanes as it needs at its busiest, and each item the first lane free at its start.
 */
export function layoutDay<T extends {readonly start: number; readonly end: number}>(items: readonly T[]): Placed<T>[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const placed: Placed<T>[] = [];
  let cluster: {item: T; lane: number}[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    const lanes = cluster.reduce((most, c) => Math.max(most, c.lane + 1), 0);
    for (const c of cluster) placed.push({item: c.item, lane: c.lane, lanes});
    cluster = [];
  };
  const laneEnds: number[] = [];
  for (const item of sorted) {
    if (item.start >= clusterEnd) {
      flush();
      laneEnds.length = 0;
    }
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = item.end;
    cluster.push({item, lane});
    clusterEnd = Math.max(clusterEnd, item.end);
  }
  flush();
  return placed;
}

/** The hours the grid shows: from the hour before the earliest start to the hour after the latest end. */
export function gridHours(items: readonly {readonly start: number; readonly end: number}[]): {from: number; to: number} {
  if (items.length === 0) return {from: 9 * 60, to: 17 * 60};
  const from = Math.floor(Math.min(...items.map((i) => i.start)) / 60) * 60;
  const to = Math.ceil(Math.max(...items.map((i) => i.end)) / 60) * 60;
  return {from, to: Math.max(to, from + 60)};
}

/**
 * The times at which the week grid's rows start and end, earliest first: every hour from `from` to `to` and
 * every item's start and end. Each item then covers whole rows, and a row grows when its text needs more room
 * (a long title, a clash note, a reader's larger text or spacing) in every day at once, so nothing is cut off
 * and the days stay lined up.
 */
export function timeLines(items: readonly {readonly start: number; readonly end: number}[], from: number, to: number): number[] {
  const lines = new Set<number>();
  for (let minutes = from; minutes <= to; minutes += 60) lines.add(minutes);
  for (const item of items) lines.add(item.start).add(item.end);
  return [...lines].sort((a, b) => a - b);
}

/** Whether a session and a busy time overlap. */
export function clashes(session: Session, busy: BusyTime): boolean {
  return busy.days.includes(session.day) && session.start < busy.end && busy.start < session.end;
}
