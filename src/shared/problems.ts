import {msg, str} from '@lit/localize';

/** What was wrong with one piece of clinic data or one attribute. */
export type ProblemCode =
  | 'invalid-json'
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
  | 'overlap';

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
  /** Another field the problem involves, such as the session an overlap is with. */
  readonly other?: string;
  /** Technical detail for the console only, such as the JSON parser's message. */
  readonly detail?: string;
}

/** One sentence, in the current locale, saying what is wrong with a field. */
export function describeProblem(problem: DataProblem): string {
  const {field} = problem;
  const value = problem.value ?? '';
  switch (problem.code) {
    case 'invalid-json':
      return msg(str`${field} is not valid JSON, so none of it could be used.`);
    case 'expected-object':
      return msg(str`${field} should be an object: { … }.`);
    case 'expected-list':
      return msg(str`${field} should be a list: [ … ].`);
    case 'expected-text':
      return msg(str`${field} should be text, or an object of texts by language such as {"en": "…", "es": "…"}.`);
    case 'expected-number': {
      const [min, max] = problem.range ?? [0, 0];
      return msg(str`${field} should be a number from ${min} to ${max}.`);
    }
    case 'expected-boolean':
      return msg(str`${field} should be true or false.`);
    case 'unknown-field':
      return msg(str`${field} is not a field this element knows.`);
    case 'unknown-value':
      return msg(str`${field}: "${value}" is not one of ${(problem.allowed ?? []).join(', ')}.`);
    case 'empty':
      return msg(str`${field} is empty.`);
    case 'min-over-max':
      return msg(str`${field}: the lowest value is higher than the highest value.`);
    case 'duplicate':
      return msg(str`${field}: "${value}" appears more than once.`);
    case 'bad-time':
      return msg(str`${field}: "${value}" is not a time from 00:00 to 23:59 (24-hour "HH:MM").`);
    case 'end-before-start':
      return msg(str`${field} ends before it starts.`);
    case 'overlap':
      return msg(str`${field} overlaps ${problem.other ?? ''}.`);
  }
}

export function describeOutcome(outcome: ProblemOutcome): string {
  switch (outcome) {
    case 'left-out':
      return msg('It was left out.');
    case 'default-used':
      return msg('The default is shown instead.');
    case 'kept':
      return msg('It is still shown; please check it.');
  }
}

/** A list that validators add problems to as they walk clinic data. */
export class ProblemList {
  readonly items: DataProblem[] = [];

  add(field: string, code: ProblemCode, outcome: ProblemOutcome = 'left-out', extra: Partial<DataProblem> = {}): void {
    this.items.push({field, code, outcome, ...extra});
  }
}
