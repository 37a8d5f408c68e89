import type {ClinicText} from '../../shared/clinic-text.js';
import type {HelpLine} from '../../shared/crisis.js';

export const STEP_IDS = ['prepare', 'open', 'listen', 'pushback', 'next-step', 'after'] as const;
export type StepId = (typeof STEP_IDS)[number];
/** What the `step` attribute takes: a step's number (1 to 6) or its id. */
export type StepChoice = '1' | '2' | '3' | '4' | '5' | '6' | StepId;

export const SCENARIOS = ['considering', 'missing-sessions', 'return-to-use', 'teen'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** "Instead of … try …": a phrase to swap for a kinder, more useful one. */
export interface PhrasePair {
  readonly instead: string;
  readonly try: string;
  /** The skill the better phrase uses, such as "open question" (CRAFT or OARS). */
  readonly skill: string;
}

/** One line of an example conversation. */
export interface Line {
  readonly who: 'you' | 'them' | 'note';
  readonly text: string;
}

export interface Step {
  readonly id: StepId;
  readonly title: string;
  readonly guidance: readonly string[];
  readonly pairs: readonly PhrasePair[];
}

/** The reader's own plan. Kept in memory; saved on the device only when the clinic opts in. */
export interface Plan {
  readonly worries: string;
  readonly say: string;
  readonly offer: string;
  readonly support: string;
}

export const PLAN_FIELDS = ['worries', 'say', 'offer', 'support'] as const satisfies readonly (keyof Plan)[];

/** The clinic's data, from a child JSON script or the `clinic` property. */
export interface ConversationGuideClinicData {
  readonly clinic?: ClinicText;
  readonly lang?: string;
  /** Replaces the default (US) help lines. */
  readonly helpLines?: readonly HelpLine[];
  /** The clinic's own intake line, shown before the others. */
  readonly intakeLine?: HelpLine;
}
