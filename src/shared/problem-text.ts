import {html, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {addLocaleParts} from './localization.js';
import type {DataErrorDetail} from './clinic-data.js';
import type {DataProblem, ProblemOutcome} from './problems.js';

addLocaleParts('problems', {es: () => import('../generated/locales/es-problems.js')});

/*
 * The sentences for problems in clinic data, in the reader's language. Loaded on demand by the clinic-data
 * controller, so pages whose data is fine never download them.
 */

/** One sentence, in the current locale, saying what is wrong with a field. */
export function describeProblem(problem: DataProblem): string {
  const field = problem.subject ? `${problem.field} (${problem.subject})` : problem.field;
  const value = problem.value ?? '';
  switch (problem.code) {
    case 'invalid-json':
      return msg(str`${field} is not valid JSON, so none of it could be used.`);
    case 'attribute-not-json':
      return msg(
        str`${field}: "${value}" is not JSON, so none of it could be used. Pass JSON text (for example JSON.stringify(data)), or set the ${problem.other ?? ''} property.`,
      );
    case 'attribute-not-data':
      return msg(
        str`${field} was set as an attribute ("${value}"), so its data was lost. Set ${field} as a property, or pass the data as JSON text in ${problem.other ?? ''}.`,
      );
    case 'not-used':
      return msg(str`${field} was not used, because ${problem.other ?? ''} is also given.`);
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
    case 'bad-phone':
      return msg(str`${field}: "${value}" is not a phone number.`);
    case 'unreadable':
      return msg(str`${field} could not be read.`);
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

/**
 * A console warning naming each field, then the `iop-data-error` event. Here rather than in the clinic-data
 * controller, so only pages with a problem download it.
 */
export function reportProblems(host: HTMLElement, problems: readonly DataProblem[]): void {
  for (const problem of problems) {
    const detail = problem.detail ? ` (${problem.detail})` : '';
    console.warn(`iop-family <${host.localName}>: ${describeProblem(problem)} ${describeOutcome(problem.outcome)}${detail}`);
  }
  const detail: DataErrorDetail = {problems: problems.map((p) => ({...p, message: describeProblem(p)}))};
  host.dispatchEvent(new CustomEvent('iop-data-error', {bubbles: true, composed: true, detail}));
}

/** The details for the clinic's web team, one click away from the short message. */
export function renderProblemDetails(problems: readonly DataProblem[]): TemplateResult {
  return html`<details>
    <summary>${msg('Details for the website team')}</summary>
    <ul>
      ${problems.map((p) => html`<li>${describeProblem(p)} ${describeOutcome(p.outcome)}</li>`)}
    </ul>
  </details>`;
}
