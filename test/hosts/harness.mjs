/**
 * The consumer-app harness: packs iop-family as a clinic gets it, installs the tarball into a consumer folder
 * with its own package.json, builds host apps there, serves them and opens them in Chromium.
 *
 * Everything it writes goes under test/hosts/.work/ (gitignored). React, Vue, Vite and webpack resolve upward
 * from the consumer folder to the repository's node_modules; iop-family itself only from the consumer's own
 * node_modules, since the consumer's package.json is the nearest one (no self-reference to the repository).
 */
import {execFile} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {dirname, extname, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../../scripts/chromium.mjs';

const run = promisify(execFile);

export const HOSTS_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = resolve(HOSTS_DIR, '../..');
export const WORK_DIR = join(HOSTS_DIR, '.work');
/** The package to pack: the repository, or another checkout (IOP_HOSTS_PACKAGE_DIR) for before/after comparisons. */
export const PACKAGE_DIR = resolve(process.env.IOP_HOSTS_PACKAGE_DIR ?? REPO_DIR);
export const CONSUMER_DIR = join(WORK_DIR, 'app');
export const BUILD_DIR = join(WORK_DIR, 'build');

/** Shared by the host apps, copied into the consumer folder with every app folder next to this file. */
const HOST_FILES = ['clinic-data.js', 'report.js'];

function quote(error) {
  return [error.message, error.stdout, error.stderr].filter(Boolean).join('\n');
}

/**
 * `npm pack`, then `npm install <tarball>` into a fresh consumer folder, then the host apps' sources next to
 * it. Returns the consumer folder and what it took.
 */
export async function installPackedPackage() {
  for (const file of ['dist/iop-family.js', 'custom-elements.json']) {
    if (!existsSync(join(PACKAGE_DIR, file)))
      throw new Error(`${join(PACKAGE_DIR, file)} is missing: run \`npm run build\` before the host tests.`);
  }
  rmSync(WORK_DIR, {recursive: true, force: true});
  const packDir = join(WORK_DIR, 'pack');
  mkdirSync(packDir, {recursive: true});
  mkdirSync(CONSUMER_DIR, {recursive: true});

  const started = performance.now();
  let tarball;
  try {
    // --ignore-scripts: `prepack` would build again, and `npm test` has just built (checked above).
    const {stdout} = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir, '--json', '--loglevel=error'], {
      cwd: PACKAGE_DIR,
    });
    tarball = join(packDir, JSON.parse(stdout)[0].filename);
  } catch (error) {
    throw new Error(`npm pack failed in ${PACKAGE_DIR}:\n${quote(error)}`, {cause: error});
  }
  const packed = performance.now();

  writeFileSync(
    join(CONSUMER_DIR, 'package.json'),
    JSON.stringify({name: 'clinic-app', version: '1.0.0', private: true, type: 'module'}, null, 2),
  );
  try {
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', tarball], {
      cwd: CONSUMER_DIR,
    });
  } catch (error) {
    throw new Error(`npm install of ${tarball} failed in ${CONSUMER_DIR}:\n${quote(error)}`, {cause: error});
  }
  const installed = performance.now();

  for (const entry of readdirSync(HOSTS_DIR, {withFileTypes: true})) {
    if (entry.isDirectory() && !entry.name.startsWith('.'))
      cpSync(join(HOSTS_DIR, entry.name), join(CONSUMER_DIR, entry.name), {recursive: true});
  }
  for (const file of HOST_FILES) cpSync(join(HOSTS_DIR, file), join(CONSUMER_DIR, file));

  return {
    tarball,
    packMs: Math.round(packed - started),
    installMs: Math.round(installed - packed),
  };
}

/**
 * What `npm pack` would put in the tarball (`npm pack --dry-run --json`): files (each with its path), entryCount,
 * size and unpackedSize. `prepack` (another build) is skipped: run it after `npm run build`.
 */
export async function packList() {
  const {stdout} = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--loglevel=error'], {cwd: PACKAGE_DIR});
  return JSON.parse(stdout)[0];
}

/** Specifiers of the package's own modules that are not relative: each must be a declared dependency. */
export function bareImports(packageRoot) {
  const found = new Map();
  const specifier = String.raw`["']((?:@[\w.-]+\/)?\w[\w.-]*(?:\/[\w./-]*)?)["']`;
  const pattern = new RegExp(String.raw`(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)${specifier}`, 'g');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.m?js$/.test(entry.name)) {
        for (const match of readFileSync(path, 'utf8').matchAll(pattern)) {
          const name = match[1].startsWith('@') ? match[1].split('/').slice(0, 2).join('/') : match[1].split('/')[0];
          if (!name.startsWith('node:')) found.set(name, relative(packageRoot, path));
        }
      }
    }
  };
  walk(join(packageRoot, 'dist'));
  return found;
}

/** Runs an ES module snippet with Node in `cwd`, the way a server-side render or a test runner would import us. */
export async function runNode(cwd, code) {
  try {
    const {stdout, stderr} = await run(process.execPath, ['--input-type=module', '-e', code], {cwd, timeout: 20_000});
    return {ok: true, stdout, stderr};
  } catch (error) {
    // Minified code in a stack trace comes as one very long line.
    const stderr = String(error.stderr ?? '')
      .split('\n')
      .map((line) => (line.length > 200 ? `${line.slice(0, 200)}…` : line))
      .join('\n');
    const message = error.killed ? 'timed out (did not exit within 20 s)' : `exit code ${String(error.code)}`;
    return {ok: false, stdout: error.stdout ?? '', stderr, message};
  }
}

/** A Vite build of one host app; warnings are collected (and fail the test). */
export async function buildWithVite(app) {
  const {build, createLogger} = await import('vite');
  const root = join(CONSUMER_DIR, app);
  const outDir = join(BUILD_DIR, app);
  const logger = createLogger('warn', {allowClearScreen: false});
  const warnings = [];
  logger.warn = (message) => warnings.push(message);
  logger.warnOnce = (message) => warnings.push(message);
  const configFile = join(root, 'vite.config.mjs');
  await build({
    root,
    configFile: existsSync(configFile) ? configFile : false,
    customLogger: logger,
    logLevel: 'warn',
    build: {outDir, emptyOutDir: true},
  });
  return {outDir, warnings};
}

/** A webpack build through its Node API (no CLI), with the app's own webpack.config.mjs. */
export async function buildWithWebpack(app) {
  const {default: webpack} = await import('webpack');
  const context = join(CONSUMER_DIR, app);
  const outDir = join(BUILD_DIR, app);
  const {default: makeConfig} = await import(join(context, 'webpack.config.mjs'));
  const compiler = webpack(makeConfig({context, outputPath: outDir}));
  const stats = await new Promise((done, fail) => {
    compiler.run((error, result) => (error ? fail(error) : done(result)));
  });
  await new Promise((done) => compiler.close(done));
  const {errors = [], warnings = []} = stats.toJson({all: false, errors: true, warnings: true});
  cpSync(join(context, 'index.html'), join(outDir, 'index.html'));
  const format = (item) => `${item.moduleName ?? ''} ${item.message}`.trim();
  return {outDir, errors: errors.map(format), warnings: warnings.map(format)};
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * A static server on 127.0.0.1 for one build. `?lang=es` on an HTML page serves it with `<html lang="es">`,
 * as a Spanish clinic's site would be.
 */
export async function serve(root) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const path = resolve(root, `.${decodeURIComponent(url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname)}`);
    if (!path.startsWith(root + sep) || !existsSync(path)) {
      response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
      return;
    }
    let body = readFileSync(path);
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const lang = url.searchParams.get('lang');
    if (extname(path) === '.html' && lang) body = body.toString('utf8').replace(/<html lang="[^"]*">/, `<html lang="${lang}">`);
    response.writeHead(200, {'content-type': type, 'cache-control': 'no-store'}).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const {port} = server.address();
  // Chromium keeps connections alive across pages; close them, or close() waits for them.
  const close = () =>
    new Promise((done) => {
      server.close(done);
      server.closeAllConnections();
    });
  return {url: `http://127.0.0.1:${port}`, close};
}

/** Headless Chromium through puppeteer-core, with the flags web-test-runner.config.mjs uses. */
export async function launchBrowser() {
  const {default: puppeteer} = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export const HEADINGS = {
  'iop-care-levels': {en: 'Levels of care for alcohol and drug use', es: 'Niveles de atención para el consumo de alcohol y drogas'},
  'iop-weekly-schedule': {en: 'A week in IOP', es: 'Una semana en el IOP'},
  'iop-family-roles': {en: 'How family and friends can help', es: 'Cómo pueden ayudar la familia y los amigos'},
  'iop-conversation-guide': {en: 'Talking with your loved one', es: 'Hablar con su ser querido'},
};

export const PROBLEM_LEAD = {
  en: 'Some details from the clinic could not be shown.',
  es: 'Algunos datos de la clínica no se pudieron mostrar.',
};

/** What one element on a page must show: its heading in the page's language and `text`, and not `absent`. */
function expectations(elements, lang) {
  return elements.map(({selector, tag, text = [], absent = []}) => {
    const other = Object.keys(HEADINGS[tag]).filter((code) => code !== lang);
    return {selector, tag, text: [HEADINGS[tag][lang], ...text], absent: [...other.map((code) => HEADINGS[tag][code]), ...absent]};
  });
}

/** In the page: each element's state against its expectations, and the app's report. */
function readState(wanted) {
  const elements = wanted.map(({selector, tag, text, absent}) => {
    const element = document.querySelector(selector);
    if (!element) return {selector, ok: false, problem: 'not in the page'};
    const defined = customElements.get(tag) !== undefined;
    const shown = (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
    const missing = text.filter((part) => !shown.includes(part));
    const unexpected = absent.filter((part) => shown.includes(part));
    return {
      selector,
      ok: defined && missing.length === 0 && unexpected.length === 0,
      defined,
      missing,
      unexpected,
      attributes: [...element.attributes].map((attribute) => `${attribute.name}="${attribute.value.slice(0, 60)}"`).join(' '),
      shown: shown.slice(0, 240),
    };
  });
  return {elements, report: window.hostReport ?? null, lang: document.documentElement.lang};
}

/**
 * Opens `url` and waits until the app is done and every element shows what it should, then until the network
 * is idle. Collects every console message, page error and failed request (including HTTP status >= 400).
 */
export async function visit(browser, url, {elements, lang, timeout = 10_000}) {
  const page = await browser.newPage();
  const log = {messages: [], pageErrors: [], failedRequests: []};
  page.on('console', (message) => {
    const {url: where, lineNumber} = message.location() ?? {};
    log.messages.push({
      type: message.type(),
      text: message.text(),
      where: where && lineNumber !== undefined ? `${where}:${lineNumber}` : (where ?? ''),
    });
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.stack ?? error.message ?? String(error)));
  page.on('requestfailed', (request) => log.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  const wanted = expectations(elements, lang);
  await page.goto(url, {waitUntil: 'load', timeout});
  const deadline = Date.now() + timeout;
  let state = await page.evaluate(readState, wanted);
  while (!(state.report?.done && state.elements.every((element) => element.ok)) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    state = await page.evaluate(readState, wanted);
  }
  await page.waitForNetworkIdle({idleTime: 300, timeout: 5_000}).catch(() => undefined);
  state = await page.evaluate(readState, wanted);
  return {page, log, state, describe: () => describeRun(url, state, log)};
}

/** Everything a failure message needs: what each element showed, the app's report, and the whole console. */
export function describeRun(url, state, log) {
  const lines = [`page ${url} (html lang="${state.lang}")`];
  for (const element of state.elements) {
    if (element.problem) lines.push(`  ${element.selector}: ${element.problem}`);
    else
      lines.push(
        `  ${element.selector}: ${element.ok ? 'ok' : 'NOT OK'}; defined: ${element.defined}` +
          (element.missing.length ? `; missing: ${JSON.stringify(element.missing)}` : '') +
          (element.unexpected.length ? `; unexpected: ${JSON.stringify(element.unexpected)}` : '') +
          `\n    attributes: ${element.attributes}\n    shadow text: ${element.shown}`,
      );
  }
  lines.push(`  app report: ${JSON.stringify(state.report)}`);
  lines.push(`  console (${log.messages.length}):`);
  for (const message of log.messages) lines.push(`    [${message.type}] ${message.text}${message.where ? `  (${message.where})` : ''}`);
  lines.push(`  page errors (${log.pageErrors.length}):`, ...log.pageErrors.map((error) => `    ${error}`));
  lines.push(`  failed requests (${log.failedRequests.length}):`, ...log.failedRequests.map((request) => `    ${request}`));
  return lines.join('\n');
}

/**
 * The problems with a visit: elements not showing what they should, console errors, page errors, failed
 * requests, and console warnings other than the `expectedWarnings`, each of which must appear.
 */
export function problemsOf({state, log}, {expectedWarnings = []} = {}) {
  const problems = [];
  for (const element of state.elements) if (!element.ok) problems.push(`${element.selector} does not show what it should`);
  if (!state.report?.done) problems.push('the app did not finish (window.hostReport.done is not true)');
  const errors = log.messages.filter((message) => message.type === 'error');
  if (errors.length) problems.push(`${errors.length} console error(s), first: ${errors[0].text}`);
  if (log.pageErrors.length) problems.push(`${log.pageErrors.length} page error(s), first: ${log.pageErrors[0].split('\n')[0]}`);
  if (log.failedRequests.length) problems.push(`${log.failedRequests.length} failed request(s), first: ${log.failedRequests[0]}`);
  const warnings = log.messages.filter((message) => message.type === 'warn');
  const stray = warnings.filter((message) => !expectedWarnings.some((pattern) => pattern.test(message.text)));
  if (stray.length) problems.push(`${stray.length} unexpected console warning(s), first: ${stray[0].text}`);
  for (const pattern of expectedWarnings)
    if (!warnings.some((message) => pattern.test(message.text))) problems.push(`no console warning matching ${pattern}`);
  return problems;
}
