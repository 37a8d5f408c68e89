import {css, html, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {renderClinicText, type ClinicText} from './clinic-text.js';
import {addLocaleParts, type Locale} from './localization.js';
import type {ProblemList} from './problems.js';
import {checkKeys, join, readClinicText, readList, readObject, show} from './validate.js';

addLocaleParts('help-lines', {es: () => import('../generated/locales/es-help-lines.js')});

/** A phone line for help: something to call, text, or both. */
export interface HelpLine {
  readonly name: ClinicText;
  readonly call?: string;
  readonly text?: string;
  readonly note?: ClinicText;
  /** Whose line it is: the clinic's name, shown before its intake line's name. */
  readonly owner?: ClinicText;
}

/** The SAMHSA Helpline: referrals to programs, including free and sliding-fee ones (facts.md sections 5 and 10). */
export const treatmentHelpline = (): HelpLine => ({
  name: msg('SAMHSA National Helpline'),
  call: '1-800-662-4357',
  note: msg('Free, private help finding treatment, day or night, in English and Spanish.'),
});

/**
 * The US lines for a crisis (shared/content/facts.md, sections 5 and 9): an emergency, a mental health or
 * substance use crisis, and violence at home. The conversation guide's safety box shows these.
 */
export const urgentHelpLines = (): readonly HelpLine[] => [
  {name: msg('Emergency'), call: '911', note: msg('If someone is in danger or may have overdosed.')},
  {
    name: msg('988 Suicide & Crisis Lifeline'),
    call: '988',
    text: '988',
    note: msg(
      'For a mental health, drinking or drug crisis, and for family who are worried about someone. Call or text, day or night. In Spanish, press 2, or text AYUDA to 988. Calls have interpreters in many languages.',
    ),
  },
  {
    name: msg('National Domestic Violence Hotline'),
    call: '1-800-799-7233',
    text: '88788',
    note: msg('If you feel unsafe at home. To text, send START to 88788.'),
  },
];

/**
 * The US lines shown by default: the crisis lines and the SAMHSA Helpline. A clinic elsewhere replaces them
 * with `helpLines` in its data, and can put its own intake line first with `intakeLine`.
 */
export const defaultHelpLines = (): readonly HelpLine[] => {
  const urgent = urgentHelpLines();
  // The SAMHSA Helpline after the emergency and crisis lines, before the line for violence at home.
  return [...urgent.slice(0, 2), treatmentHelpline(), ...urgent.slice(2)];
};

/**
 * A phone number as people write it: digits with spaces, dots, dashes, slashes or brackets, a leading +, and
 * an extension ("ext. 12", "x12", "extension 12"). Gives what to dial (digits, the +, a pause before the
 * extension), or undefined when it is not a number: 3 to 15 digits, as short codes such as 988 to E.164.
 */
export function dialNumber(written: string): string | undefined {
  // Long text is never a number, and is kept away from the pattern's backtracking.
  const match = written.length > 40 ? null : /^(\+?)([\d\s().\-/]+?)\s*(?:(?:ext\.?|extension|x)\s*(\d{1,6}))?$/i.exec(written.trim());
  const digits = match?.[2]?.replace(/\D/g, '') ?? '';
  if (!match || digits.length < 3 || digits.length > 15) return undefined;
  return `${match[1] ?? ''}${digits}${match[3] ? `,${match[3]}` : ''}`;
}

function readPhone(value: unknown, field: string, problems: ProblemList): string | undefined {
  if (typeof value === 'string' && dialNumber(value)) return value.trim();
  problems.add(field, 'bad-phone', 'left-out', {value: show(value)});
  return undefined;
}

/** One line from clinic data: a name, and a number to call or text. */
export function parseHelpLine(value: unknown, field: string, problems: ProblemList): HelpLine | undefined {
  const raw = readObject(value, field, problems);
  if (!raw) return undefined;
  checkKeys(raw, ['name', 'call', 'text', 'note'], field, problems);
  const name = readClinicText(raw.name, join(field, 'name'), problems);
  const call = raw.call === undefined ? undefined : readPhone(raw.call, join(field, 'call'), problems);
  const text = raw.text === undefined ? undefined : readPhone(raw.text, join(field, 'text'), problems);
  const note = raw.note === undefined ? undefined : readClinicText(raw.note, join(field, 'note'), problems);
  // A line needs a number; say so when none was given. A line whose number is wrong (reported above) keeps its
  // name and note, so the family still learns the line exists.
  if (name !== undefined && raw.call === undefined && raw.text === undefined) problems.add(field, 'empty', 'left-out');
  if (name === undefined || (raw.call === undefined && raw.text === undefined)) return undefined;
  return {name, ...(call === undefined ? {} : {call}), ...(text === undefined ? {} : {text}), ...(note === undefined ? {} : {note})};
}

/** A clinic's list of lines; undefined (keep the defaults) when none is valid. */
export function parseHelpLines(value: unknown, field: string, problems: ProblemList): readonly HelpLine[] | undefined {
  const lines = (readList(value, field, problems) ?? [])
    .map((line, i) => parseHelpLine(line, join(field, i), problems))
    .filter((line): line is HelpLine => line !== undefined);
  return lines.length > 0 ? lines : undefined;
}

/** The help-line fields a clinic can give an element: `helpLines` (replacing the defaults) and `intakeLine`. */
export function readHelpLineFields(
  root: Readonly<Record<string, unknown>>,
  problems: ProblemList,
): {helpLines?: readonly HelpLine[]; intakeLine?: HelpLine} {
  const helpLines = root.helpLines === undefined ? undefined : parseHelpLines(root.helpLines, 'helpLines', problems);
  const intakeLine = root.intakeLine === undefined ? undefined : parseHelpLine(root.intakeLine, 'intakeLine', problems);
  return {...(helpLines === undefined ? {} : {helpLines}), ...(intakeLine === undefined ? {} : {intakeLine})};
}

/** The lines to show: the clinic's intake line first, under the clinic's name, then its own lines or the defaults. */
export function helpLinesToShow(data: {
  readonly helpLines?: readonly HelpLine[];
  readonly intakeLine?: HelpLine;
  readonly clinic?: ClinicText;
}): readonly HelpLine[] {
  const {intakeLine, clinic} = data;
  return [...(intakeLine ? [clinic ? {...intakeLine, owner: clinic} : intakeLine] : []), ...(data.helpLines ?? defaultHelpLines())];
}

/** Between the clinic's name and its line's name; an expression, so minifying the template keeps its space. */
const OWNER_SEPARATOR = ': ';

/** The lines as a list with call and text links. */
export function renderHelpLines(lines: readonly HelpLine[], locale: Locale, lang?: string): TemplateResult {
  return html`<ul class="help-lines" role="list">
    ${lines.map(
      (line) =>
        html`<li>
          <strong class="line-name"
            >${line.owner ? html`${renderClinicText(line.owner, locale, lang)}${OWNER_SEPARATOR}` : ''}${renderClinicText(line.name, locale, lang)}</strong
          >
          <span class="line-actions">
            ${line.call ? html`<a class="line-link" href=${`tel:${dialNumber(line.call) ?? ''}`}>${msg(str`Call ${line.call}`)}</a>` : ''}
            ${line.text ? html`<a class="line-link" href=${`sms:${dialNumber(line.text) ?? ''}`}>${msg(str`Text ${line.text}`)}</a>` : ''}
          </span>
          ${line.note ? html`<span class="line-note">${renderClinicText(line.note, locale, lang)}</span>` : ''}
        </li>`,
    )}
  </ul>`;
}

/** Styles for the help-line list, for the elements that show one. */
export const helpLineStyles = css`
  .help-lines {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .help-lines li {
    display: grid;
    align-content: start; /* a short entry beside a taller one keeps its lines together */
    gap: 0.15em;
  }
  .line-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .line-link {
    display: inline-block;
    min-block-size: 1.5em;
    font-weight: 700;
  }
  .line-note {
    color: var(--_muted);
  }
`;
