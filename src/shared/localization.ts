import {configureLocalization} from '@lit/localize';
import {allLocales, sourceLocale, targetLocales} from '../generated/locale-codes.js';

export type Locale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

// An explicit map (not a template path) so rollup sees each locale module and can split or inline it.
const loaders: Record<TargetLocale, () => Promise<import('@lit/localize').LocaleModule>> = {
  es: () => import('../generated/locales/es.js'),
};

// Runtime mode allows one configuration per copy of the library; this module is evaluated once per bundle.
export const {getLocale, setLocale} = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as TargetLocale](),
});

/** The supported locale for a BCP 47 tag: its primary subtag when supported, otherwise English. */
export function localeForLanguageTag(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return (allLocales as readonly string[]).includes(primary) ? (primary as Locale) : sourceLocale;
}

export function currentLocale(): Locale {
  return localeForLanguageTag(getLocale());
}

/**
 * The page's full language tag (such as "es-MX") when it matches the locale shown, for Intl formatting
 * (first day of the week, 12- or 24-hour clock); otherwise the locale itself.
 */
export function formattingLanguage(): string {
  const tag = document.documentElement.lang.trim().replace(/_/g, '-');
  const locale = currentLocale();
  try {
    return localeForLanguageTag(tag) === locale ? (Intl.getCanonicalLocales(tag)[0] ?? locale) : locale;
  } catch {
    return locale;
  }
}

let requested: Locale = sourceLocale;
let resolveFirstLocale: () => void = () => undefined;
let firstLocaleSettled = false;
/** Settles once the page's language at start-up has been loaded (or failed to load), so nothing renders in the wrong language first. */
export const firstLocaleReady = new Promise<void>((resolve) => {
  resolveFirstLocale = () => {
    firstLocaleSettled = true;
    resolve();
  };
});

export function isFirstLocaleReady(): boolean {
  return firstLocaleSettled;
}

async function switchTo(locale: Locale): Promise<void> {
  if (locale === requested) return;
  requested = locale;
  try {
    await setLocale(locale);
  } catch (error) {
    console.warn(`iop-family: the "${locale}" text could not be loaded, so English is shown.`, error);
  }
}

let following = false;
const tagListeners = new Set<() => void>();

/** Calls `listener` whenever `<html lang>` changes, even when the locale stays (es-MX → es-ES changes formats). */
export function onLanguageChange(listener: () => void): () => void {
  tagListeners.add(listener);
  return () => tagListeners.delete(listener);
}

/**
 * Follows `<html lang>`: reads it now and again whenever it changes. Idempotent; the first element that
 * connects starts it, so a copy of the library whose elements are never used does no work.
 */
export function followDocumentLanguage(): void {
  if (following) return;
  following = true;
  const root = document.documentElement;
  const apply = (): Promise<void> => switchTo(localeForLanguageTag(root.lang));
  new MutationObserver(() => {
    void apply();
    for (const listener of tagListeners) listener();
  }).observe(root, {attributes: true, attributeFilter: ['lang']});
  void apply().finally(resolveFirstLocale);
}
