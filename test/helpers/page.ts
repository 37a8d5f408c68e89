import {executeServerCommand} from '@web/test-runner-commands';
import {firstLocaleReady, getLocale, localeForLanguageTag} from '../../src/shared/localization.js';

/** Sets `<html lang>` as a host page would, and waits until that language's text has loaded. */
export async function setPageLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  const wanted = localeForLanguageTag(lang);
  for (let i = 0; i < 200 && getLocale() !== wanted; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (getLocale() !== wanted) throw new Error(`locale ${wanted} did not load`);
}

/** Waits for an element's first real render (it renders nothing until the page's language has loaded). */
export async function rendered<T extends HTMLElement & {updateComplete: Promise<boolean>}>(element: T): Promise<T> {
  await firstLocaleReady;
  await element.updateComplete;
  await element.updateComplete;
  return element;
}

export function emulateForcedColors(active: boolean): Promise<unknown> {
  return executeServerCommand('emulate-forced-colors', {active});
}

export {captureWarnings} from './console.js';
