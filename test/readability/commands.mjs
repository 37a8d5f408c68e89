/**
 * The `readability` test-runner command: the browser sends the text an element shows, `{texts: string[],
 * lang: 'en' | 'es'}`, and gets back its readability figures, computed here in Node by scores.mjs (with the
 * `syllable`, `flesch-kincaid` and `smog-formula` packages), each distinct sentence counted once. Used by
 * test/readability/readability.test.ts.
 *
 * With READABILITY_VERBOSE=1 in the environment, the answer asks the test to log more of the hardest sentences.
 */
import {commandsPlugin} from '../helpers/commands-plugin.mjs';
import {score} from './scores.mjs';

const commands = {
  readability(_page, {texts, lang}) {
    if (!Array.isArray(texts) || !texts.every((text) => typeof text === 'string')) throw new Error('readability: texts must be strings');
    if (lang !== 'en' && lang !== 'es') throw new Error(`readability: no formulas for the language "${String(lang)}"`);
    return {...score(texts, lang, {distinct: true}), verbose: process.env.READABILITY_VERBOSE === '1'};
  },
};

/** The command as a web-test-runner plugin. */
export const readabilityCommandsPlugin = () => commandsPlugin('iop-readability-commands', commands);
