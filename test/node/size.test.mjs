import assert from 'node:assert/strict';
import {test} from 'node:test';
import {kb, pageWeight} from '../../scripts/sizes.mjs';

/** The budget for everything an English page loads from `<script type="module" src="dist/iop-family.js">`. */
const ENGLISH_PAGE_BROTLI_BUDGET = 20_000;

test(`an English page loads at most ${kb(ENGLISH_PAGE_BROTLI_BUDGET)} brotli`, () => {
  const english = pageWeight('dist/iop-family.js');
  const spanish = pageWeight('dist/iop-family.js', /-es-/);
  const classic = pageWeight('dist/iop-family.iife.js');
  const rows = [
    ['English page (module)', english],
    ['Spanish page (module)', spanish],
    ['Classic script (all languages)', classic],
  ];
  for (const [name, w] of rows)
    console.log(
      `${name.padEnd(32)} min ${kb(w.min).padStart(8)}  gzip ${kb(w.gzip).padStart(8)}  brotli ${kb(w.brotli).padStart(8)}  (${w.files.join(', ')})`,
    );
  assert.ok(english.files.length >= 1);
  assert.ok(!english.files.some((f) => f.includes('-es-')), 'the Spanish text is not loaded on an English page');
  assert.ok(
    english.brotli <= ENGLISH_PAGE_BROTLI_BUDGET,
    `English page loads ${kb(english.brotli)} brotli, over the ${kb(ENGLISH_PAGE_BROTLI_BUDGET)} budget`,
  );
});
