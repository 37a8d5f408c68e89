import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {currentLocale, firstLocaleReady, followDocumentLanguage, isFirstLocaleReady, type Locale} from './localization.js';

/**
 * Keeps an element in the page's language: starts following `<html lang>`, re-renders when the locale
 * changes, and tells the element to hold its first render until the page's language has loaded.
 */
export class LocaleController implements ReactiveController {
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
  }

  /** False only before the page's first language has loaded: render nothing then, never the wrong language. */
  get ready(): boolean {
    return isFirstLocaleReady();
  }

  get locale(): Locale {
    return currentLocale();
  }
}
