import {configureLocalization, type LocaleModule} from '@lit/localize';
import {allLocales, sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {installTranslatedMsg} from './translated-msg.js';

export type Locale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

/** The loaders of one part's translations, by locale. Explicit imports, so rollup sees each module. */
export type LocalePart = Readonly<Partial<Record<TargetLocale, () => Promise<LocaleModule>>>>;

/*
 * The translations come in parts (see scripts/split-locales.mjs): the shared runtime's, each element's, and
 * those of shared modules that load on their own. Each part registers where its code is, so a page loads the
 * translations of what it uses. For each locale, one templates object, the one lit-localize holds, collects
 * every part loaded so far.
 */
const parts = new Map<string, LocalePart>([['shared', {es: () => withLookUp(import('../generated/locales/es-shared.js'))}]]);

/**
 * A locale's shared translations, with lit-localize's code that looks messages up in them: the built files
 * load it here rather than in the runtime, since English pages never need it (see translated-msg.ts).
 */
async function withLookUp(translations: Promise<LocaleModule>): Promise<LocaleModule> {
  const [module, {runtimeMsg}] = await Promise.all([translations, import('@lit/localize/internal/runtime-msg.js')]);
  installTranslatedMsg(runtimeMsg);
  return module;
}

const templates = new Map<TargetLocale, LocaleModule['templates']>();
const loading = new Map<string, Promise<void>>();

/** The parts settled in each locale (loaded, or failed and left in English), as `locale|part`. */
const settled = new Set<string>();

/** Loads one part's translations once. Never rejects: a part that fails to load stays in English, with a warning. */
function loadPart(locale: TargetLocale, part: string): Promise<void> {
  const key = `${locale}|${part}`;
  let loaded = loading.get(key);
  if (!loaded) {
    const loader = parts.get(part)?.[locale];
    loaded = (loader ? loader() : Promise.resolve({templates: {}}))
      .then(
        (module) => {
          Object.assign(templatesFor(locale), module.templates);
        },
        (error: unknown) => {
          console.warn(`iop-family: the "${locale}" text of ${part} could not be loaded, so it is shown in English.`, error);
        },
      )
      .finally(() => settled.add(key));
    loading.set(key, loaded);
  }
  return loaded;
}

function templatesFor(locale: TargetLocale): LocaleModule['templates'] {
  let forLocale = templates.get(locale);
  if (!forLocale) templates.set(locale, (forLocale = {}));
  return forLocale;
}

/** Loads every part registered so far in `locale` (each part once). */
async function loadParts(locale: TargetLocale): Promise<void> {
  await Promise.all([...parts.keys()].map((part) => loadPart(locale, part)));
}

async function loadLocale(locale: TargetLocale): Promise<LocaleModule> {
  await loadParts(locale);
  return {templates: templatesFor(locale)};
}

// Runtime mode allows one configuration per copy of the library; this module is evaluated once per bundle.
export const {getLocale, setLocale} = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loadLocale(locale as TargetLocale),
});

/** Registers a part's translations, and starts loading it when the page is in one of its languages. */
export function addLocaleParts(part: string, loaders: LocalePart): void {
  parts.set(part, loaders);
  for (const locale of new Set([currentLocale(), requested])) if (locale !== sourceLocale) void loadPart(locale, part);
}

/** Whether the page's language and every part registered so far have loaded, so an element can render in it now. */
export function isLocaleReady(): boolean {
  // An English page is ready at once: English needs nothing loaded, so its elements render in one go.
  if (!firstLocaleSettled) return currentLocale() === sourceLocale && localeForLanguageTag(document.documentElement.lang) === sourceLocale;
  const locale = currentLocale();
  return locale === sourceLocale || [...parts.keys()].every((part) => settled.has(`${locale}|${part}`));
}

/** Resolves once the page's language and every part registered so far have loaded: then elements can render in it. */
export async function localeReady(): Promise<void> {
  await firstLocaleReady;
  const locale = currentLocale();
  if (locale !== sourceLocale) await loadParts(locale);
}

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

async function switchTo(locale: Locale): Promise<void> {
  if (locale === requested) return;
  requested = locale;
  // Never rejects for want of text: a part that fails to load has warned, and stays in English (loadPart).
  await setLocale(locale);
  // Once the text has loaded, everything showing re-renders in it (unless another switch came meanwhile).
  if (locale === requested) for (const listener of tagListeners) listener();
}

let following = false;
const tagListeners = new Set<() => void>();

/**
 * Calls `listener` whenever `<html lang>` changes, even when the locale stays (es-MX → es-ES changes formats),
 * and again when a new locale's text has loaded.
 */
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
