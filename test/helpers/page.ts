import {executeServerCommand} from '@web/test-runner-commands';
import {closestLanguageTag, localeForLanguageTag, localeReady} from '../../src/shared/localization.js';

/** Sets `<html lang>` as a host page would, and waits until that language's text has loaded. */
export async function setPageLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  await localeReady(localeForLanguageTag(lang));
  // Elements render in a task of their own once their language has loaded (LocaleController).
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Waits for an element's first full render: it renders nothing until its language has loaded, and the
 * details of any problems a moment after the short message.
 */
export async function rendered<T extends HTMLElement & {updateComplete: Promise<boolean>}>(element: T): Promise<T> {
  await customElements.whenDefined(element.localName);
  await localeReady(localeForLanguageTag(closestLanguageTag(element)));
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
  await element.updateComplete;
  if (element.shadowRoot?.querySelector('[part="problems"]')) await shownProblems(element);
  return element;
}

/** Switches forced-colours emulation (Windows High Contrast and the like), in Chromium's default, a dark or a light theme. */
export function emulateForcedColors(active: boolean, colorScheme?: 'dark' | 'light'): Promise<unknown> {
  return executeServerCommand('emulate-forced-colors', {active, colorScheme});
}

export {captureWarnings} from './console.js';

/**
 * The problems box once its details are shown: the sentences load on demand, so they appear a moment after
 * the short message. Returns the box.
 */
export async function shownProblems(element: HTMLElement): Promise<HTMLElement> {
  for (let i = 0; i < 200; i++) {
    const box = element.shadowRoot?.querySelector<HTMLElement>('[part="problems"]');
    if (box?.querySelector('details')) return box;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no problem details shown in <${element.localName}>`);
}

/** Opens every disclosure in the element, as a reader would, and waits for the list of sources to load. */
export async function openAll(element: HTMLElement & {updateComplete: Promise<boolean>}): Promise<void> {
  for (const details of element.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
  for (let i = 0; i < 200 && !element.shadowRoot?.querySelector('[part="sources"] cite'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await element.updateComplete;
}
