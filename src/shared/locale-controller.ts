import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {sourceLocale} from '../generated/locale-codes.js';
import {
  closestLanguageTag,
  formattingLanguage,
  inLocale,
  isLocaleReady,
  localeForLanguageTag,
  localeReady,
  onLanguageChange,
  templatesOf,
  type Locale,
} from './localization.js';
import {swapTemplates} from './translated-msg.js';
import {cssProps} from './css-props.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new WeakMap<HTMLElement, LocaleController>();

/**
 * Keeps an element in its own language: that of its closest `lang` (its own attribute, a section's, or
 * `<html lang>`), so a clinic can mark one element `lang="es"` on a site whose `<html lang>` is fixed. It
 * re-renders when that changes and the new language's text has loaded, renders every `msg()` in it (even
 * with other elements on the page in other languages), and holds the first render until that text has
 * loaded. Elements are defined at once (so frameworks can set their properties), and this keeps a Spanish
 * element from showing English first.
 */
export class LocaleController implements ReactiveController {
  /** The `lang` the element is in now (such as "es-MX"), as read from the page. */
  private tag: string | undefined;
  /** The locale shown: the one asked for, once its text has loaded. Undefined only before the first render. */
  private shown: Locale | undefined;
  private outer: ReturnType<typeof swapTemplates>;
  private stopListening: (() => void) | undefined;
  /** The height the page gave the element before it was defined, kept while its language loads. */
  private readonly reservedHeight: number = 0;

  /** The controller of an element, to run code outside its render in its language (see run). */
  static of(host: HTMLElement): LocaleController | undefined {
    return controllers.get(host);
  }

  constructor(private readonly host: Host) {
    host.addController(this);
    controllers.set(host, this);
    // During an upgrade the constructor still sees the element as undefined, so this is the space the page's
    // `:not(:defined)` rule reserved. Keeping it until the first real render stops the content below from
    // jumping up and back down while the element's language loads. (Measured only then: it costs a layout.)
    if (host.isConnected && !isLocaleReady(localeForLanguageTag(closestLanguageTag(host))))
      this.reservedHeight = host.getBoundingClientRect().height;
  }

  hostConnected(): void {
    this.stopListening = onLanguageChange(this.host, () => {
      this.follow();
    });
    this.follow();
  }

  hostDisconnected(): void {
    this.stopListening?.();
  }

  /** Every `msg()` in the render is looked up in the element's language. */
  hostUpdate(): void {
    this.outer = swapTemplates(templatesOf(this.locale));
  }

  hostUpdated(): void {
    swapTemplates(this.outer);
  }

  /** Reads the element's language again; shows it at once if its text has loaded, or else once it has. */
  private follow(): void {
    const tag = closestLanguageTag(this.host);
    if (tag === this.tag) return;
    this.tag = tag;
    const locale = localeForLanguageTag(tag);
    if (isLocaleReady(locale)) {
      this.show(locale);
      return;
    }
    const first = !this.ready;
    void localeReady(locale)
      // On first load, each waiting element renders in a task of its own, not all in one long task when the language arrives.
      .then(() => first && new Promise((resolve) => setTimeout(resolve, 0)))
      .then(() => {
        // Unless the language changed again meanwhile.
        if (localeForLanguageTag(this.tag) === locale) this.show(locale);
      });
  }

  private show(locale: Locale): void {
    this.shown = locale;
    this.host.requestUpdate();
  }

  /** False only before the element's language has loaded: render nothing then, never the wrong language. */
  get ready(): boolean {
    return this.shown !== undefined;
  }

  /** What an element renders before its language is ready: nothing, in the space the page reserved for it. */
  renderPending(): TemplateResult | typeof nothing {
    if (this.reservedHeight <= 0) return nothing;
    return html`<div class="pending" ${cssProps({'--iop-pending-height': `${String(this.reservedHeight)}px`})}></div>`;
  }

  /** The locale the element shows. */
  get locale(): Locale {
    return this.shown ?? sourceLocale;
  }

  /** The language tag to format dates, times and numbers with, such as "es-MX". */
  get formatting(): string {
    return formattingLanguage(this.tag ?? '', this.locale);
  }

  /** Runs code outside the render (a status message, a file to download) with its `msg()` in the element's language. */
  run<T>(work: () => T): T {
    return inLocale(this.locale, work);
  }

  /** Resolves once the element's language has loaded every part registered so far (text that loads later). */
  loaded(): Promise<void> {
    return localeReady(this.locale);
  }
}
