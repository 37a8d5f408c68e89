/**
 * The framework typings (types/*.d.ts, written by scripts/framework-types.mjs) as a clinic's developer gets
 * them: the package is packed with `npm pack` and unpacked into node_modules/iop-family of a throwaway app in
 * the system's temp folder, next to links to the repository's react, @types/react, vue and the package's own
 * dependencies (lit, @lit/localize), as an install would place them. TypeScript then checks small apps
 * written below: everything they use must type-check, and every `@ts-expect-error` line must really be an
 * error (an unused one is an error too), so a typing that is too loose or too strict fails the test.
 *
 * Needs `npm run build` first. Run alone with `node --test test/node/framework-types.test.mjs`.
 */
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {after, before, test} from 'node:test';
import ts from 'typescript';
import {frameworkTypes} from '../../scripts/framework-types.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('types/ is what custom-elements.json gives now (run `npm run build` if not)', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  for (const [file, text] of frameworkTypes(manifest)) {
    assert.ok(existsSync(file), `${file} is missing`);
    assert.equal(readFileSync(file, 'utf8'), text, `${file} is stale`);
  }
});

/** A React 19 app using every element, with properties, attributes, JSON text and events. */
const REACT_APP = `import type {} from 'iop-family/react';
import type {CareLevelsClinicData, IopCareLevels, LevelSelectDetail, ScheduleJson} from 'iop-family';
import {useRef, type ReactElement} from 'react';

const clinic: CareLevelsClinicData = {clinic: 'Riverside', levels: {iop: {name: 'Evening IOP', hours: {min: 9, max: 12}}}};
const schedule: ScheduleJson = JSON.parse('{}') as ScheduleJson;

export function App(): ReactElement {
  const ref = useRef<IopCareLevels>(null);
  const chosen = (event: CustomEvent<LevelSelectDetail>): string => event.detail.level;
  return (
    <main>
      <iop-care-levels
        ref={ref}
        key="levels"
        className="wide"
        style={{maxWidth: '60rem'}}
        id="levels"
        highlight="php"
        levels="residential iop outpatient"
        heading-level="3"
        headingLevel={3}
        clinic={clinic}
        oniop-level-select={(event) => console.log(event.detail.level.toUpperCase())}
        oniop-data-error={(event) => console.warn(event.detail.problems.map((problem) => problem.message))}
      />
      <iop-care-levels clinic-json='{"clinic": "Riverside"}' oniop-level-select={chosen} onClick={() => undefined} />
      <iop-weekly-schedule
        audience="teen"
        track="evening"
        schedule={schedule}
        schedule-json="{}"
        heading-level={2}
        oniop-track-select={(event) => event.detail.track.trim()}
      />
      <iop-family-roles relationship="parent-teen" phase="during" oniop-roles-change={(event) => [event.detail.relationship, event.detail.stage]} />
      <iop-conversation-guide step="3" scenario="teen" remember-plan clinic-json="{}" oniop-guide-change={(event) => event.detail.step}>
        <p>Fallback text for browsers without JavaScript.</p>
      </iop-conversation-guide>
      <iop-conversation-guide step="next-step" rememberPlan={false} />
      {/* What frameworks set as properties: a number, a list. */}
      <iop-conversation-guide step={3} />
      <iop-care-levels levels={['php', 'iop']} />
      <iop-weekly-schedule track={3} />
    </main>
  );
}

export const wrong = [
  // @ts-expect-error highlight takes a level id
  <iop-care-levels highlight="nope" />,
  // @ts-expect-error the event's detail has a level, nothing else
  <iop-care-levels oniop-level-select={(event) => event.detail.nope} />,
  // @ts-expect-error the data-error detail has problems, not errors
  <iop-family-roles oniop-data-error={(event) => event.detail.errors} />,
  // @ts-expect-error the track-select detail has the track's id only
  <iop-weekly-schedule oniop-track-select={(event) => event.detail.level} />,
  // @ts-expect-error the roles-change detail has relationship and stage
  <iop-family-roles oniop-roles-change={(event) => event.detail.phase} />,
  // @ts-expect-error the guide-change detail has step and scenario
  <iop-conversation-guide oniop-guide-change={(event) => event.detail.index} />,
  // @ts-expect-error the guide's step in the event is a step id, never a number
  <iop-conversation-guide oniop-guide-change={(event) => event.detail.step === 3} />,
  // @ts-expect-error heading-level is 2 to 6, as a number or text
  <iop-care-levels heading-level="two" />,
  // @ts-expect-error clinic levels are keyed by level id
  <iop-care-levels clinic={{levels: {detox: {name: 'Detox'}}}} />,
  // @ts-expect-error clinic-json is text
  <iop-care-levels clinic-json={clinic} />,
  // @ts-expect-error audience is adult or teen
  <iop-weekly-schedule audience="senior" />,
  // @ts-expect-error relationship is one of six
  <iop-family-roles relationship="cousin" />,
  // @ts-expect-error phase is before, during or after
  <iop-family-roles phase="later" />,
  // @ts-expect-error step is 1 to 6 or a step id
  <iop-conversation-guide step="7" />,
  // @ts-expect-error scenario is one of four
  <iop-conversation-guide scenario="nope" />,
  // @ts-expect-error not an attribute or property of the element
  <iop-care-levels colour="red" />,
  // @ts-expect-error the ref is to the element's own class
  <iop-care-levels ref={useRef<HTMLInputElement>(null)} />,
];
`;

/** Only activates the typings and uses them, to check one way of activating them under one resolution mode. */
const REACT_ACTIVATE = (activation) => `${activation}
export const ok = <iop-care-levels highlight="php" oniop-level-select={(event) => event.detail.level} />;
// @ts-expect-error highlight takes a level id
export const wrong = <iop-care-levels highlight="nope" />;
`;

/** Vue: the GlobalComponents entries, checked the way vue-tsc reads them ($props, $emit). */
const VUE_APP = `import type {} from 'iop-family/vue';
import type {GlobalComponents} from 'vue';
import type {CareLevelsClinicData, LevelSelectDetail} from 'iop-family';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
type Instance<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>;

const clinic: CareLevelsClinicData = {levels: {iop: {hours: {min: 9, max: 12}}}};
export const levels: Props<'iop-care-levels'> = {highlight: 'php', levels: 'iop outpatient', headingLevel: '3', clinic, clinicJson: '{}', class: 'wide', key: 1};
export const schedule: Props<'iop-weekly-schedule'> = {audience: 'teen', track: 'evening', scheduleJson: '{}', headingLevel: 2};
export const roles: Props<'iop-family-roles'> = {relationship: 'friend', phase: 'after'};
export const guide: Props<'iop-conversation-guide'> = {step: 'listen', scenario: 'return-to-use', rememberPlan: true};

declare const element: Instance<'iop-care-levels'>;
element.$emit('iop-level-select', new CustomEvent<LevelSelectDetail>('iop-level-select', {detail: {level: 'iop'}}));
export const highlight: 'withdrawal' | 'residential' | 'php' | 'iop' | 'outpatient' | 'continuing' = element.highlight;

// @ts-expect-error highlight takes a level id
export const wrongLevel: Props<'iop-care-levels'> = {highlight: 'nope'};
// @ts-expect-error audience is adult or teen
export const wrongAudience: Props<'iop-weekly-schedule'> = {audience: 'senior'};
// @ts-expect-error phase is before, during or after
export const wrongPhase: Props<'iop-family-roles'> = {phase: 'later'};
// @ts-expect-error scenario is one of four
export const wrongScenario: Props<'iop-conversation-guide'> = {scenario: 'nope'};
// @ts-expect-error the event's detail is a LevelSelectDetail
element.$emit('iop-level-select', new CustomEvent('iop-level-select', {detail: {nope: 1}}));
// @ts-expect-error the element fires no such event
element.$emit('iop-nope', new CustomEvent('iop-nope'));
`;

/** Svelte 5: the SvelteHTMLElements entries, as svelte-check reads a template's attributes. */
const SVELTE_APP = `import type {} from 'iop-family/svelte';
import type {SvelteHTMLElements} from 'svelte/elements';
import type {CareLevelsClinicData} from 'iop-family';

type Props<Tag extends keyof SvelteHTMLElements> = SvelteHTMLElements[Tag];

const clinic: CareLevelsClinicData = {levels: {iop: {name: 'Evening IOP'}}};
export const levels: Props<'iop-care-levels'> = {highlight: 'php', clinic, 'clinic-json': '{}', 'oniop-level-select': (event) => event.detail.level};
export const schedule: Props<'iop-weekly-schedule'> = {audience: 'teen', 'schedule-json': '{}', class: 'wide'};
export const roles: Props<'iop-family-roles'> = {relationship: 'friend', phase: 'after', 'oniop-roles-change': (event) => event.detail.relationship};
export const guide: Props<'iop-conversation-guide'> = {step: 'listen', scenario: 'teen', 'oniop-guide-change': (event) => event.detail.step};

// @ts-expect-error highlight takes a level id
export const wrongLevel: Props<'iop-care-levels'> = {highlight: 'nope'};
// @ts-expect-error phase is before, during or after
export const wrongPhase: Props<'iop-family-roles'> = {phase: 'later'};
// @ts-expect-error the event's detail has no such field
export const wrongDetail: Props<'iop-care-levels'> = {'oniop-level-select': (event) => event.detail.nope};
`;

let app;
before(() => {
  app = mkdtempSync(join(tmpdir(), 'iop-family-types-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], {encoding: 'utf8'}))[0];
  const installed = join(app, 'node_modules', 'iop-family');
  mkdirSync(installed, {recursive: true});
  execFileSync('tar', ['-xzf', join(app, packed.filename), '-C', installed, '--strip-components=1']);
  for (const name of [...Object.keys(pkg.dependencies ?? {}), 'react', '@types/react', 'vue', 'svelte']) {
    mkdirSync(dirname(join(app, 'node_modules', name)), {recursive: true});
    symlinkSync(resolve('node_modules', name), join(app, 'node_modules', name), 'dir');
  }
  writeFileSync(join(app, 'package.json'), JSON.stringify({name: 'clinic-app', private: true, type: 'module'}));
});
after(() => {
  if (app) rmSync(app, {recursive: true, force: true});
});

const COMMON = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
};
const BUNDLER = {...COMMON, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler};
const NODE16 = {...COMMON, module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16};
/** The old `"moduleResolution": "node"`, which reads package.json typesVersions instead of exports. */
const NODE10 = {...COMMON, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10};
const JSX = {jsx: ts.JsxEmit.ReactJSX};

/** Parsed files, shared between the programs below (lib.dom.d.ts and React's typings are slow to parse). */
const parsed = new Map();

/**
 * Type-checks `files` (name → text) as one app; returns the errors, one line each. The app's files and the
 * package's typings are checked in full; other libraries' typings (lib.dom, React, Vue, lit) only as far as
 * these use them, which keeps each check to a second or two.
 */
function check(files, options) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(app, name), text);
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, version, ...rest) => {
    if (!fileName.includes('/node_modules/')) return read(fileName, version, ...rest);
    const key = `${fileName}|${typeof version === 'object' ? `${version.languageVersion}/${version.impliedNodeFormat}` : version}`;
    if (!parsed.has(key)) parsed.set(key, read(fileName, version, ...rest));
    return parsed.get(key);
  };
  const program = ts.createProgram({rootNames: Object.keys(files).map((name) => join(app, name)), options, host});
  const checked = program
    .getSourceFiles()
    .filter((file) => !file.fileName.includes('/node_modules/') || file.fileName.includes('/node_modules/iop-family/'));
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...checked.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
  ];
  return diagnostics.map((diagnostic) => {
    const where = diagnostic.file
      ? `${diagnostic.file.fileName.replace(app, '<app>')}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}: `
      : '';
    return `${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

test('React 19 JSX: attributes, properties and events of the packed package type-check; wrong values do not', () => {
  assert.deepEqual(check({'app.tsx': REACT_APP}, {...BUNDLER, ...JSX}), []);
});

test('the React typings activate with `import type {}` and with `/// <reference types>`, under bundler, node16 and node10', () => {
  const activations = ["import type {} from 'iop-family/react';", '/// <reference types="iop-family/react" />'];
  for (const [mode, options] of Object.entries({bundler: BUNDLER, node16: NODE16, node10: NODE10}))
    for (const activation of activations)
      assert.deepEqual(check({'activate.tsx': REACT_ACTIVATE(activation)}, {...options, ...JSX}), [], `${mode}: ${activation}`);
});

test('Vue 3 GlobalComponents: props and events of the packed package type-check; wrong values do not', () => {
  assert.deepEqual(check({'app.ts': VUE_APP}, BUNDLER), []);
  assert.deepEqual(check({'app.ts': VUE_APP}, NODE16), []);
});

test('Svelte 5 SvelteHTMLElements: attributes, properties and events of the packed package type-check; wrong values do not', () => {
  assert.deepEqual(check({'svelte-app.ts': SVELTE_APP}, BUNDLER), []);
});
