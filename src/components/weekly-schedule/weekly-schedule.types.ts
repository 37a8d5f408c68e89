import type {ClinicText} from '../../shared/clinic-text.js';

export const DAY_IDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayId = (typeof DAY_IDS)[number];

export const SESSION_TYPES = ['group', 'individual', 'family', 'education', 'skills', 'medication', 'check-in', 'other'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

/** One weekly session. Times are minutes after midnight. */
export interface Session {
  readonly day: DayId;
  readonly start: number;
  readonly end: number;
  readonly type: SessionType;
  readonly title?: ClinicText;
}

export interface Track {
  readonly id: string;
  readonly name: ClinicText;
  readonly sessions: readonly Session[];
}

/** A stage of the program, shown on the step-down timeline. */
export interface Phase {
  readonly name: ClinicText;
  readonly weeks?: number;
  readonly note?: ClinicText;
}

/** A clinic's schedule, validated. */
export interface Schedule {
  readonly tracks: readonly Track[];
  readonly phases: readonly Phase[];
  /** The language of plain-string texts, such as "en". */
  readonly lang?: string;
}

/** A time the reader is busy, from "Fit with my week". Kept in memory only. */
export interface BusyTime {
  readonly id: number;
  readonly kind: 'work' | 'school' | 'childcare' | 'other';
  readonly days: readonly DayId[];
  readonly start: number;
  readonly end: number;
}

/** The schedule JSON as a clinic writes it (before validation). See schema/iop-weekly-schedule.schema.json. */
export interface ScheduleJson {
  tracks: {
    id: string;
    name: ClinicText;
    sessions: {day: DayId; start: string; end: string; type: SessionType; title?: ClinicText}[];
  }[];
  phases?: {name: ClinicText; weeks?: number; note?: ClinicText}[];
  lang?: string;
}
