/**
 * Byte sizes of the built files: raw (minified), gzip -9 and brotli (quality 11), and what a page loads for
 * an entry: the file and its static imports, plus, for a Spanish page, the Spanish chunk it imports on demand.
 * Deterministic for a given build, so budgets can be tested.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

export function sizeOf(buffer) {
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, {level: 9}).length,
    brotli: brotliCompressSync(buffer, {params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length}})
      .length,
  };
}

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+)["']\s*\)/g;

/**
 * The files a page loads for `entries` (paths in dist/): each, its static imports (recursively), and the
 * dynamic imports matching `lazy`.
 */
export function filesLoaded(entries, lazy = /$^/) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) if (spec.startsWith('.')) visit(join(dirname(file), spec));
    for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) if (spec.startsWith('.') && lazy.test(spec)) visit(join(dirname(file), spec));
  };
  for (const entry of [entries].flat()) visit(entry);
  return [...seen];
}

/** Sizes of what a page loads for `entries`, summed as one transfer each (each file compressed alone, as servers do). */
export function pageWeight(entries, lazy) {
  const files = filesLoaded(entries, lazy);
  const total = {min: 0, gzip: 0, brotli: 0};
  for (const file of files) {
    const size = sizeOf(readFileSync(file));
    total.min += size.min;
    total.gzip += size.gzip;
    total.brotli += size.brotli;
  }
  return {files: files.map((file) => relative(process.cwd(), file)), ...total};
}

export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The element modules in dist/elements/, by tag. */
export function elementModules(dir = 'dist/elements') {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({tag: file.replace(/\.js$/, ''), file: join(dir, file)}));
}

/** What a page with these elements loads: the loader, the elements' modules and the shared runtime, plus the Spanish text on a Spanish page. */
export function pageWith(tags, locale = 'en') {
  // A page in another language also loads lit-localize's message look-up (src/shared/translated-msg.ts).
  return pageWeight(['dist/iop-family.js', ...tags.map((tag) => `dist/elements/${tag}.js`)], locale === 'es' ? /[/-]es-|look-up/ : /$^/);
}
