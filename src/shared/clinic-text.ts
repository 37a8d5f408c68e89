import {html, nothing, type TemplateResult} from 'lit';
import type {Locale} from './localization.js';

/**
 * Text a clinic writes: one string, or one string per language (`{"en": "…", "es": "…"}`), so a
 * bilingual clinic can keep its Spanish page free of English.
 */
export type ClinicText = string | Readonly<Record<string, string>>;

/** Clinic text chosen for the reader, with the language to mark it with when it differs from the page's. */
export interface ShownText {
  readonly text: string;
  readonly lang: string | undefined;
}

/**
 * Picks the reader's language, then English, then whatever the clinic gave, matching a region key such as
 * "es-MX" by its language. Plain strings are in the clinic's declared `lang` when it set one.
 */
export function pickClinicText(value: ClinicText, locale: Locale, clinicLang?: string): ShownText {
  if (typeof value === 'string') {
    return {text: value, lang: clinicLang && clinicLang !== locale ? clinicLang : undefined};
  }
  const own = inLanguage(value, locale);
  if (own) return {text: own[1], lang: undefined};
  const [lang, text] = inLanguage(value, 'en') ?? Object.entries(value)[0] ?? ['', ''];
  return {text, lang};
}

/**
 * The text for a language: its own key ("es"), or else the first with a region or script of it ("es-MX").
 * Keys are lower case (validate.ts).
 */
function inLanguage(value: Readonly<Record<string, string>>, language: string): [string, string] | undefined {
  const tag = language.toLowerCase();
  const exact = value[tag];
  if (exact !== undefined) return [tag, exact];
  return Object.entries(value).find(([key]) => key.startsWith(`${tag}-`));
}

/** Renders clinic text as text (never markup), marked with its language when that differs from the page's. */
export function renderClinicText(value: ClinicText | undefined, locale: Locale, clinicLang?: string): TemplateResult | typeof nothing {
  if (value === undefined) return nothing;
  const shown = pickClinicText(value, locale, clinicLang);
  return shown.lang ? html`<span lang=${shown.lang}>${shown.text}</span>` : html`${shown.text}`;
}
