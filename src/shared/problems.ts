/**
 * Problems found in clinic data and attributes. The sentences that describe them are in problem-text.ts,
 * loaded only when there is a problem to describe.
 */

/** What was wrong with one piece of clinic data or one attribute. */
export type ProblemCode =
  | 'invalid-json'
  | 'attribute-not-json'
  | 'attribute-not-data'
  | 'not-used'
  | 'expected-object'
  | 'expected-list'
  | 'expected-text'
  | 'expected-number'
  | 'expected-boolean'
  | 'unknown-field'
  | 'unknown-value'
  | 'empty'
  | 'min-over-max'
  | 'duplicate'
  | 'bad-time'
  | 'end-before-start'
  | 'overlap'
  | 'bad-phone'
  | 'unreadable';

/** What the element did about the problem, told to the website team so nothing is dropped silently. */
export type ProblemOutcome = 'left-out' | 'default-used' | 'kept';

export interface DataProblem {
  /** Where the problem is: a JSON path such as `levels.iop.hours.max`, or an attribute name. */
  readonly field: string;
  readonly code: ProblemCode;
  readonly outcome: ProblemOutcome;
  /** The value that was wrong, as plain text. */
  readonly value?: string;
  readonly allowed?: readonly string[];
  readonly range?: readonly [number, number];
  /** Another thing the problem involves, such as the session an overlap is with. */
  readonly other?: string;
  /** A human label for what the field describes, such as "Evening track: tue 17:30 Therapy group". */
  readonly subject?: string;
  /** Technical detail for the console only, such as the JSON parser's message. */
  readonly detail?: string;
}

/** A list that validators add problems to as they walk clinic data. */
export class ProblemList {
  readonly items: DataProblem[] = [];

  add(field: string, code: ProblemCode, outcome: ProblemOutcome = 'left-out', extra: Partial<DataProblem> = {}): void {
    this.items.push({field, code, outcome, ...extra});
  }
}
