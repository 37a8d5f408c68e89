import type {ClinicText} from './clinic-text.js';
import type {ProblemList} from './problems.js';

/** Small readers for untrusted clinic JSON: each returns the valid value or undefined, adding a problem naming the field. */

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readObject(value: unknown, field: string, problems: ProblemList): JsonObject | undefined {
  if (isObject(value)) return value;
  problems.add(field, 'expected-object');
  return undefined;
}

/** Far more than any clinic's list; a longer one (a runaway generator, `new Array(1e9)`) is cut. */
export const MAX_ITEMS = 1000;

export function readList(value: unknown, field: string, problems: ProblemList): readonly unknown[] | undefined {
  if (Array.isArray(value)) {
    if (value.length <= MAX_ITEMS) return value as unknown[];
    problems.add(field, 'unreadable', 'left-out', {detail: 'over 1000 items: the rest'});
    return value.slice(0, MAX_ITEMS) as unknown[];
  }
  problems.add(field, 'expected-list');
  return undefined;
}

/** Reports every key the element does not know, so nothing a clinic wrote is dropped without a word. */
export function checkKeys(object: JsonObject, known: readonly string[], field: string, problems: ProblemList): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) problems.add(join(field, key), 'unknown-field', 'left-out');
  }
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A non-empty string, or an object of non-empty strings keyed by language tag. */
export function readClinicText(value: unknown, field: string, problems: ProblemList): ClinicText | undefined {
  if (typeof value === 'string') {
    if (value.trim()) return value.trim();
    problems.add(field, 'empty');
    return undefined;
  }
  if (!isObject(value)) {
    problems.add(field, 'expected-text');
    return undefined;
  }
  const texts: Record<string, string> = {};
  for (const [lang, text] of Object.entries(value)) {
    if (!LANGUAGE_TAG.test(lang)) problems.add(join(field, lang), 'unknown-field');
    else if (typeof text !== 'string') problems.add(join(field, lang), 'expected-text');
    else if (!text.trim()) problems.add(join(field, lang), 'empty');
    else texts[lang.toLowerCase()] = text.trim();
  }
  if (Object.keys(texts).length > 0) return texts;
  if (Object.keys(value).length === 0) problems.add(field, 'empty');
  return undefined;
}

export function readNumber(value: unknown, field: string, problems: ProblemList, range: readonly [number, number]): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= range[0] && value <= range[1]) return value;
  problems.add(field, 'expected-number', 'left-out', {range, value: show(value)});
  return undefined;
}

/** A language tag for plain clinic strings, such as "en" or "es". */
export function readLanguage(value: unknown, field: string, problems: ProblemList): string | undefined {
  if (typeof value === 'string' && LANGUAGE_TAG.test(value)) return value.toLowerCase().split('-')[0];
  problems.add(field, 'expected-text', 'left-out', {value: show(value)});
  return undefined;
}

/**
 * Any value as short plain text for a problem message. Never throws, whatever a host passes: BigInt, circular
 * objects, throwing getters and proxies, objects without a prototype.
 */
export function show(value: unknown): string {
  let text: string | undefined;
  try {
    // JSON.stringify gives undefined for undefined, functions and symbols, whatever its type says.
    text = typeof value === 'string' ? value : typeof value === 'number' || value instanceof Error ? String(value) : JSON.stringify(value);
  } catch {
    // BigInt, circular or unreadable: String() below.
  }
  try {
    text ??= String(value);
  } catch {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * An attribute's value as text, also when a framework set the property to another type: a number (`step = 3`)
 * or a list (`levels = ['php', 'iop']`) reads as the text it stands for; null and undefined as not set.
 * Anything else reads as its plain text, which the caller then reports as not one of its values.
 */
export function attributeText(value: unknown): string {
  if (value == null) return '';
  return (Array.isArray(value) ? value.map(show).join(' ') : show(value)).trim();
}

/** What the `heading-level` attribute and property take: 2 to 6, as a number or as text. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6 | '2' | '3' | '4' | '5' | '6';

/** The `heading-level` attribute or property: 2 to 6, as a number or text. Anything else is reported, and 2 used. */
export function readHeadingLevel(value: unknown, problems: ProblemList): number {
  const text = attributeText(value);
  if (/^[2-6]$/.test(text)) return Number(text);
  if (text) problems.add('heading-level', 'unknown-value', 'default-used', {value: text, allowed: ['2', '3', '4', '5', '6']});
  return 2;
}

/** `a` + `b` → `a.b`; numeric keys become `a[0]`. */
export function join(field: string, key: string | number): string {
  if (typeof key === 'number') return `${field}[${String(key)}]`;
  return field ? `${field}.${key}` : key;
}

/** One of a fixed set of ids (an attribute such as `highlight`); anything else is reported and the fallback used. */
export function readChoice<T extends string>(value: unknown, allowed: readonly T[], fallback: T, field: string, problems: ProblemList): T {
  const wanted = attributeText(value).toLowerCase();
  if (!wanted) return fallback;
  if ((allowed as readonly string[]).includes(wanted)) return wanted as T;
  problems.add(field, 'unknown-value', 'default-used', {value: wanted, allowed});
  return fallback;
}

/**
 * A space- or comma-separated list of ids (an attribute such as `levels`), in the order given. Unknown and
 * repeated ids are reported; an empty or wholly invalid list gives the full default list.
 */
export function readChoiceList<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  problems: ProblemList,
): readonly T[] {
  const chosen: T[] = [];
  for (const id of attributeText(value)
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)) {
    if (!(allowed as readonly string[]).includes(id)) problems.add(field, 'unknown-value', 'left-out', {value: id, allowed});
    else if (chosen.includes(id as T)) problems.add(field, 'duplicate', 'left-out', {value: id});
    else chosen.push(id as T);
  }
  return chosen.length > 0 ? chosen : allowed;
}
