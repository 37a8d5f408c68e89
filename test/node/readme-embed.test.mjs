/**
 * The README's embed snippets work as pasted, from a CDN on another origin, and its integrity value is true.
 *
 * The packed files are served at /npm/iop-family@<version>/ on one origin (the stand-in for
 * cdn.jsdelivr.net, with its CORS header), pages on another, under the README's Content-Security-Policy.
 * Only `https://cdn.jsdelivr.net` in the snippets is rewritten. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {createHash} from 'node:crypto';
import {after, before, describe, test} from 'node:test';
import {HEADINGS, launchBrowser, packList} from '../hosts/harness.mjs';
import {integrityOf, README_COMMAND, readmeWithSri, readSri, SRI_FILE} from '../../scripts/sri.mjs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const TAG = 'iop-care-levels';

test(`${SRI_FILE} holds the hash of every file a browser loads`, () => {
  const hashes = readSri();
  const files = Object.keys(hashes);
  for (const file of ['dist/iop-family.js', 'dist/iop-family.iife.js', `dist/elements/${TAG}.js`]) assert.ok(files.includes(file), file);
  assert.ok(
    files.some((file) => /^dist\/chunks\/runtime-[\w-]+\.js$/.test(file)),
    'the runtime chunk',
  );
  for (const file of files) {
    assert.match(hashes[file], /^sha384-[A-Za-z0-9+/]{64}$/, file);
    assert.equal(hashes[file], integrityOf(readFileSync(file)), `${file} changed after ${SRI_FILE} was written`);
  }
});

test(`README.md's integrity values and versions agree with ${SRI_FILE} and package.json`, () => {
  const expected = readmeWithSri(readme, readSri(), version).split('\n');
  const stale = readme.split('\n').flatMap((line, i) => (line === expected[i] ? [] : [`line ${i + 1}: ${line.trim()}`]));
  assert.deepEqual(stale, [], `README.md is out of date: run \`${README_COMMAND}\` (after \`npm run build\`)`);
  assert.match(readme, /integrity="sha384-/);
});

/** The html code blocks of one `## ` section of the README. */
function htmlBlocks(heading) {
  const start = readme.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `README.md has no "## ${heading}" section`);
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  return [...section.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]);
}

/** The Embed section's `<script>` tag for one build, as written in the README. */
function snippet(build) {
  const blocks = htmlBlocks('Embed');
  const block = blocks.find((text) => (build === 'module' ? text.includes('type="module"') : text.includes('.iife.js')));
  const tag = /<script\b[\s\S]*?<\/script>/.exec(block ?? '')?.[0];
  assert.ok(tag, `README.md's Embed section has no ${build} snippet`);
  return tag;
}

/** A server on 127.0.0.1 for `respond(url) => [status, headers, body]`. */
async function listen(respond) {
  const server = createServer((request, response) => {
    const [status, headers, body] = respond(new URL(request.url, 'http://127.0.0.1'));
    response.writeHead(status, {'Cache-Control': 'no-store', ...headers}).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((done) => {
        server.close(done);
        server.closeAllConnections();
      }),
  };
}

describe('the README embed snippets, pasted into a page, from a CDN on another origin', () => {
  let cdn, site, browser;
  /** Pages by path: the HTML in the head, the body (the bare element when not given), and any extra script-src source. */
  const pages = new Map();

  before(async () => {
    const [list, launched] = await Promise.all([packList(), launchBrowser()]);
    browser = launched;
    const packed = new Set(list.files.map((file) => file.path));
    const prefix = `/npm/iop-family@${version}/`;
    cdn = await listen(({pathname}) => {
      const path = pathname.slice(prefix.length);
      if (!pathname.startsWith(prefix) || !packed.has(path)) return [404, {'Content-Type': 'text/plain'}, 'not found'];
      const type = path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/json';
      return [200, {'Content-Type': type, 'Access-Control-Allow-Origin': '*'}, readFileSync(path)];
    });
    site = await listen(({pathname}) => {
      const page = pages.get(pathname);
      if (!page) return [404, {'Content-Type': 'text/plain'}, 'not found'];
      // The README's policy for scripts from the CDN, with Lit's Trusted Types policy.
      const csp = `default-src 'self'; script-src ${cdn.origin}${page.scriptSrc ?? ''}; require-trusted-types-for 'script'; trusted-types lit-html`;
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${page.head}</head><body>${page.body ?? `<${TAG}></${TAG}>`}</body></html>`;
      return [200, {'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp}, html];
    });
  });

  after(async () => {
    await browser?.close();
    await Promise.all([cdn?.close(), site?.close()]);
  });

  const fromCdn = (text) => text.replaceAll('https://cdn.jsdelivr.net', cdn.origin);

  /** Opens a page; returns whether the element rendered its heading, with what the console and network said. */
  async function open(path, page, {expectRender}) {
    pages.set(path, page);
    const tab = await browser.newPage();
    const log = [];
    tab.on('console', (message) => log.push(`[${message.type()}] ${message.text()}`));
    tab.on('pageerror', (error) => log.push(`[pageerror] ${error.message}`));
    tab.on('requestfinished', (request) => log.push(`[${request.response()?.status()}] ${request.url()}`));
    try {
      await tab.goto(`${site.origin}${path}`, {waitUntil: 'load'});
      if (expectRender)
        await tab
          .waitForFunction(
            (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="heading"]')?.textContent,
            {timeout: 5_000},
            TAG,
          )
          .catch(() => undefined);
      else await tab.waitForNetworkIdle({idleTime: 300, timeout: 5_000});
      const state = await tab.evaluate(
        (tag) => ({
          defined: customElements.get(tag) !== undefined,
          heading: document.querySelector(tag)?.shadowRoot?.querySelector('[part~="heading"]')?.textContent ?? '',
        }),
        TAG,
      );
      return {...state, log: log.join('\n  ')};
    } finally {
      await tab.close();
    }
  }

  test('the module snippet renders the element', async () => {
    const result = await open('/module', {head: fromCdn(snippet('module'))}, {expectRender: true});
    assert.ok(result.heading.includes(HEADINGS[TAG].en), `no heading rendered:\n  ${result.log}`);
    assert.match(result.log, new RegExp(`${cdn.origin}/npm/iop-family@${version}/dist/chunks/runtime-`), 'chunks came from the CDN');
  });

  test('the classic snippet, with its integrity value, renders the element', async () => {
    const tag = snippet('classic');
    assert.match(tag, /\bintegrity="sha384-[^"]+"/);
    assert.match(tag, /\bcrossorigin="anonymous"/);
    const result = await open('/classic', {head: fromCdn(tag)}, {expectRender: true});
    assert.ok(result.heading.includes(HEADINGS[TAG].en), `no heading rendered:\n  ${result.log}`);
  });

  test('the classic snippet with a wrong integrity value does not run', async () => {
    const wrong = integrityOf('something else');
    const result = await open(
      '/classic-wrong',
      {head: fromCdn(snippet('classic')).replace(/integrity="[^"]*"/, `integrity="${wrong}"`)},
      {
        expectRender: false,
      },
    );
    assert.equal(result.defined, false, `<${TAG}> was defined:\n  ${result.log}`);
    assert.match(result.log, /integrity/i, 'the browser said why it refused the script');
  });

  test('the Language section\'s element marked lang="es", on an English page, renders in Spanish with either build', async () => {
    const [body] = htmlBlocks('Language');
    assert.ok(body?.includes(`<${TAG} lang="es">`), 'README.md\'s Language section shows the element with lang="es"');
    for (const build of ['module', 'classic']) {
      const result = await open(`/language-${build}`, {head: fromCdn(snippet(build)), body}, {expectRender: true});
      assert.ok(result.heading.includes(HEADINGS[TAG].es), `${build}: no Spanish heading rendered (${result.heading}):\n  ${result.log}`);
    }
  });

  /** The module snippet after an import map whose integrity section lists every file, as the README describes. */
  function importMapPage(change = (hashes) => hashes) {
    const base = `${cdn.origin}/npm/iop-family@${version}/`;
    const hashes = change(readSri());
    const map = JSON.stringify({integrity: Object.fromEntries(Object.entries(hashes).map(([file, hash]) => [base + file, hash]))});
    const scriptSrc = ` 'sha256-${createHash('sha256').update(map).digest('base64')}'`;
    return {head: `<script type="importmap">${map}</script>${fromCdn(snippet('module'))}`, scriptSrc};
  }

  test("an import map's integrity section covers the files the module loader imports", async () => {
    const result = await open('/import-map', importMapPage(), {expectRender: true});
    assert.ok(result.heading.includes(HEADINGS[TAG].en), `no heading rendered:\n  ${result.log}`);
    const wrongRuntime = (hashes) =>
      Object.fromEntries(Object.entries(hashes).map(([file, hash]) => [file, file.includes('/runtime-') ? integrityOf('x') : hash]));
    const refused = await open('/import-map-wrong', importMapPage(wrongRuntime), {expectRender: false});
    assert.equal(refused.defined, false, `<${TAG}> was defined with a wrong hash for the runtime:\n  ${refused.log}`);
    assert.match(refused.log, /integrity/i);
  });
});
