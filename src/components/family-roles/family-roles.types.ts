import type {ClinicText} from '../../shared/clinic-text.js';
import type {HelpLine} from '../../shared/crisis.js';

export const RELATIONSHIPS = ['partner', 'parent-teen', 'parent-adult', 'child-sibling', 'friend', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const STAGES = ['before', 'during', 'after'] as const;
export type Stage = (typeof STAGES)[number];

export const ROLE_IDS = ['learner', 'supporter', 'participant', 'boundaries', 'self-care', 'safety'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/** One of the parts a family member can play, described for a stage. */
export interface Role {
  readonly id: RoleId;
  readonly name: string;
  readonly text: string;
}

/** Something that helps, and the thing to avoid instead. */
export interface HelpPair {
  readonly help: string;
  readonly avoid: string;
}

/** A kind of support for family members, with what the evidence says about it. */
export interface SupportOption {
  readonly name: string;
  readonly what: string;
  readonly evidence: string;
}

/** The clinic's own family program. */
export interface FamilyProgram {
  readonly name?: ClinicText;
  readonly times?: ClinicText;
  readonly note?: ClinicText;
}

/** The clinic's data, from a child JSON script or the `clinic` property. */
export interface FamilyRolesClinicData {
  readonly clinic?: ClinicText;
  readonly lang?: string;
  readonly familyProgram?: FamilyProgram;
  readonly contact?: ClinicText;
  /** Replaces the default (US) help lines. */
  readonly helpLines?: readonly HelpLine[];
  /** The clinic's own line, shown before the others. */
  readonly intakeLine?: HelpLine;
}
