import assert from 'node:assert/strict';
import {test} from 'node:test';
import {readdirSync, readFileSync} from 'node:fs';
import {elementModules, kb, pageWeight, pageWith, sizeOf} from '../../scripts/sizes.mjs';

const fileWeight = (file) => ({files: [file], ...sizeOf(readFileSync(file))});

/** Everything an English page with one element downloads, from `<script type="module" src="dist/iop-family.js">`. */
const ONE_ELEMENT_PAGE_BROTLI = 20_000;
/** The loader every page downloads, even one with no element on it. */
const LOADER_BROTLI = 1_000;
/** The shared runtime (lit, localization, controllers, shared styles) every element needs. */
const RUNTIME_BROTLI = 11_500;
/**
 * Each element's own module. A page with every element loads the loader, the runtime and every element, so
 * these budgets bound it too; `npm run bench` reports it against the 20 kB product target.
 */
const ELEMENT_BROTLI = 9_000;

const row = (name, w) =>
  `${name.padEnd(34)} min ${kb(w.min).padStart(8)}  gzip ${kb(w.gzip).padStart(8)}  brotli ${kb(w.brotli).padStart(8)}  ${w.files.length} file(s)`;

const tags = elementModules().map((m) => m.tag);

test('what pages download stays within budget', () => {
  const loader = pageWeight('dist/iop-family.js');
  console.log(row('Loader only (no element on page)', loader));
  assert.ok(loader.brotli <= LOADER_BROTLI, `the loader is ${kb(loader.brotli)} brotli, over ${kb(LOADER_BROTLI)}`);

  const runtime = fileWeight(`dist/chunks/${readdirSync('dist/chunks').find((f) => f.startsWith('runtime-'))}`);
  console.log(row('Shared runtime', runtime));
  assert.ok(runtime.brotli <= RUNTIME_BROTLI, `the runtime is ${kb(runtime.brotli)} brotli, over ${kb(RUNTIME_BROTLI)}`);

  for (const tag of tags) {
    const own = fileWeight(`dist/elements/${tag}.js`);
    assert.ok(own.brotli <= ELEMENT_BROTLI, `<${tag}>'s module is ${kb(own.brotli)} brotli, over ${kb(ELEMENT_BROTLI)}`);
    const english = pageWith([tag]);
    const spanish = pageWith([tag], 'es');
    console.log(row(`English page with <${tag}>`, english));
    console.log(row(`Spanish page with <${tag}>`, spanish));
    assert.ok(!english.files.some((f) => /[/-]es-/.test(f)), 'the Spanish text is not loaded on an English page');
    assert.ok(
      spanish.files.some((f) => /[/-]es-/.test(f)),
      'the Spanish text is loaded on a Spanish page',
    );
    assert.ok(
      english.brotli <= ONE_ELEMENT_PAGE_BROTLI,
      `an English page with <${tag}> loads ${kb(english.brotli)} brotli, over ${kb(ONE_ELEMENT_PAGE_BROTLI)}`,
    );
  }

  const all = pageWith(tags);
  console.log(row('English page with every element', all));
  console.log(row('Spanish page with every element', pageWith(tags, 'es')));
  console.log(row('Classic script (everything)', pageWeight('dist/iop-family.iife.js')));
});
