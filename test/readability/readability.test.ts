/**
 * Readability of the text each element shows, over every state a family can reach (test/helpers/states.ts),
 * so new text cannot drift up: English at a Flesch-Kincaid grade of 7 or lower and a SMOG grade of 8 or lower,
 * Spanish at a Fernández-Huerta index of 70 or higher. The figures are computed in Node by the `readability`
 * command (test/readability/commands.mjs and scores.mjs, where the counting rules are written down).
 *
 * What is counted: every text node and spoken attribute (aria-label, title…) inside the element, through its
 * shadow root, that is marked with the page's language; each distinct text once per element, however many
 * states show it. Not counted: the titles of the works in the list of sources (bibliographic, in English on
 * every page; what each source is used for is counted), text without a letter (times, numbers, arrows).
 *
 * Each test logs its figures. Run with READABILITY_VERBOSE=1 to log the ten sentences that weigh most too.
 */
import {expect, fixtureCleanup} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {setPageLanguage} from '../helpers/page.js';
import {ELEMENT_STATES, showState, type Shown} from '../helpers/states.js';
import {readableText} from '../helpers/text.js';

type Lang = 'en' | 'es';

/** A sentence as scores.mjs counts it. */
interface Sentence {
  readonly text: string;
  readonly words: number;
  readonly syllables: number;
  readonly polysyllables: number;
  readonly polysyllabicWords: readonly string[];
  /** Flesch-Kincaid grade (English) or Fernández-Huerta index (Spanish) of the sentence alone. */
  readonly grade: number;
  /** How much worse each figure of the whole is with this sentence than without it. */
  readonly impact: Readonly<Record<string, number>>;
}

/** The answer of the `readability` command (scores.mjs). */
interface Scores {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  readonly polysyllables: number;
  readonly fleschKincaid?: number;
  readonly smog?: number;
  readonly fernandezHuerta?: number;
  readonly sentenceList: readonly Sentence[];
  readonly verbose: boolean;
}

type Figure = 'fleschKincaid' | 'smog' | 'fernandezHuerta';

interface Limit {
  readonly figure: Figure;
  readonly name: string;
  readonly short: string;
  /** Whether a value passes. */
  readonly passes: (value: number) => boolean;
  readonly rule: string;
}

const LIMITS: Readonly<Record<Lang, readonly Limit[]>> = {
  en: [
    {figure: 'fleschKincaid', name: 'Flesch-Kincaid grade', short: 'FK', passes: (value) => value <= 7, rule: 'at most 7'},
    {figure: 'smog', name: 'SMOG grade', short: 'SMOG', passes: (value) => value <= 8, rule: 'at most 8'},
  ],
  es: [{figure: 'fernandezHuerta', name: 'Fernández-Huerta index', short: 'FH', passes: (value) => value >= 70, rule: 'at least 70'}],
};

const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {en: 'English', es: 'Spanish'};

/** The text of a shown element that the figures count (see the top of this file). */
function countedText(element: Shown, lang: Lang): string[] {
  const citations = new Set(
    [...(element.shadowRoot?.querySelectorAll('[part="sources"] cite') ?? [])].flatMap((cite) => readableText(cite).map((t) => t.text)),
  );
  return readableText(element)
    .filter((t) => t.lang === lang && /\p{L}/u.test(t.text) && !citations.has(t.text))
    .map((t) => t.text);
}

const fixed = (value: number | undefined, digits = 1): string => (value === undefined ? '?' : value.toFixed(digits));

const sentenceLine = (sentence: Sentence, i: number, lang: Lang): string => {
  const words = sentence.polysyllabicWords.length > 0 ? `: ${sentence.polysyllabicWords.join(', ')}` : '';
  const own = lang === 'en' ? `grade ${fixed(sentence.grade)}` : `index ${fixed(sentence.grade)}`;
  return `  ${String(i + 1)}. "${sentence.text}" (${String(sentence.words)} words, ${String(sentence.polysyllables)} of 3+ syllables${words}; ${own})`;
};

const byImpact = (scores: Scores, figure: Figure, count: number): Sentence[] =>
  [...scores.sentenceList].sort((a, b) => (b.impact[figure] ?? 0) - (a.impact[figure] ?? 0)).slice(0, count);

afterEach(async () => {
  await setPageLanguage('en');
});

for (const {tag, states} of ELEMENT_STATES) {
  describe(`<${tag}> readability`, () => {
    for (const lang of ['en', 'es'] as const) {
      const rules = LIMITS[lang].map((limit) => `${limit.name} ${limit.rule}`).join(', ');
      it(`${LANGUAGE_NAMES[lang]}, over all ${String(states.length)} states: ${rules}`, async function () {
        this.timeout(180000);
        await setPageLanguage(lang);
        const texts = new Set<string>();
        for (const state of states) {
          const element = await showState(tag, state);
          for (const text of countedText(element, lang)) texts.add(text);
          // Many states: each leaves the page before the next, as a reader sees one at a time.
          fixtureCleanup();
        }
        const scores = await executeServerCommand<Scores, {texts: string[]; lang: Lang}>('readability', {texts: [...texts], lang});

        const figures = LIMITS[lang].map((limit) => `${limit.short} ${fixed(scores[limit.figure], 2)}`).join(', ');
        console.log(
          `readability <${tag}> ${lang}: ${String(scores.words)} words, ${String(scores.sentences)} sentences, ` +
            `${String(scores.polysyllables)} words of 3+ syllables, ${figures}`,
        );
        if (scores.verbose) {
          const heaviest =
            lang === 'en'
              ? [...scores.sentenceList]
                  .sort((a, b) => b.polysyllables - a.polysyllables || (b.impact.fleschKincaid ?? 0) - (a.impact.fleschKincaid ?? 0))
                  .slice(0, 10)
              : byImpact(scores, 'fernandezHuerta', 10);
          console.log(
            `readability <${tag}> ${lang}: the 10 sentences that weigh most\n${heaviest.map((s, i) => sentenceLine(s, i, lang)).join('\n')}`,
          );
        }

        expect(scores.words, 'words counted').to.be.greaterThan(100);
        const failures = LIMITS[lang]
          .filter((limit) => !limit.passes(scores[limit.figure] ?? Number.NaN))
          .map(
            (limit) =>
              `<${tag}> ${LANGUAGE_NAMES[lang]}: ${limit.name} is ${fixed(scores[limit.figure], 2)}, should be ${limit.rule} ` +
              `(${String(scores.words)} words, ${String(scores.sentences)} sentences, ${String(scores.syllables)} syllables, ` +
              `${String(scores.polysyllables)} words of 3+ syllables). The 5 sentences that weigh most on it:\n` +
              byImpact(scores, limit.figure, 5)
                .map((s, i) => sentenceLine(s, i, lang))
                .join('\n'),
          );
        if (failures.length > 0) expect.fail(failures.join('\n'));
      });
    }
  });
}
