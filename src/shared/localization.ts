import type {LocaleModule} from '@lit/localize';
import {allLocales, sourceLocale} from '../generated/locale-codes.js';
import {loadLookUp, withTemplates} from './translated-msg.js';

export type Locale = (typeof allLocales)[number];
type TargetLocale = Exclude<Locale, typeof sourceLocale>;
type Templates = LocaleModule['templates'];

/** The loaders of one part's translations, by locale. Explicit imports, so rollup sees each module. */
export type LocalePart = Readonly<Partial<Record<TargetLocale, () => Promise<LocaleModule>>>>;

/*
 * Each element shows the language of its closest `lang` (its own attribute or an ancestor's, up to
 * `<html lang>`), so one page can hold elements in different languages (see LocaleController). Every locale's
 * text is kept apart, and a message is looked up in the locale of the element being rendered (inLocale).
 *
 * The translations come in parts (see scripts/split-locales.mjs): the shared runtime's, each element's, and
 * those of shared modules that load on their own. Each part registers where its code is, so a page loads the
 * translations of what it uses, in the languages its elements show. For each locale, one templates object
 * collects every part loaded so far.
 */
const parts = new Map<string, LocalePart>([['shared', {es: () => withLookUp(import('../generated/locales/es-shared.js'))}]]);

/**
 * A locale's shared translations, with lit-localize's code that looks messages up in them: the built files
 * load it here rather than in the runtime, since English pages never need it (see translated-msg.ts).
 */
async function withLookUp(translations: Promise<LocaleModule>): Promise<LocaleModule> {
  const [module] = await Promise.all([translations, loadLookUp()]);
  return module;
}

const templates = new Map<TargetLocale, Templates>();
const loading = new Map<string, Promise<void>>();
/** The parts settled in each locale (loaded, or failed and left in English), as `locale|part`. */
const settled = new Set<string>();
/** The languages some element on the page has asked for: a part registered later loads in each of them. */
const inUse = new Set<TargetLocale>();

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

function templatesFor(locale: TargetLocale): Templates {
  let forLocale = templates.get(locale);
  if (!forLocale) templates.set(locale, (forLocale = {}));
  return forLocale;
}

/** Registers a part's translations, and starts loading it in every language the page's elements show. */
export function addLocaleParts(part: string, loaders: LocalePart): void {
  parts.set(part, loaders);
  for (const locale of inUse) void loadPart(locale, part);
}

/** Whether a locale's text, every part registered so far, has loaded (or failed), so an element can render in it now. */
export function isLocaleReady(locale: Locale): boolean {
  return locale === sourceLocale || [...parts.keys()].every((part) => settled.has(`${locale}|${part}`));
}

/** Loads a locale's text, every part registered so far (each once), and resolves when it can be rendered. Never rejects. */
export async function localeReady(locale: Locale): Promise<void> {
  if (locale === sourceLocale) return;
  inUse.add(locale);
  await Promise.all([...parts.keys()].map((part) => loadPart(locale, part)));
}

/** The translations loaded so far in a locale; undefined for English, whose text is in the code. */
export const templatesOf = (locale: Locale): Templates | undefined => (locale === sourceLocale ? undefined : templates.get(locale));

/** Runs `work` with every `msg()` in it looked up in `locale`: how code outside a render uses an element's language. */
export const inLocale = <T>(locale: Locale, work: () => T): T => withTemplates(templatesOf(locale), work);

/** The supported locale for a BCP 47 tag: its primary subtag when supported, otherwise English. */
export function localeForLanguageTag(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return (allLocales as readonly string[]).includes(primary) ? (primary as Locale) : sourceLocale;
}

/**
 * The language tag to format dates, times and numbers with (first day of the week, 12- or 24-hour clock):
 * the full tag (such as "es-MX") when it matches the locale shown, otherwise the locale itself.
 */
export function formattingLanguage(tag: string, locale: Locale): string {
  const canonical = tag.trim().replace(/_/g, '-');
  try {
    return localeForLanguageTag(canonical) === locale ? (Intl.getCanonicalLocales(canonical)[0] ?? locale) : locale;
  } catch {
    return locale;
  }
}

/**
 * The language an element is in: the `lang` of the closest element that has one, itself included, looking
 * out through shadow roots to the host page's `<html lang>`. An empty `lang` means "unknown" (HTML), so English.
 */
export function closestLanguageTag(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const holder: Element | null = node.closest('[lang]');
    if (holder) return holder.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

const languageListeners = new Set<() => void>();
const watchedRoots = new WeakSet<Node>();

/**
 * Calls `listener` whenever a `lang` attribute changes in the document or in a shadow root on the way from
 * `element` out to it (a language switcher on `<html>`, or on a section), until the returned function is called.
 */
export function onLanguageChange(element: Element, listener: () => void): () => void {
  languageListeners.add(listener);
  for (let root = element.getRootNode(); ; root = root.host.getRootNode()) {
    const observed = root instanceof Document ? root.documentElement : root;
    if (!watchedRoots.has(observed)) {
      watchedRoots.add(observed);
      new MutationObserver(() => {
        for (const each of languageListeners) each();
      }).observe(observed, {attributes: true, attributeFilter: ['lang'], subtree: true});
    }
    if (!(root instanceof ShadowRoot)) break;
  }
  return () => languageListeners.delete(listener);
}
