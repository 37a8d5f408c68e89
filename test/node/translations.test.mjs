import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';

const ids = (xlf) => new Set([...xlf.matchAll(/<trans-unit id="([^"]+)">/g)].map((m) => m[1]));

test('locales/es.xlf has a Spanish target for every unit, with the same placeholders', () => {
  execFileSync('node', ['scripts/xliff.mjs', 'check', 'es'], {stdio: 'pipe'});
});

test('locales/es.xlf is up to date with every msg() in src (run npm run localize:extract)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-xliff-'));
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  config.interchange.xliffDir = dir;
  config.inputFiles = config.inputFiles.map((glob) => join(process.cwd(), glob));
  const configFile = join(dir, 'lit-localize.json');
  writeFileSync(configFile, JSON.stringify(config));
  cpSync('tsconfig.json', join(dir, 'tsconfig.json'));
  execFileSync('npx', ['lit-localize', 'extract', '--config', configFile], {stdio: 'pipe'});
  const fresh = ids(readFileSync(join(dir, 'es.xlf'), 'utf8'));
  const committed = ids(readFileSync('locales/es.xlf', 'utf8'));
  assert.deepEqual(
    [...fresh].filter((id) => !committed.has(id)),
    [],
    'messages in src missing from locales/es.xlf',
  );
  assert.deepEqual(
    [...committed].filter((id) => !fresh.has(id)),
    [],
    'units in locales/es.xlf no longer in src',
  );
});
