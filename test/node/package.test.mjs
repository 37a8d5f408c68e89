import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {Script} from 'node:vm';
import {packList} from '../hosts/harness.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const TAGS = ['iop-care-levels', 'iop-weekly-schedule', 'iop-family-roles', 'iop-conversation-guide'];

/** What `npm pack` would put in the tarball, listed once for the tests below. */
let packing;
const packed = () => (packing ??= packList());

test('src/version.ts matches package.json', () => {
  const source = readFileSync('src/version.ts', 'utf8');
  assert.match(source, new RegExp(`VERSION = '${pkg.version.replace(/\./g, '\\.')}'`));
});

test('every file package.json points to is built', () => {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements, './dist/iop-family.iife.js'];
  for (const target of targets) assert.ok(existsSync(target), `${target} is missing`);
  for (const element of TAGS) {
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
    ['highlight', 'levels', 'heading-level', 'clinic-json'],
  );
  assert.deepEqual(careLevels.events.map((e) => e.name).sort(), ['iop-data-error', 'iop-level-select']);
  assert.ok(careLevels.cssProperties.some((p) => p.name === '--iop-accent'));
  const schedule = elements.find((d) => d.tagName === 'iop-weekly-schedule');
  assert.ok(schedule, 'iop-weekly-schedule is in the manifest');
  assert.deepEqual(
    schedule.attributes.map((a) => a.name),
    ['track', 'audience', 'heading-level', 'schedule-json'],
  );
  assert.deepEqual(schedule.events.map((e) => e.name).sort(), ['iop-data-error', 'iop-track-select']);
  const roles = elements.find((d) => d.tagName === 'iop-family-roles');
  assert.ok(roles, 'iop-family-roles is in the manifest');
  assert.deepEqual(
    roles.attributes.map((a) => a.name),
    ['relationship', 'phase', 'heading-level', 'clinic-json'],
  );
  assert.deepEqual(roles.events.map((e) => e.name).sort(), ['iop-data-error', 'iop-roles-change']);
  const guide = elements.find((d) => d.tagName === 'iop-conversation-guide');
  assert.ok(guide, 'iop-conversation-guide is in the manifest');
  assert.deepEqual(
    guide.attributes.map((a) => a.name),
    ['step', 'scenario', 'remember-plan', 'heading-level', 'clinic-json'],
  );
  assert.deepEqual(guide.events.map((e) => e.name).sort(), ['iop-data-error', 'iop-guide-change']);
});

test('custom-elements.json shows only the public API, with enumerated values spelled out', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  assert.equal(elements.length, 4);
  for (const element of elements) {
    const hidden = (element.members ?? []).filter((m) => (m.privacy && m.privacy !== 'public') || m.name.startsWith('#') || m.static);
    assert.deepEqual(
      hidden.map((m) => m.name),
      [],
      `${element.tagName} lists private, protected or static members`,
    );
    assert.ok(!element.members?.some((m) => ['styles', 'render', 'willUpdate', 'connectedCallback'].includes(m.name)), element.tagName);
    for (const event of element.events)
      assert.match(event.type?.text ?? '', /^CustomEvent<\w+Detail>$/, `${element.tagName} ${event.name}`);
  }
  const typeOf = (tag, attribute) => elements.find((d) => d.tagName === tag).attributes.find((a) => a.name === attribute).type.text;
  const union = (ids) => ids.map((id) => `'${id}'`).join(' | ');
  assert.equal(typeOf('iop-care-levels', 'highlight'), union(['withdrawal', 'residential', 'php', 'iop', 'outpatient', 'continuing']));
  assert.equal(typeOf('iop-weekly-schedule', 'audience'), union(['adult', 'teen']));
  assert.equal(
    typeOf('iop-family-roles', 'relationship'),
    union(['partner', 'parent-teen', 'parent-adult', 'child-sibling', 'friend', 'other']),
  );
  assert.equal(typeOf('iop-family-roles', 'phase'), union(['before', 'during', 'after']));
  assert.equal(typeOf('iop-conversation-guide', 'scenario'), union(['considering', 'missing-sessions', 'return-to-use', 'teen']));
  assert.equal(
    typeOf('iop-conversation-guide', 'step'),
    // A framework may set the step as a number.
    `${union(['1', '2', '3', '4', '5', '6', 'prepare', 'open', 'listen', 'pushback', 'next-step', 'after'])} | number`,
  );
});

test('every module custom-elements.json names is a shipped file', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const paths = manifest.modules.map((m) => m.path);
  for (const path of paths) {
    assert.match(path, /^dist\//, `${path} is not in the package`);
    assert.ok(existsSync(path), `${path} is not built`);
  }
  const references = [];
  const collect = (value) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      if (typeof value.module === 'string') references.push(value.module);
      Object.values(value).forEach(collect);
    }
  };
  collect(manifest.modules);
  assert.ok(references.length > 0);
  for (const module of references) assert.ok(paths.includes(module), `a reference points at ${module}, which the manifest does not list`);
  for (const tag of TAGS) {
    const module = manifest.modules.find((m) => m.path === `dist/elements/${tag}.js`);
    assert.ok(
      module?.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag),
      `dist/elements/${tag}.js defines <${tag}>`,
    );
  }
});

test('the schedule JSON Schema lists the same days and session types as the element', () => {
  const schema = JSON.parse(readFileSync('schema/iop-weekly-schedule.schema.json', 'utf8'));
  const types = readFileSync('src/components/weekly-schedule/weekly-schedule.types.ts', 'utf8');
  const list = (name) => JSON.parse(new RegExp(`${name} = (\\[[^\\]]*\\])`).exec(types)[1].replace(/'/g, '"'));
  assert.deepEqual(schema.$defs.session.properties.day.enum, list('DAY_IDS'));
  assert.deepEqual(schema.$defs.session.properties.type.enum, list('SESSION_TYPES'));
});

test('the built files define no development-only Lit code', () => {
  for (const file of ['dist/iop-family.iife.js', ...readdirSync('dist/chunks').map((f) => `dist/chunks/${f}`)]) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /Lit is in dev mode/, file);
  }
});

test('npm pack ships the builds, typings, schemas and documents, and nothing else', async () => {
  const {files, entryCount, size, unpackedSize} = await packed();
  const paths = files.map((file) => file.path);
  console.log(`npm pack: ${entryCount} files, ${(size / 1000).toFixed(1)} kB packed, ${(unpackedSize / 1000).toFixed(1)} kB unpacked`);
  const walk = (dir) =>
    readdirSync(dir, {withFileTypes: true, recursive: true})
      .filter((e) => e.isFile())
      .map((e) => `${e.parentPath}/${e.name}`);
  const wanted = [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'custom-elements.json',
    'dist/iop-family.js',
    'dist/iop-family.iife.js',
    'dist/iop-family.bundler.js',
    'dist/json-script.js',
    'dist/node/iop-family.js',
    'dist/types/iop-family.d.ts',
    'dist/sri.json',
    ...TAGS.flatMap((tag) => [`dist/elements/${tag}.js`, `dist/node/elements/${tag}.js`, `dist/types/elements/${tag}.d.ts`]),
    ...walk('dist/chunks'),
    ...walk('dist/types'),
    ...['react', 'vue', 'preact', 'svelte'].map((name) => `types/${name}.d.ts`),
    ...readdirSync('schema').map((name) => `schema/${name}`),
  ];
  assert.ok(walk('dist/chunks').length > 0 && readdirSync('schema').length > 0);
  const missing = wanted.filter((path) => !paths.includes(path));
  assert.deepEqual(missing, [], `not packed: ${missing.join(', ')}`);

  const allowed = [
    /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json)$/,
    /^dist\/([\w-]+\/)*[\w.-]+\.(js|d\.ts|json)$/,
    /^types\/[\w-]+\.d\.ts$/,
    /^schema\/[\w-]+\.schema\.json$/,
  ];
  const unwanted = paths.filter(
    (path) => !allowed.some((pattern) => pattern.test(path)) || /\.map$|(^|\/)(src|test|stories|\.work)\//.test(path),
  );
  assert.deepEqual(unwanted, [], `packed but not meant for clinics: ${unwanted.join(', ')}`);
});

test('the exports map gives each JSON Schema as iop-family/schema/<name>', async () => {
  const schemas = (await packed()).files.map((file) => file.path).filter((path) => path.startsWith('schema/'));
  assert.ok(schemas.includes('schema/iop-weekly-schedule.schema.json'));
  // The package resolves its own name through its exports map, as a clinic's app resolves it in node_modules.
  for (const schema of schemas) assert.equal(fileURLToPath(import.meta.resolve(`iop-family/${schema}`)), resolve(schema));
});

test('jsdelivr and unpkg name the classic script, which runs as a classic script (no import or export)', async () => {
  const paths = (await packed()).files.map((file) => file.path);
  for (const field of ['jsdelivr', 'unpkg']) {
    assert.ok(paths.includes(pkg[field]), `${field}: ${pkg[field]} is not packed`);
    assert.doesNotThrow(() => new Script(readFileSync(pkg[field], 'utf8'), {filename: pkg[field]}), `${field}: ${pkg[field]}`);
  }
  // The check can tell: the module loader is a syntax error as a classic script.
  assert.throws(() => new Script(readFileSync('dist/iop-family.js', 'utf8')), SyntaxError);
});
