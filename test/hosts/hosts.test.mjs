/**
 * Consumer apps built from the packed package: what a clinic's web team gets from `npm install iop-family`.
 * Node imports it; webpack 5 and Vite 8 (React 19, Vue 3) build apps with it; Chromium opens each app in
 * English and in Spanish. Needs `npm run build` first. Work files go to test/hosts/.work/ (gitignored).
 */
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {careLevels, schedule, shownText} from './clinic-data.js';
import {
  bareImports,
  buildWithVite,
  buildWithWebpack,
  CONSUMER_DIR,
  HEADINGS,
  installPackedPackage,
  launchBrowser,
  PACKAGE_DIR,
  PROBLEM_LEAD,
  problemsOf,
  runNode,
  serve,
  visit,
} from './harness.mjs';

const TAGS = Object.keys(HEADINGS);
const LANGS = ['en', 'es'];

let browser;
const getBrowser = async () => (browser ??= await launchBrowser());

before(async () => {
  const {tarball, packMs, installMs} = await installPackedPackage();
  console.log(`packed ${tarball} from ${PACKAGE_DIR} (${packMs} ms), installed into ${CONSUMER_DIR} (${installMs} ms)`);
});

after(async () => {
  await browser?.close();
});

/** Fails with every problem at once and the page's whole story. */
function assertNoProblems(problems, run) {
  assert.ok(problems.length === 0, `${problems.map((problem) => `- ${problem}`).join('\n')}\n\n${run.describe()}`);
}

/**
 * Opens a built app in `lang` and fails with every problem at once: the elements' language and text, the
 * page's console and requests (`problemsOf`), and whatever else `check(run)` finds.
 */
async function checkApp(built, lang, elements, check, options) {
  assert.ok(built && existsSync(join(built.outDir, 'index.html')), 'no index.html was built (see the build test)');
  const server = await serve(built.outDir);
  const run = await visit(await getBrowser(), `${server.url}/index.html?lang=${lang}`, {lang, elements});
  try {
    assertNoProblems([...problemsOf(run, options), ...(await check(run))], run);
  } finally {
    await run.page.close();
    await server.close();
  }
}

/**
 * One consumer app: `build` builds it (and asserts how the build went), then the built app is checked in each
 * language with `elements(lang)` and `check`.
 */
function describeApp(title, {buildTitle, build, elements, check, options}) {
  describe(title, () => {
    let built;
    test(buildTitle, {timeout: 60_000}, async () => {
      built = await build();
    });
    for (const lang of LANGS) {
      test(`the app in ${lang}`, {timeout: 60_000}, () => checkApp(built, lang, elements(lang), check, options));
    }
  });
}

/** Clicks the radio for `level` in the care-levels element at `selector`; true when found. */
async function chooseLevel(page, selector, level) {
  return page.evaluate(
    (where, value) => {
      const input = [...(document.querySelector(where)?.shadowRoot?.querySelectorAll('input[type="radio"]') ?? [])].find(
        (radio) => radio.value === value,
      );
      input?.click();
      return input !== undefined;
    },
    selector,
    level,
  );
}

/** The app's report once `ready(report)` is true, or after two seconds. */
async function reportWhen(page, ready) {
  const deadline = Date.now() + 2_000;
  let report = await page.evaluate(() => window.hostReport);
  while (!ready(report) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 50));
    report = await page.evaluate(() => window.hostReport);
  }
  return report;
}

/** The problems with an app's `iop-level-select` after choosing "php" in `selector`. */
async function levelSelectProblems(page, selector) {
  if (!(await chooseLevel(page, selector, 'php'))) return [`${selector} has no level radio "php" in its shadow root`];
  const fired = (report) =>
    report.events.some((event) => event.id === selector.slice(1) && event.type === 'iop-level-select' && event.detail?.level === 'php');
  const report = await reportWhen(page, fired);
  return fired(report)
    ? []
    : [`no iop-level-select with level "php" reached the app's listener on ${selector} (events: ${JSON.stringify(report.events)})`];
}

/** Problems when a tag was already defined at the app's first render (the test would then not test that case). */
function renderedBeforeDefinition(report, tags) {
  const step = report?.steps?.['first-render'];
  return tags
    .filter((tag) => step?.[tag] !== false)
    .map((tag) => `harness: <${tag}> was already defined when the app first rendered (${JSON.stringify(step)})`);
}

describe('Node, and the installed package', () => {
  test("import('iop-family'): defineAll is exported and resolves", async () => {
    const result = await runNode(
      CONSUMER_DIR,
      `const module = await import('iop-family');
      if (typeof module.defineAll !== 'function') throw new Error('defineAll is ' + typeof module.defineAll + ', exports: ' + Object.keys(module).join(', '));
      const late = new Promise((_, fail) => setTimeout(() => fail(new Error('defineAll() did not resolve within 5 s')), 5000).unref());
      await Promise.race([module.defineAll(), late]);`,
    );
    assert.ok(result.ok, `node -e "import('iop-family')" in the consumer folder failed: ${result.message}\n${result.stderr}`);
  });

  for (const tag of TAGS) {
    test(`import('iop-family/elements/${tag}.js')`, async () => {
      const result = await runNode(CONSUMER_DIR, `await import('iop-family/elements/${tag}.js');`);
      assert.ok(result.ok, `node -e "import('iop-family/elements/${tag}.js')" failed: ${result.message}\n${result.stderr}`);
    });
  }

  test('every file the installed package.json points to was packed', () => {
    const installed = join(CONSUMER_DIR, 'node_modules', 'iop-family');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const targets = new Set(
      [manifest.main, manifest.module, manifest.types, manifest.customElements, manifest.jsdelivr, manifest.unpkg].filter(Boolean),
    );
    const collect = (value) => {
      if (typeof value === 'string') targets.add(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(manifest.exports);
    collect(manifest.typesVersions);
    // Element patterns (./dist/elements/*.js) must exist for each element; any other pattern (./schema/*)
    // must match at least one packed file.
    const files = [...targets].flatMap((target) =>
      target.includes('/elements/*') ? TAGS.map((tag) => target.replaceAll('*', tag)) : [target],
    );
    const packed = readdirSync(installed, {recursive: true}).map((file) => `./${file.split('\\').join('/')}`);
    const found = (file) => {
      if (!file.includes('*')) return existsSync(join(installed, file));
      const [start, end] = file.split('*');
      return packed.some((path) => path.length > start.length + end.length && path.startsWith(start) && path.endsWith(end));
    };
    const missing = files.filter((file) => !found(file));
    assert.deepEqual(missing, [], 'named in package.json but not in the tarball');
  });

  test('the built files import only declared dependencies', () => {
    const installed = join(CONSUMER_DIR, 'node_modules', 'iop-family');
    const {dependencies = {}} = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const undeclared = [...bareImports(installed)].filter(([name]) => !(name in dependencies));
    assert.deepEqual(undeclared, [], 'imported by the built files but not in "dependencies" (as [name, first file])');
  });
});

describeApp('webpack 5: a plain page script that imports the loader', {
  buildTitle: 'builds with 0 errors and 0 warnings',
  build: async () => {
    const built = await buildWithWebpack('webpack');
    assert.ok(
      built.errors.length === 0 && built.warnings.length === 0,
      `webpack: ${built.errors.length} error(s), ${built.warnings.length} warning(s)\n` +
        [...built.errors.map((error) => `ERROR ${error}`), ...built.warnings.map((warning) => `WARNING ${warning}`)]
          .join('\n\n')
          .slice(0, 6000),
    );
    return built;
  },
  elements: () => [
    {selector: '#json-script', tag: 'iop-care-levels', text: shownText.careLevels},
    {selector: '#json-attribute', tag: 'iop-weekly-schedule', text: shownText.schedule},
    {selector: '#roles', tag: 'iop-family-roles'},
    {selector: '#guide', tag: 'iop-conversation-guide'},
  ],
  check: ({state}) => (state.report?.dataErrors.length ? [`iop-data-error: ${JSON.stringify(state.report.dataErrors)}`] : []),
});

/** A Vite build of one of the apps, failing on any warning (`what` names whose warnings they are). */
async function buildWithoutWarnings(app, what) {
  const built = await buildWithVite(app);
  assert.deepEqual(built.warnings, [], what);
  return built;
}

describeApp('React 19 app built with Vite 8 (lazy loader)', {
  buildTitle: 'builds with no plugin and no warnings',
  build: () => buildWithoutWarnings('react-vite', 'Vite warnings'),
  elements: (lang) => [
    {selector: '#json-attribute', tag: 'iop-care-levels', text: shownText.careLevels},
    {selector: '#object-attribute', tag: 'iop-care-levels', text: [PROBLEM_LEAD[lang]]},
    {selector: '#property', tag: 'iop-care-levels', text: shownText.careLevels},
    {selector: '#schedule-property', tag: 'iop-weekly-schedule', text: shownText.schedule},
  ],
  check: async (run) => {
    const {report} = run.state;
    const problems = renderedBeforeDefinition(report, ['iop-care-levels']);
    const defined = report?.steps?.['after-defineAll'];
    if (!TAGS.every((tag) => defined?.[tag]))
      problems.push(`await defineAll() resolved before every element was defined: ${JSON.stringify(defined)}`);
    const lost = report?.dataErrors.filter((error) => error.id === 'object-attribute' && error.fields.includes('clinic')) ?? [];
    if (lost.length === 0)
      problems.push(
        '#object-attribute (React 19 set clinic="[object Object]" before definition) fired no iop-data-error with field "clinic": the data was lost in silence',
      );
    const others = report?.dataErrors.filter((error) => error.id !== 'object-attribute') ?? [];
    if (others.length) problems.push(`unexpected iop-data-error: ${JSON.stringify(others)}`);
    return [...problems, ...(await levelSelectProblems(run.page, '#json-attribute'))];
  },
  options: {expectedWarnings: [/^iop-family <iop-care-levels>: .*\bclinic\b/]},
});

describeApp('Vue 3 app built with Vite 8 (per-element entries imported after mount, runtime template)', {
  buildTitle: 'builds with no SFC plugin and no warnings',
  build: () => buildWithoutWarnings('vue-vite', 'Vite warnings'),
  elements: () => [
    {selector: '#property', tag: 'iop-care-levels', text: shownText.careLevels},
    {selector: '#json-attribute', tag: 'iop-care-levels', text: shownText.careLevels},
    {selector: '#schedule-property', tag: 'iop-weekly-schedule', text: shownText.schedule},
  ],
  check: async (run) => {
    const {report} = run.state;
    const problems = renderedBeforeDefinition(report, ['iop-care-levels', 'iop-weekly-schedule']);
    const imported = report?.steps?.['after-import'];
    if (!imported?.['iop-care-levels'] || !imported['iop-weekly-schedule'])
      problems.push(`the imported elements were not defined once their modules had run: ${JSON.stringify(imported)}`);
    if (report?.dataErrors.length) problems.push(`iop-data-error: ${JSON.stringify(report.dataErrors)}`);
    return [...problems, ...(await levelSelectProblems(run.page, '#property'))];
  },
});

/**
 * An app that renders both elements before they are defined, with the care levels' data as a property and the
 * schedule as JSON text in its attribute, and listens for iop-level-select (Svelte and Angular apps).
 */
const propertyAndJsonAttribute = {
  elements: () => [
    {selector: '#property', tag: 'iop-care-levels', text: shownText.careLevels},
    {selector: '#json-attribute', tag: 'iop-weekly-schedule', text: shownText.schedule},
  ],
  check: async (run) => {
    const {report} = run.state;
    const problems = renderedBeforeDefinition(report, ['iop-care-levels', 'iop-weekly-schedule']);
    if (report?.dataErrors.length) problems.push(`iop-data-error: ${JSON.stringify(report.dataErrors)}`);
    return [...problems, ...(await levelSelectProblems(run.page, '#property'))];
  },
};

describeApp('Svelte 5 app built with Vite 8 (lazy loader)', {
  buildTitle: 'builds with the Svelte compiler and no warnings',
  build: () => buildWithoutWarnings('svelte-vite', 'Vite and Svelte warnings'),
  ...propertyAndJsonAttribute,
});

describeApp('Server rendering: React 19 renders the page in Node, Vite builds the client', {
  buildTitle: 'renders in Node (the node export condition) and builds the client with no warnings',
  build: async () => {
    const rendered = await runNode(join(CONSUMER_DIR, 'ssr-react'), "await import('./render.mjs');");
    assert.ok(rendered.ok, `rendering in Node failed: ${rendered.message}\n${rendered.stderr}`);
    return buildWithoutWarnings('ssr-react', 'Vite warnings');
  },
  elements: () => [
    {selector: '#json-attribute', tag: 'iop-care-levels', text: shownText.careLevels},
    {selector: '#json-script', tag: 'iop-weekly-schedule', text: [...shownText.schedule, '</script><script>window.hacked = 1</script>']},
  ],
  check: async (run) => {
    const {report} = run.state;
    const problems = report?.dataErrors.length ? [`iop-data-error: ${JSON.stringify(report.dataErrors)}`] : [];
    if (await run.page.evaluate(() => 'hacked' in window)) problems.push('clinic text closed the JSON script and ran as markup');
    return problems;
  },
});

describeApp('Angular 21 app built with Vite 8 (JIT-compiled in the browser, zoneless, lazy loader)', {
  buildTitle: 'builds with no Angular CLI and no warnings',
  build: () => buildWithoutWarnings('angular-vite', 'Vite warnings'),
  ...propertyAndJsonAttribute,
});

// The data the apps pass is the same object the expectations come from.
assert.equal(careLevels.levels.iop.name, shownText.careLevels[0]);
assert.equal(schedule.tracks[0].sessions[0].title, shownText.schedule[0]);
