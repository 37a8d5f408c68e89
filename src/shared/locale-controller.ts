import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {
  currentLocale,
  followDocumentLanguage,
  formattingLanguage,
  isLocaleReady,
  localeReady,
  onLanguageChange,
  type Locale,
} from './localization.js';
import {cssProps} from './css-props.js';

/**
 * Keeps an element in the page's language: starts following `<html lang>`, re-renders when it changes and
 * when the new locale's text has loaded, and tells the element to hold its first render until the page's language, its own translations
 * included, has loaded. Elements are defined at once (so frameworks can set their properties), and this
 * keeps a Spanish page from showing English first.
 */
export class LocaleController implements ReactiveController {
  private stopListening: (() => void) | undefined;
  /** Once true, stays true: a later element's translations loading must not blank an element already shown. */
  private isReady = false;
  /** The height the page gave the element before it was defined, kept while its language loads. */
  private readonly reservedHeight: number = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    // During an upgrade the constructor still sees the element as undefined, so this is the space the page's
    // `:not(:defined)` rule reserved. Keeping it until the first real render stops the content below from
    // jumping up and back down on a page whose language is still loading. (Measured only then: it costs a layout.)
    if (host.isConnected && !this.ready) this.reservedHeight = host.getBoundingClientRect().height;
  }

  hostConnected(): void {
    followDocumentLanguage();
    if (!this.ready)
      void localeReady()
        // Each waiting element renders in a task of its own, not all in one long task when the language arrives.
        .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
        .then(() => {
          this.isReady = true;
          this.host.requestUpdate();
        });
    this.stopListening = onLanguageChange(() => {
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopListening?.();
  }

  /** False only before the page's language has loaded: render nothing then, never the wrong language. */
  get ready(): boolean {
    this.isReady ||= isLocaleReady();
    return this.isReady;
  }

  /** What an element renders before its language is ready: nothing, in the space the page reserved for it. */
  renderPending(): TemplateResult | typeof nothing {
    if (this.reservedHeight <= 0) return nothing;
    return html`<div class="pending" ${cssProps({'--iop-pending-height': `${String(this.reservedHeight)}px`})}></div>`;
  }

  get locale(): Locale {
    return currentLocale();
  }

  /** The language tag to format dates, times and numbers with, such as "es-MX". */
  get formatting(): string {
    return formattingLanguage();
  }
}
