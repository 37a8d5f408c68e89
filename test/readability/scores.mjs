/**
 * Readability figures for the text an element shows, in English or Spanish: pure functions, no DOM. Used in
 * Node by the `readability` test-runner command (commands.mjs) and by test/node/readability-scores.test.mjs.
 *
 * The input is a list of items: the separate pieces of text a reader sees or hears (a paragraph, a list item,
 * a heading, a button's label, an accessible name). How they are counted:
 *
 * - Sentences. An item is split into sentences after `.`, `!`, `?` or `…` (with any closing quotes or
 *   brackets after them) followed by a space or the item's end; a few abbreviations (`e.g.`, `p. ej.`…) do not
 *   end one. What is left after the last mark is a sentence too, so an item without end punctuation (a label,
 *   a heading, a button) is one sentence. A sentence without a word is not counted.
 * - Words. A word is a run of letters in any script (with their accents), inner apostrophes and hyphens kept
 *   as one word ("don't", "one-on-one", "Al-Anon"); or a number: digits with inner `.`, `,`, `:`, `-` or `/`
 *   ("1.5", "5:30", "1-800-662-4357" are one word each, as in Flesch's and McLaughlin's counting rules).
 * - Syllables, as the word is said (the SMOG rule; Flesch's too):
 *   - English words: the `syllable` package (wooorm), with a small table of words it miscounts (ENGLISH_WORDS).
 *     A hyphenated word is the sum of its parts.
 *   - Spanish words: spanishSyllables() below, by the regular rules of Spanish syllabification.
 *   - Acronyms (a word of two or more capitals): as said, from ACRONYMS ("IOP" is said I-O-P: 3 syllables, so
 *     it is a polysyllable; "SAMHSA" is said SAM-sa: 2); one not in the table is spelled letter by letter when
 *     it has three letters or fewer or no vowel, and otherwise said as a word ("START").
 *   - Numbers: as said in the item's language, from the digits: "19" nineteen (2), "2026" twenty twenty-six in
 *     English and dos mil veintiséis in Spanish, "1.5" one point five, "5:30" five thirty.
 *   - Phone numbers and short codes, one syllable each, as Flesch counts figures: digit groups joined by dashes
 *     with a group of three or more digits ("1-800-662-4357"), five or more digits in a row ("88788"), and the
 *     codes in PHONE_CODES ("988", "911"). They are dialled rather than read, and no rewording makes them
 *     easier, so they should not decide a figure; said digit by digit, one phone number would weigh as much as
 *     a hard sentence.
 * - Polysyllables: words of three or more syllables.
 *
 * The formulas:
 * - Flesch-Kincaid grade (Kincaid et al. 1975): 0.39 · words/sentences + 11.8 · syllables/words − 15.59,
 *   from the `flesch-kincaid` package (wooorm).
 * - SMOG grade (McLaughlin 1969): 3.1291 + 1.043 · √(polysyllables · 30 / sentences), from `smog-formula` (wooorm).
 * - Fernández-Huerta index (Fernández Huerta 1959, "Medidas sencillas de lecturabilidad", Consigna 214): see
 *   fernandezHuerta() below.
 */
import {fleschKincaid} from 'flesch-kincaid';
import {smogFormula} from 'smog-formula';
import {syllable} from 'syllable';

/** @typedef {'en' | 'es'} Lang */

/**
 * @typedef {object} Counts
 * @property {number} words
 * @property {number} sentences
 * @property {number} syllables
 * @property {number} polysyllables Words of three or more syllables.
 */

/**
 * @typedef {object} Sentence
 * @property {string} text
 * @property {number} words
 * @property {number} syllables
 * @property {number} polysyllables
 * @property {string[]} polysyllabicWords The words of three or more syllables, as written, in order.
 * @property {number} grade The sentence's own figure: Flesch-Kincaid grade in English, Fernández-Huerta index in Spanish.
 * @property {Record<string, number>} impact For each figure of the language, how much worse the whole is with this
 *   sentence than without it (grades: how much higher; Fernández-Huerta: how much lower). The hardest sentences
 *   have the largest impact.
 */

/**
 * @typedef {object} Scores
 * @property {Lang} lang
 * @property {number} items Items given.
 * @property {number} words
 * @property {number} sentences
 * @property {number} syllables
 * @property {number} polysyllables
 * @property {number} [fleschKincaid] English only.
 * @property {number} [smog] English only.
 * @property {number} [fernandezHuerta] Spanish only.
 * @property {Sentence[]} sentenceList Every sentence counted, in the order given.
 */

// ------------------------------------------------------------------------------------------- sentences

/** Abbreviations whose periods do not end a sentence. */
const ABBREVIATIONS = ['e.g.', 'i.e.', 'vs.', 'Dr.', 'p. ej.', 'EE. UU.', 'a. m.', 'p. m.', 'Sr.', 'Sra.', 'Dra.', 'núm.'];
const HELD = '\uE000';

/**
 * An item's sentences: split after . ! ? … (and closing quotes or brackets) followed by a space or the end;
 * the rest after the last mark is a sentence too. Whitespace is collapsed.
 *
 * @param {string} item
 * @returns {string[]}
 */
export function splitSentences(item) {
  let text = item.replace(/\s+/g, ' ').trim();
  for (const abbreviation of ABBREVIATIONS) text = text.split(abbreviation).join(abbreviation.replace(/\./g, HELD));
  return text
    .split(/(?<=[.!?…]+["'”’»)\]]*)\s+/u)
    .map((sentence) => sentence.replace(/\uE000/g, '.').trim())
    .filter((sentence) => sentence !== '');
}

// ----------------------------------------------------------------------------------------------- words

const WORD = /\d+(?:[.,:\-/]\d+)*(?:\p{L}+)?|[\p{L}\p{M}]+(?:['’\-‐][\p{L}\p{M}]+)*/gu;

/**
 * The words of a text: runs of letters (inner apostrophes and hyphens kept) and numbers.
 *
 * @param {string} text
 * @returns {string[]}
 */
export function words(text) {
  return text.match(WORD) ?? [];
}

// ------------------------------------------------------------------------------------------- syllables

/**
 * Acronyms as they are said, in syllables: spelled letter by letter (IOP: I-O-P) or said as a word (SAMHSA:
 * SAM-sa). Spanish readers spell with Spanish letter names (PHP: pe-hache-pe) and put an e before s + consonant
 * (SMART: es-mart).
 *
 * @type {Readonly<Record<string, Readonly<Record<Lang, number>>>>}
 */
export const ACRONYMS = {
  IOP: {en: 3, es: 3},
  PHP: {en: 3, es: 4},
  SAMHSA: {en: 2, es: 2},
  CRAFT: {en: 1, es: 1},
  OARS: {en: 1, es: 1},
  ASAM: {en: 2, es: 2},
  SMART: {en: 1, es: 2},
  START: {en: 1, es: 2},
  AYUDA: {en: 3, es: 3},
  JSON: {en: 2, es: 2},
};

/** Syllables in the name of each letter, for acronyms spelled out. */
const LETTER_NAMES = {
  en: {w: 3},
  es: {f: 2, h: 2, j: 2, l: 2, m: 2, n: 2, ñ: 2, r: 2, s: 2, v: 2, w: 4, x: 2, z: 2},
};

/** Short codes dialled as phone numbers: one syllable each, as phone numbers. */
export const PHONE_CODES = new Set(['988', '911']);

/**
 * Whether a number is a phone number or a short code: counted as one syllable.
 *
 * @param {string} written
 */
export function isPhoneNumber(written) {
  if (PHONE_CODES.has(written) || /^\d{5,}$/.test(written)) return true;
  return /^\d+(?:-\d+)+$/.test(written) && written.split('-').some((group) => group.length >= 3);
}

/**
 * English words the `syllable` package miscounts, with their syllables as a dictionary gives them (checked
 * word by word over all the elements' English text). Add a word here when new text brings one the package is
 * wrong about.
 *
 * @type {Readonly<Record<string, number>>}
 */
export const ENGLISH_WORDS = {
  clashes: 2,
  consequences: 4,
  continuing: 4,
  evening: 2,
  evenings: 2,
  everything: 3,
  ideas: 3,
  lifeline: 2,
  nineteen: 2,
  ninety: 2,
  nurses: 2,
  opioids: 3,
  relapse: 2,
  ruining: 3,
  safety: 2,
  suicide: 3,
};

/**
 * Syllables of an English word (no digits).
 *
 * @param {string} word
 * @returns {number}
 */
function englishWordSyllables(word) {
  const key = word.toLowerCase().replace(/’/g, "'");
  if (Object.hasOwn(ENGLISH_WORDS, key)) return ENGLISH_WORDS[key] ?? 1;
  return Math.max(1, syllable(key));
}

const STRONG = new Set([...'aeoáéóíú']);
const WEAK = new Set([...'iuü']);
const OTHER_VOWELS = {à: 'a', è: 'e', ì: 'i', ò: 'o', ù: 'u', ï: 'í', â: 'a', ê: 'e', î: 'i', ô: 'o', û: 'u'};

/**
 * Syllables of a Spanish word (no digits), from its vowel nuclei. Each run of vowels is one syllable, except:
 * two strong vowels (a, e, o, or any accented vowel) side by side are two (hiatus: "le-er", "pa-ís", "dí-a");
 * an unaccented weak vowel (i, u, ü, and y not followed by a vowel) joins the strong vowel beside it
 * (diphthong "ciu-dad", triphthong "a-ve-ri-guáis", "buey"); a run of weak vowels alone is one ("cui-dar"),
 * unless the same one is doubled ("chi-i-ta"). The u of que, qui, gue and gui is silent (gü is not); h is
 * silent and does not split a diphthong ("prohi-bir", RAE Ortografía 2010 §4.1.1.1.2).
 *
 * @param {string} word
 * @returns {number}
 */
export function spanishSyllables(word) {
  const letters = [
    ...word
      .toLowerCase()
      .normalize('NFC')
      .replace(/h/g, '')
      .replace(/([qg])u(?=[eiéí])/g, '$1'),
  ].map((letter) => OTHER_VOWELS[/** @type {keyof typeof OTHER_VOWELS} */ (letter)] ?? letter);
  const isVowel = (/** @type {number} */ i) => {
    const letter = letters[i] ?? '';
    if (STRONG.has(letter) || WEAK.has(letter)) return true;
    if (letter !== 'y') return false;
    const next = letters[i + 1] ?? '';
    return !(STRONG.has(next) || WEAK.has(next));
  };
  let count = 0;
  for (let i = 0; i < letters.length;) {
    if (!isVowel(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end < letters.length && isVowel(end)) end++;
    const run = letters.slice(i, end).map((letter) => (letter === 'y' ? 'i' : letter === 'ü' ? 'u' : letter));
    const strong = run.filter((letter) => STRONG.has(letter)).length;
    count += strong > 0 ? strong : 1 + run.filter((letter, k) => k > 0 && letter === run[k - 1]).length;
    i = end;
  }
  return Math.max(1, count);
}

const EN_ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ES_UNITS = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const ES_TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const ES_HUNDREDS = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

/**
 * A whole number below a million in words.
 *
 * @param {number} n
 * @param {Lang} lang
 * @returns {string}
 */
export function cardinal(n, lang) {
  if (lang === 'en') {
    if (n < 20) return EN_ONES[n] ?? '';
    if (n < 100) return `${EN_TENS[Math.floor(n / 10)] ?? ''}${n % 10 ? `-${EN_ONES[n % 10] ?? ''}` : ''}`;
    if (n < 1000) return `${EN_ONES[Math.floor(n / 100)] ?? ''} hundred${n % 100 ? ` ${cardinal(n % 100, lang)}` : ''}`;
    return `${cardinal(Math.floor(n / 1000), lang)} thousand${n % 1000 ? ` ${cardinal(n % 1000, lang)}` : ''}`;
  }
  if (n < 30) return ES_UNITS[n] ?? '';
  if (n < 100) return `${ES_TENS[Math.floor(n / 10)] ?? ''}${n % 10 ? ` y ${ES_UNITS[n % 10] ?? ''}` : ''}`;
  if (n === 100) return 'cien';
  if (n < 1000) return `${ES_HUNDREDS[Math.floor(n / 100)] ?? ''}${n % 100 ? ` ${cardinal(n % 100, lang)}` : ''}`;
  const thousands = Math.floor(n / 1000);
  return `${thousands === 1 ? '' : `${cardinal(thousands, lang)} `}mil${n % 1000 ? ` ${cardinal(n % 1000, lang)}` : ''}`;
}

/**
 * A number as it is said, in words (phone numbers digit by digit, though syllables() counts them as one).
 *
 * @param {string} written Digits with inner . , : - or /, as matched by words().
 * @param {Lang} lang
 * @returns {string}
 */
export function numberInWords(written, lang) {
  const digitByDigit = (/** @type {string} */ digits) => [...digits].map((digit) => cardinal(Number(digit), lang)).join(' ');
  if (isPhoneNumber(written)) return digitByDigit(written.replace(/-/g, ''));
  if (/[-/]/.test(written))
    return written
      .split(/[-/]/)
      .map((part) => numberInWords(part, lang))
      .join(' ');
  if (written.includes(':')) {
    const [hours = '', minutes = ''] = written.split(':');
    const zero = lang === 'en' ? 'oh' : 'cero';
    const spokenMinutes = /^0+$/.test(minutes)
      ? ''
      : minutes.startsWith('0')
        ? `${zero} ${cardinal(Number(minutes), lang)}`
        : cardinal(Number(minutes), lang);
    return `${cardinal(Number(hours), lang)}${spokenMinutes ? ` ${spokenMinutes}` : ''}`;
  }
  const [group, decimal] = lang === 'en' ? [',', '.'] : ['.', ','];
  const plain = written.replace(new RegExp(`\\${group}(?=\\d{3}(?!\\d))`, 'g'), '');
  const [whole = '', fraction] = plain.split(decimal);
  if (/\D/.test(whole) || whole.length >= 5 || (fraction !== undefined && /\D/.test(fraction)))
    return digitByDigit(plain.replace(/\D/g, ''));
  const n = Number(whole);
  // English years: "twenty twenty-six", "nineteen oh five".
  const year = lang === 'en' && whole.length === 4 && n >= 1100 && n < 2100 && n % 100 !== 0 && !(n >= 2000 && n < 2010);
  const spokenWhole = year
    ? `${cardinal(Math.floor(n / 100), lang)} ${n % 100 < 10 ? `oh ${cardinal(n % 100, lang)}` : cardinal(n % 100, lang)}`
    : cardinal(n, lang);
  if (fraction === undefined) return spokenWhole;
  return `${spokenWhole} ${lang === 'en' ? 'point' : 'coma'} ${digitByDigit(fraction)}`;
}

/**
 * Syllables of one word (as words() gives them) as it is said in `lang`.
 *
 * @param {string} word
 * @param {Lang} lang
 * @returns {number}
 */
export function syllables(word, lang) {
  if (/^\d/.test(word)) {
    const [, number = '', suffix = ''] = /^([\d.,:\-/]*\d)(\p{L}*)$/u.exec(word) ?? [];
    // An ordinal such as 3rd or 1st is said as its number (third, first); other letters after digits ("24h") as a word.
    const extra = /^(?:st|nd|rd|th|º|ª|o|a|er|ra)$/i.test(suffix) || suffix === '' ? 0 : syllables(suffix, lang);
    return (isPhoneNumber(number) ? 1 : sumOfWords(numberInWords(number, lang), lang)) + extra;
  }
  const parts = word.split(/[-‐]/).filter(Boolean);
  if (parts.length > 1) return parts.reduce((sum, part) => sum + syllables(part, lang), 0);
  const acronym = ACRONYMS[word];
  if (acronym) return acronym[lang];
  if (/^\p{Lu}{2,}$/u.test(word)) {
    const spelled = word.length <= 3 || !/[AEIOUÁÉÍÓÚ]/.test(word);
    if (spelled) {
      const names = /** @type {Record<string, number>} */ (LETTER_NAMES[lang]);
      return [...word.toLowerCase()].reduce((sum, letter) => sum + (names[letter] ?? 1), 0);
    }
  }
  return lang === 'en' ? englishWordSyllables(word) : spanishSyllables(word);
}

/**
 * @param {string} text Words separated by spaces (hyphens allowed).
 * @param {Lang} lang
 */
function sumOfWords(text, lang) {
  return words(text).reduce((sum, word) => sum + syllables(word, lang), 0);
}

// ---------------------------------------------------------------------------------------------- formulas

/**
 * Flesch-Kincaid grade level.
 *
 * @param {Counts} counts
 * @returns {number}
 */
export function fleschKincaidGrade(counts) {
  return fleschKincaid({word: counts.words, sentence: counts.sentences, syllable: counts.syllables});
}

/**
 * SMOG grade.
 *
 * @param {Counts} counts
 * @returns {number}
 */
export function smogGrade(counts) {
  return smogFormula({sentence: counts.sentences, polysillabicWord: counts.polysyllables});
}

/**
 * Fernández-Huerta index (Fernández Huerta J. Medidas sencillas de lecturabilidad. Consigna 1959;214:29-32),
 * Flesch's reading ease adapted to Spanish: L = 206.84 − 0.60 · P − 1.02 · F, where P is the syllables per 100
 * words and F the words per sentence. 100 is very easy, 70 to 80 fairly easy (6th grade), 60 to 70 normal.
 *
 * F is words per sentence, as in Flesch's formula the index adapts (206.835 − 84.6 · syllables/word − 1.015 ·
 * words/sentence) and as computed by textstat and legible.es. The formula is often quoted with F as the
 * sentences per 100 words, which makes shorter sentences score lower; that reading is a transcription error
 * (Gwillim Law, "Error in the Fernandez Huerta Readability Formula", LINGUIST List 22.2332, 2011).
 *
 * @param {Counts} counts
 * @returns {number}
 */
export function fernandezHuerta(counts) {
  if (!counts.words || !counts.sentences) return Number.NaN;
  const perHundredWords = (100 * counts.syllables) / counts.words;
  return 206.84 - 0.6 * perHundredWords - 1.02 * (counts.words / counts.sentences);
}

/**
 * The figures of a language for some counts.
 *
 * @param {Counts} counts
 * @param {Lang} lang
 * @returns {Record<string, number>}
 */
export function figures(counts, lang) {
  return lang === 'en' ? {fleschKincaid: fleschKincaidGrade(counts), smog: smogGrade(counts)} : {fernandezHuerta: fernandezHuerta(counts)};
}

// ------------------------------------------------------------------------------------------------ scores

/**
 * Counts for one sentence.
 *
 * @param {string} text
 * @param {Lang} lang
 */
function countSentence(text, lang) {
  const found = words(text);
  const perWord = found.map((word) => syllables(word, lang));
  const polysyllabicWords = found.filter((_, i) => (perWord[i] ?? 0) >= 3);
  return {
    text,
    words: found.length,
    syllables: perWord.reduce((sum, n) => sum + n, 0),
    polysyllables: polysyllabicWords.length,
    polysyllabicWords,
  };
}

/**
 * Scores a list of items in one language.
 *
 * @param {readonly string[]} items
 * @param {Lang} lang
 * @param {{distinct?: boolean}} [options] `distinct`: count each distinct sentence once, however many items
 *   have it (an element's text over all its states, where one sentence can end several messages).
 * @returns {Scores}
 */
export function score(items, lang, {distinct = false} = {}) {
  const all = items.flatMap((item) => splitSentences(item));
  const counted = (distinct ? [...new Set(all)] : all).map((text) => countSentence(text, lang)).filter((s) => s.words > 0);
  /** @type {Counts} */
  const total = {
    words: counted.reduce((sum, s) => sum + s.words, 0),
    sentences: counted.length,
    syllables: counted.reduce((sum, s) => sum + s.syllables, 0),
    polysyllables: counted.reduce((sum, s) => sum + s.polysyllables, 0),
  };
  const whole = figures(total, lang);
  const sentenceList = counted.map((s) => {
    const own = {words: s.words, sentences: 1, syllables: s.syllables, polysyllables: s.polysyllables};
    const without = figures(
      {
        words: total.words - s.words,
        sentences: total.sentences - 1,
        syllables: total.syllables - s.syllables,
        polysyllables: total.polysyllables - s.polysyllables,
      },
      lang,
    );
    /** @type {Record<string, number>} */
    const impact = {};
    for (const [name, value] of Object.entries(whole)) {
      const rest = without[name] ?? Number.NaN;
      const change = name === 'fernandezHuerta' ? rest - value : value - rest;
      impact[name] = Number.isFinite(change) ? change : 0;
    }
    const grade = lang === 'en' ? fleschKincaidGrade(own) : fernandezHuerta(own);
    return {...s, grade, impact};
  });
  return {lang, items: items.length, ...total, ...whole, sentenceList};
}

/**
 * The sentences that pull a figure the most (largest impact first).
 *
 * @param {Scores} scores
 * @param {string} figure fleschKincaid, smog or fernandezHuerta.
 * @param {number} [count]
 * @returns {Sentence[]}
 */
export function hardest(scores, figure, count = 5) {
  return [...scores.sentenceList].sort((a, b) => (b.impact[figure] ?? 0) - (a.impact[figure] ?? 0)).slice(0, count);
}
