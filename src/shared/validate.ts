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

export function readList(value: unknown, field: string, problems: ProblemList): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value as unknown[];
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

/** A value from clinic data as short plain text for a problem message. */
export function show(value: unknown): string {
  if (typeof value === 'string') return value;
  // JSON.stringify gives undefined for undefined and functions, whatever its type says.
  const json = JSON.stringify(value) as string | undefined;
  return json ?? String(value);
}

/** `a` + `b` → `a.b`; numeric keys become `a[0]`. */
export function join(field: string, key: string | number): string {
  if (typeof key === 'number') return `${field}[${String(key)}]`;
  return field ? `${field}.${key}` : key;
}

/** One of a fixed set of ids (an attribute such as `highlight`); anything else is reported and the fallback used. */
export function readChoice<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
  field: string,
  problems: ProblemList,
): T {
  const wanted = (value ?? '').trim().toLowerCase();
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
  value: string | null | undefined,
  allowed: readonly T[],
  field: string,
  problems: ProblemList,
): readonly T[] {
  const chosen: T[] = [];
  for (const id of (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)) {
    if (!(allowed as readonly string[]).includes(id)) problems.add(field, 'unknown-value', 'left-out', {value: id, allowed});
    else if (chosen.includes(id as T)) problems.add(field, 'duplicate', 'left-out', {value: id});
    else chosen.push(id as T);
  }
  return chosen.length > 0 ? chosen : allowed;
}
