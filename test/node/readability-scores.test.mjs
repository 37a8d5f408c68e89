/**
 * The counters and formulas behind the readability test (test/readability/scores.mjs), on examples counted by
 * hand. Run alone with `node --test test/node/readability-scores.test.mjs`.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
  fernandezHuerta,
  hardest,
  numberInWords,
  score,
  spanishSyllables,
  splitSentences,
  syllables,
  words,
} from '../readability/scores.mjs';

const near = (actual, expected, within = 0.01) =>
  assert.ok(Math.abs(actual - expected) <= within, `expected about ${String(expected)}, got ${String(actual)}`);

test('English: a long sentence has 17 words, 32 syllables and a grade of about 13.3', () => {
  const sentence = 'Support without enabling: let natural consequences happen instead of covering up or fixing problems caused by use.';
  const scores = score([sentence], 'en');
  assert.equal(scores.words, 17);
  assert.equal(scores.sentences, 1);
  // sup-port with-out en-a-bling let nat-u-ral con-se-quen-ces hap-pen in-stead of cov-er-ing up or fix-ing
  // prob-lems caused by use
  assert.equal(scores.syllables, 32);
  assert.deepEqual(scores.sentenceList[0]?.polysyllabicWords, ['enabling', 'natural', 'consequences', 'covering']);
  // 0.39 · 17 + 11.8 · 32/17 − 15.59
  near(scores.fleschKincaid ?? NaN, 13.25);
  // 3.1291 + 1.043 · √(4 · 30)
  near(scores.smog ?? NaN, 14.55);
});

test('English: short plain sentences score low', () => {
  const scores = score(['Call us. We can help you find care.', 'Next step'], 'en');
  assert.equal(scores.sentences, 3);
  assert.equal(scores.words, 10);
  // call us · we can help you find care · next step: one syllable each
  assert.equal(scores.syllables, 10);
  assert.equal(scores.polysyllables, 0);
  near(scores.fleschKincaid ?? NaN, 0.39 * (10 / 3) + 11.8 - 15.59);
  near(scores.smog ?? NaN, 3.1291);
});

test('English: words the syllable package miscounts are corrected', () => {
  const known = {safety: 2, evening: 2, relapse: 2, lifeline: 2, suicide: 3, continuing: 4, everything: 3, ideas: 3, opioids: 3};
  for (const [word, count] of Object.entries(known)) assert.equal(syllables(word, 'en'), count, word);
  assert.equal(syllables('Safety', 'en'), 2);
});

test('Spanish: syllables of words whose count is known', () => {
  const known = {
    país: 2, // pa-ís: an accented weak vowel is a hiatus
    ciudad: 2, // ciu-dad: weak + weak is a diphthong
    guerra: 2, // gue-rra: the u of gue is silent
    buey: 1, // a triphthong with final y
    reír: 2,
    día: 2,
    averiguáis: 4, // a-ve-ri-guáis: a triphthong
    tratamiento: 4,
    ambulatorio: 5,
    naloxona: 4,
    ayuda: 3, // a-yu-da: y before a vowel is a consonant
    y: 1,
    muy: 1,
    leer: 2, // le-er: two strong vowels
    aéreo: 4,
    cuidar: 2,
    pingüino: 3, // pin-güi-no: ü is said
    quien: 1,
    alcohol: 3, // al-co-hol: h does not stop a hiatus either
    familia: 3,
    hospitalización: 6,
    construí: 2,
  };
  for (const [word, count] of Object.entries(known)) assert.equal(spanishSyllables(word), count, word);
});

test('Spanish: the Fernández-Huerta index of a passage counted by hand', () => {
  const passage = 'Su familia puede ayudar. Hable con calma y escuche sin juzgar. El tratamiento ambulatorio intensivo dura unas semanas.';
  const scores = score([passage], 'es');
  // su fa-mi-lia pue-de a-yu-dar (4 words, 9 syllables) · ha-ble con cal-ma y es-cu-che sin juz-gar (7, 12) ·
  // el tra-ta-mien-to am-bu-la-to-rio in-ten-si-vo du-ra u-nas se-ma-nas (7, 21)
  assert.deepEqual([scores.words, scores.sentences, scores.syllables], [18, 3, 42]);
  // 206.84 − 0.60 · (42 · 100 / 18) − 1.02 · (18 / 3) = 206.84 − 140 − 6.12
  near(scores.fernandezHuerta ?? NaN, 60.72);
  near(fernandezHuerta({words: 100, sentences: 5, syllables: 200, polysyllables: 0}), 206.84 - 120 - 20.4);
});

test('Fernández-Huerta: shorter sentences read more easily, not less', () => {
  const long = fernandezHuerta({words: 100, sentences: 4, syllables: 200, polysyllables: 0});
  const short = fernandezHuerta({words: 100, sentences: 10, syllables: 200, polysyllables: 0});
  assert.ok(short > long);
});

test('sentences: split at . ! ? … and closing quotes; an item without end punctuation is one sentence', () => {
  assert.deepEqual(splitSentences('Adults: 9 or more hours a week. Teens: 6 or more. Usually under 20'), [
    'Adults: 9 or more hours a week.',
    'Teens: 6 or more.',
    'Usually under 20',
  ]);
  assert.deepEqual(splitSentences('“¿Vienes?” Ella dijo: “Sí.” Bien… Luego, p. ej. esto.'), [
    '“¿Vienes?”',
    'Ella dijo: “Sí.”',
    'Bien…',
    'Luego, p. ej. esto.',
  ]);
  assert.deepEqual(splitSentences('Where this information comes from'), ['Where this information comes from']);
  assert.deepEqual(splitSentences('1.5 hours'), ['1.5 hours']);
  assert.equal(score(['→', '…'], 'en').sentences, 0);
});

test('words: letters in any script, inner apostrophes and hyphens, numbers as one word each', () => {
  assert.deepEqual(words('Don’t go one-on-one with Al-Anon; call 1-800-662-4357 at 5:30.'), [
    'Don’t',
    'go',
    'one-on-one',
    'with',
    'Al-Anon',
    'call',
    '1-800-662-4357',
    'at',
    '5:30',
  ]);
  assert.deepEqual(words('¿Qué día? El miércoles, 1,5 horas.'), ['Qué', 'día', 'El', 'miércoles', '1,5', 'horas']);
});

test('numbers are said as words in the language', () => {
  assert.equal(numberInWords('19', 'en'), 'nineteen');
  assert.equal(syllables('19', 'en'), 2);
  assert.equal(numberInWords('2026', 'en'), 'twenty twenty-six');
  assert.equal(numberInWords('2026', 'es'), 'dos mil veintiséis');
  assert.equal(syllables('2026', 'es'), 5);
  assert.equal(numberInWords('1.5', 'en'), 'one point five');
  assert.equal(numberInWords('1,5', 'es'), 'uno coma cinco');
  assert.equal(numberInWords('5:30', 'en'), 'five thirty');
  assert.equal(numberInWords('7:00', 'en'), 'seven');
  assert.equal(numberInWords('1-800-662-4357', 'en'), 'one eight zero zero six six two four three five seven');
  assert.equal(numberInWords('100', 'es'), 'cien');
  assert.equal(numberInWords('1,000', 'en'), 'one thousand');
  assert.equal(syllables('9', 'en'), 1);
  assert.equal(syllables('20', 'es'), 2);
});

test('phone numbers and short codes are one syllable, as Flesch counts figures', () => {
  for (const number of ['988', '911', '88788', '1-800-662-4357', '1-800-799-7233']) {
    assert.equal(syllables(number, 'en'), 1, number);
    assert.equal(syllables(number, 'es'), 1, number);
  }
  assert.equal(syllables('9-12', 'en'), 2);
});

test('with distinct, a sentence in several items counts once', () => {
  const items = ['That is less than IOP usually has. Ask the program.', 'That is more than IOP usually has. Ask the program.'];
  assert.equal(score(items, 'en').sentences, 4);
  assert.equal(score(items, 'en', {distinct: true}).sentences, 3);
});

test('acronyms are counted as said', () => {
  assert.equal(syllables('IOP', 'en'), 3);
  assert.equal(syllables('PHP', 'es'), 4);
  assert.equal(syllables('SAMHSA', 'en'), 2);
  assert.equal(syllables('CRAFT', 'en'), 1);
  assert.equal(syllables('SMART', 'es'), 2);
  // Not in the table: three letters are spelled, longer ones with a vowel said as a word.
  assert.equal(syllables('FDA', 'en'), 3);
  assert.equal(syllables('NIDA', 'en'), 2);
});

test('the hardest sentences are the ones that pull a figure the most', () => {
  const scores = score(
    [
      'Call us.',
      'Intensive outpatient treatment usually includes individual counseling, medication management and education.',
      'We can help.',
    ],
    'en',
  );
  assert.equal(hardest(scores, 'smog', 1)[0]?.text.startsWith('Intensive'), true);
  assert.equal(hardest(scores, 'fleschKincaid', 1)[0]?.text.startsWith('Intensive'), true);
  const spanish = score(['Llame hoy.', 'La hospitalización parcial ofrece tratamiento ambulatorio intensivo.'], 'es');
  assert.equal(hardest(spanish, 'fernandezHuerta', 1)[0]?.text.startsWith('La hospitalización'), true);
});
