import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {test} from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('src/version.ts matches package.json', () => {
  const source = readFileSync('src/version.ts', 'utf8');
  assert.match(source, new RegExp(`VERSION = '${pkg.version.replace(/\./g, '\\.')}'`));
});

test('every file package.json points to is built', () => {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements, './dist/iop-family.iife.js'];
  for (const target of targets) assert.ok(existsSync(target), `${target} is missing`);
  for (const element of ['iop-care-levels']) {
    assert.ok(existsSync(`dist/elements/${element}.js`), `dist/elements/${element}.js is missing`);
    assert.ok(existsSync(`dist/types/elements/${element}.d.ts`), `dist/types/elements/${element}.d.ts is missing`);
  }
  assert.match(readFileSync(pkg.types, 'utf8'), /HTMLElementTagNameMap/);
});

test('custom-elements.json documents each element, its attributes and events', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  const careLevels = elements.find((d) => d.tagName === 'iop-care-levels');
  assert.ok(careLevels, 'iop-care-levels is in the manifest');
  assert.deepEqual(
    careLevels.attributes.map((a) => a.name),
    ['highlight', 'levels', 'heading-level'],
  );
  assert.deepEqual(careLevels.events.map((e) => e.name).sort(), ['iop-data-error', 'iop-level-select']);
  assert.ok(careLevels.cssProperties.some((p) => p.name === '--iop-accent'));
});

test('the built files define no development-only Lit code', () => {
  for (const file of ['dist/iop-family.iife.js', ...readdirSync('dist/chunks').map((f) => `dist/chunks/${f}`)]) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /Lit is in dev mode/, file);
  }
});
