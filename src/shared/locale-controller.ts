import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {
  currentLocale,
  firstLocaleReady,
  followDocumentLanguage,
  formattingLanguage,
  isFirstLocaleReady,
  onLanguageChange,
  type Locale,
} from './localization.js';

/**
 * Keeps an element in the page's language: starts following `<html lang>`, re-renders when the locale
 * changes, and tells the element to hold its first render until the page's language has loaded.
 */
export class LocaleController implements ReactiveController {
  private stopListening: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    updateWhenLocaleChanges(host);
  }

  hostConnected(): void {
    followDocumentLanguage();
    if (!isFirstLocaleReady())
      void firstLocaleReady.then(() => {
        this.host.requestUpdate();
      });
    this.stopListening = onLanguageChange(() => {
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopListening?.();
  }

  /** False only before the page's first language has loaded: render nothing then, never the wrong language. */
  get ready(): boolean {
    return isFirstLocaleReady();
  }

  get locale(): Locale {
    return currentLocale();
  }

  /** The language tag to format dates, times and numbers with, such as "es-MX". */
  get formatting(): string {
    return formattingLanguage();
  }
}
