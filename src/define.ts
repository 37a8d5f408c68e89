import {VERSION} from './version.js';

/** Each class this copy registers is stamped with its version, so another copy can tell a clash from a repeat. */
const VERSION_KEY = 'iopVersion';

function versionOf(element: CustomElementConstructor): string | undefined {
  const version: unknown = Reflect.get(element, VERSION_KEY);
  return typeof version === 'string' ? version : undefined;
}

/**
 * Registers each tag this copy of iop-family provides, unless it is already taken: loading the script twice,
 * or the module and classic builds on one page, must never throw. When another version got there first, one
 * console warning names the tags and versions; that copy's elements stay in use.
 *
 * Registration is immediate, so a framework that renders the tags right after importing an element finds it
 * defined and sets its properties. Each element holds only its first render until its language has
 * loaded (see LocaleController), so a Spanish page still never flashes English.
 */
export function defineElements(elements: Readonly<Record<string, CustomElementConstructor>>): void {
  const clashes: string[] = [];
  for (const [tag, element] of Object.entries(elements)) {
    const existing = customElements.get(tag);
    if (!existing) {
      Object.defineProperty(element, VERSION_KEY, {value: VERSION});
      customElements.define(tag, element);
    } else if (versionOf(existing) !== VERSION) {
      clashes.push(`<${tag}> (${versionOf(existing) ?? 'not iop-family'})`);
    }
  }
  if (clashes.length > 0) {
    console.warn(`iop-family ${VERSION}: these tags were already defined by another version, which stays in use: ${clashes.join(', ')}.`);
  }
}
