import type {ProblemList} from '../../shared/problems.js';
import {checkKeys, isObject, join, readClinicText, readLanguage, readNumber, readObject} from '../../shared/validate.js';
import {STEP_ORDER} from './care-levels.content.js';
import {
  CARE_LEVEL_IDS,
  type CareLevelId,
  type CareLevelsClinicData,
  type ClinicHours,
  type ClinicLevel,
  type IntensityBand,
} from './care-levels.types.js';

const HOURS_IN_WEEK: readonly [number, number] = [0, 168];

/** Validates a clinic's care-level data, keeping every valid part and reporting the rest by field. */
export function parseCareLevelsData(raw: unknown, problems: ProblemList): CareLevelsClinicData {
  const root = readObject(raw, 'clinic data', problems);
  if (!root) return {};
  checkKeys(root, ['clinic', 'lang', 'levels'], '', problems);
  const data: {clinic?: CareLevelsClinicData['clinic']; lang?: string; levels?: Partial<Record<CareLevelId, ClinicLevel>>} = {};
  if (root.clinic !== undefined) {
    const clinic = readClinicText(root.clinic, 'clinic', problems);
    if (clinic !== undefined) data.clinic = clinic;
  }
  if (root.lang !== undefined) {
    const lang = readLanguage(root.lang, 'lang', problems);
    if (lang !== undefined) data.lang = lang;
  }
  if (root.levels !== undefined) {
    const levels = readObject(root.levels, 'levels', problems);
    if (levels) {
      data.levels = {};
      for (const [id, value] of Object.entries(levels)) {
        const field = join('levels', id);
        if (!(CARE_LEVEL_IDS as readonly string[]).includes(id)) {
          problems.add(field, 'unknown-value', 'left-out', {value: id, allowed: CARE_LEVEL_IDS});
          continue;
        }
        const level = parseClinicLevel(value, field, problems);
        if (level) data.levels[id as CareLevelId] = level;
      }
    }
  }
  return data;
}

function parseClinicLevel(value: unknown, field: string, problems: ProblemList): ClinicLevel | undefined {
  const object = readObject(value, field, problems);
  if (!object) return undefined;
  checkKeys(object, ['name', 'hours', 'note'], field, problems);
  const level: {name?: ClinicLevel['name']; hours?: ClinicHours; note?: ClinicLevel['note']} = {};
  if (object.name !== undefined) {
    const name = readClinicText(object.name, join(field, 'name'), problems);
    if (name !== undefined) level.name = name;
  }
  if (object.note !== undefined) {
    const note = readClinicText(object.note, join(field, 'note'), problems);
    if (note !== undefined) level.note = note;
  }
  if (object.hours !== undefined) {
    const hours = parseHours(object.hours, join(field, 'hours'), problems);
    if (hours) level.hours = hours;
  }
  return Object.keys(level).length > 0 ? level : undefined;
}

/** Hours a week: one number, or `{ "min": 9, "max": 12 }`. */
function parseHours(value: unknown, field: string, problems: ProblemList): ClinicHours | undefined {
  if (typeof value === 'number' || !isObject(value)) {
    const hours = readNumber(value, field, problems, HOURS_IN_WEEK);
    return hours === undefined ? undefined : {min: hours, max: hours};
  }
  checkKeys(value, ['min', 'max'], field, problems);
  const min = readNumber(value.min, join(field, 'min'), problems, HOURS_IN_WEEK);
  const max = value.max === undefined ? min : readNumber(value.max, join(field, 'max'), problems, HOURS_IN_WEEK);
  if (min === undefined || max === undefined) return undefined;
  if (min > max) {
    problems.add(field, 'min-over-max');
    return undefined;
  }
  return {min, max};
}

/** The next level up and down from `id` among the levels shown, by intensity. Withdrawal management sits outside the ladder. */
export function stepNeighbours(id: CareLevelId, shown: readonly CareLevelId[]): {up?: CareLevelId; down?: CareLevelId} {
  const ladder = STEP_ORDER.filter((level) => shown.includes(level));
  const index = ladder.indexOf(id);
  if (index < 0) return {};
  const up = ladder[index - 1];
  const down = ladder[index + 1];
  return {...(up ? {up} : {}), ...(down ? {down} : {})};
}

/** The scale runs from 0 to this many hours a week; bands above it run off the end. */
export const SCALE_MAX_HOURS = 40;

/** A bar's start and length as percentages of the scale, and whether it runs off the end. */
export interface BarGeometry {
  readonly start: number;
  readonly size: number;
  readonly open: boolean;
}

export function barGeometry(band: IntensityBand | ClinicHours): BarGeometry | undefined {
  if ('kind' in band) {
    if (band.kind === 'varies') return undefined;
    if (band.kind === 'all-day') return {start: 0, size: 100, open: true};
  }
  const min = Math.min(band.min, SCALE_MAX_HOURS);
  const max = band.max === undefined ? SCALE_MAX_HOURS : Math.min(band.max, SCALE_MAX_HOURS);
  const percent = (hours: number): number => Math.round((hours / SCALE_MAX_HOURS) * 1000) / 10;
  // A single number (min = max) still gets a visible sliver.
  return {start: percent(min), size: Math.max(percent(max) - percent(min), 1), open: band.max === undefined || band.max > SCALE_MAX_HOURS};
}
