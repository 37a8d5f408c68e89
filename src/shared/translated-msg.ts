import type {LocaleModule, MsgFn} from '@lit/localize';
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import {defaultMsg} from '@lit/localize/internal/default-msg.js';
import type {runtimeMsg as RuntimeMsg} from '@lit/localize/internal/runtime-msg.js';

/**
 * What `msg()` does in iop-family. lit-localize's runtime mode has one language for the whole page; ours
 * looks each message up in the templates of the element being rendered (withTemplates, called through
 * localization.ts's inLocale), so two elements on one page can show two languages.
 *
 * Looking a message up in another language (hashing its text into an id, reordering its values) is only
 * needed on pages with another language than English; that code loads with the first translations
 * (loadLookUp, from localization.ts), and English pages carry only the English path.
 */
type Templates = LocaleModule['templates'];
type Template = Parameters<typeof RuntimeMsg>[1];
type Options = Parameters<typeof RuntimeMsg>[2];

let lookUp: typeof RuntimeMsg | undefined;
let active: Templates | undefined;

// Typed afresh, or lit-localize's extractor would take the call below for a message of ours.
const english: (template: Template) => ReturnType<typeof RuntimeMsg> = defaultMsg;

_installMsgImplementation(((template: Template, options?: Options) =>
  // English, or until the look-up code has loaded (or if it failed to), the English text.
  active && lookUp ? lookUp(active, template, options) : english(template)) as MsgFn);

/** Makes `msg()` look messages up in `templates` (undefined: English); returns what it used before, to put back. */
export function swapTemplates(templates: Templates | undefined): Templates | undefined {
  const outer = active;
  active = templates;
  return outer;
}

/** Runs `work` with `msg()` looking messages up in `templates`, then puts back what was there. */
export function withTemplates<T>(templates: Templates | undefined, work: () => T): T {
  const outer = swapTemplates(templates);
  try {
    return work();
  } finally {
    swapTemplates(outer);
  }
}

/** Loads lit-localize's look-up code, once. */
export async function loadLookUp(): Promise<void> {
  lookUp ??= (await import('@lit/localize/internal/runtime-msg.js')).runtimeMsg;
}
