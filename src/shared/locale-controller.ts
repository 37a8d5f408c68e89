import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {
  currentLocale,
  followDocumentLanguage,
  formattingLanguage,
  isLocaleReady,
  localeReady,
  onLanguageChange,
  type Locale,
} from './localization.js';

/**
 * Keeps an element in the page's language: starts following `<html lang>`, re-renders when the locale
 * changes, and tells the element to hold its first render until the page's language, its own translations
 * included, has loaded. Elements are defined at once (so frameworks can set their properties), and this
 * keeps a Spanish page from showing English first.
 */
export class LocaleController implements ReactiveController {
  private stopListening: (() => void) | undefined;
  /** Once true, stays true: a later element's translations loading must not blank an element already shown. */
  private isReady = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    updateWhenLocaleChanges(host);
  }

  hostConnected(): void {
    followDocumentLanguage();
    if (!this.ready)
      void localeReady().then(() => {
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

  get locale(): Locale {
    return currentLocale();
  }

  /** The language tag to format dates, times and numbers with, such as "es-MX". */
  get formatting(): string {
    return formattingLanguage();
  }
}
