/**
 * The CMS recipes as the README gives them, and pages to try them on. Every test reads its snippets from
 * README.md's "Content management systems" section, so a change to the README is what is tested.
 */
import {readmeBlocks, type CodeBlock} from '../helpers/readme.js';
import {until as waitUntil} from '../helpers/wait.js';

export const CDN = 'https://cdn.jsdelivr.net/npm/iop-family@';

/** The fenced code blocks under one `### heading` of the README's "Content management systems" section. */
const recipe = (heading: string): Promise<CodeBlock[]> => readmeBlocks('## Content management systems', `### ${heading}`);

/** The one block of a language under a heading, or the `index`-th of several. */
export async function block(heading: string, lang: string, index = 0): Promise<string> {
  const found = (await recipe(heading)).filter((b) => b.lang === lang);
  if (!found[index]) throw new Error(`README "### ${heading}" has no ${lang} block number ${index + 1}`);
  return found[index].code;
}

let cdnOrigin: Promise<string> | undefined;

/** Points the README's pinned CDN URLs at the local build, served from another origin like the real CDN (cdn.mjs). */
export async function viaCdn(html: string): Promise<string> {
  cdnOrigin ??= fetch('/cdn/origin')
    .then((response) => response.json() as Promise<{origin: string}>)
    .then(({origin}) => origin);
  const origin = await cdnOrigin;
  return html.replaceAll(CDN, `${origin}/cdn/npm/iop-family@`);
}

export const TAGS = ['iop-care-levels', 'iop-weekly-schedule', 'iop-family-roles', 'iop-conversation-guide'];

export interface HostPage {
  win: Window & typeof globalThis;
  doc: Document;
  errors: string[];
}

/** Loads a page (its head and body HTML) in an iframe, with the CDN URLs pointed at the local build. */
export async function loadPage(head: string, body: string): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '800';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>CMS page</title>
<script>window.pageErrors = []; addEventListener('error', (e) => pageErrors.push(String(e.message)));</script>
${await viaCdn(head)}</head><body>${await viaCdn(body)}</body></html>`;
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, {once: true});
  });
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & {pageErrors: string[]};
  return {win, doc: frame.contentDocument!, errors: win.pageErrors};
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

/** Host pages in an iframe take longer than a fixture: up to 5 s. */
export const until = (check: () => boolean, what: string): Promise<void> => waitUntil(check, what, 500);

/** Waits until every iop- element on the page has rendered. */
export async function rendered(doc: Document): Promise<void> {
  await until(
    () => [...doc.querySelectorAll(TAGS.join(','))].every((el) => !!el.shadowRoot?.querySelector('[part="base"]')),
    'every element to render',
  );
}

/** The text an element shows, shadow root included (not its light DOM). */
export const shown = (el: Element | null): string => el?.shadowRoot?.textContent ?? '';

/** Resources a page loaded from the CDN's origin (not the page's, which a srcdoc frame shares with the test page). */
export function fromCdn(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/cdn/npm/iop-family@') && new URL(url).origin !== location.origin);
}
