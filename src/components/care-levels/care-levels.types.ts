import type {ClinicText} from '../../shared/clinic-text.js';

export const CARE_LEVEL_IDS = ['withdrawal', 'residential', 'php', 'iop', 'outpatient', 'continuing'] as const;
export type CareLevelId = (typeof CARE_LEVEL_IDS)[number];

/** Where a level's bar is drawn on the hours-per-week scale (`max` is where the next level starts). */
export type IntensityBand =
  {readonly kind: 'hours'; readonly min: number; readonly max?: number} | {readonly kind: 'all-day'} | {readonly kind: 'varies'};

/** The answers the comparison shows for each level, in the reader's language. */
export interface CareLevelAnswers {
  readonly home: string;
  readonly hours: string;
  readonly days: string;
  readonly medical: string;
  readonly workSchool: string;
  readonly fits: string;
  readonly family: string;
}

export type CareLevelQuestion = keyof CareLevelAnswers;

export interface CareLevel extends CareLevelAnswers {
  readonly id: CareLevelId;
  /** The ASAM Criteria level number(s), or '' where the level is not one ASAM number. */
  readonly asam: string;
  readonly name: string;
  readonly otherNames: string;
  readonly summary: string;
  /** Extra facts shown when the level is selected. */
  readonly more: readonly string[];
  readonly band: IntensityBand;
  /** The band in words, shown beside the bar. */
  readonly scaleLabel: string;
}

/** A clinic's hours for its own program: a range, or one number. */
export interface ClinicHours {
  readonly min: number;
  readonly max: number;
}

/** What a clinic may say about one level it offers. */
export interface ClinicLevel {
  readonly name?: ClinicText;
  readonly hours?: ClinicHours;
  readonly note?: ClinicText;
}

/** The clinic's overrides, from a child JSON script or the `clinic` property. */
export interface CareLevelsClinicData {
  /** The clinic's name, shown with its programs. */
  readonly clinic?: ClinicText;
  /** The language of plain-string texts, such as "en", so they are marked correctly on other-language pages. */
  readonly lang?: string;
  readonly levels?: Readonly<Partial<Record<CareLevelId, ClinicLevel>>>;
}
