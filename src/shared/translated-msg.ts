import {defaultMsg} from '@lit/localize/internal/default-msg.js';
import type {runtimeMsg as RuntimeMsg} from '@lit/localize/internal/runtime-msg.js';

/**
 * Stands in for lit-localize's `runtime-msg.js` in the built files (rollup.config.mjs puts it in place).
 * Looking a message up in another language (hashing its text into an id, reordering its values) is only
 * needed on pages in another language than English; so that code loads with the first translations
 * (localization.ts), and English pages carry only the English path below.
 */
let lookUp: typeof RuntimeMsg | undefined;

type Template = Parameters<typeof RuntimeMsg>[1];
// Typed afresh, or lit-localize's extractor would take the call below for a message of ours.
const english: (template: Template) => ReturnType<typeof RuntimeMsg> = defaultMsg;

export const runtimeMsg: typeof RuntimeMsg = (templates, template, options) =>
  // Until the lookup code has loaded (or if it failed to), the English text.
  templates && lookUp ? lookUp(templates, template, options) : english(template);

export function installTranslatedMsg(real: typeof RuntimeMsg): void {
  lookUp = real;
}
