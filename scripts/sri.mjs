#!/usr/bin/env node
/**
 * Subresource Integrity for the files a page loads from a CDN.
 *
 *   node scripts/sri.mjs            writes dist/sri.json (the last step of `npm run build`)
 *   node scripts/sri.mjs --readme   rewrites README.md's integrity values from dist/sri.json, and its
 *                                   `iop-family@<version>` URLs to package.json's version
 *
 * dist/sri.json maps each browser file, by its path in the package, to `sha384-<base64>`: the two entries
 * (the module loader and the classic script), each element module and every chunk the loader imports.
 */
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SRI_FILE = 'dist/sri.json';
export const README_COMMAND = 'node scripts/sri.mjs --readme';

/** The integrity value of some bytes, as an `integrity` attribute or an import map takes it. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The files a browser loads from dist/: entries first, then the element modules and chunks, sorted. */
function browserFiles() {
  const listed = (dir) =>
    readdirSync(`${root}dist/${dir}`)
      .filter((name) => name.endsWith('.js'))
      .sort()
      .map((name) => `dist/${dir}/${name}`);
  return ['dist/iop-family.js', 'dist/iop-family.iife.js', ...listed('elements'), ...listed('chunks')];
}

export function writeSri() {
  const hashes = Object.fromEntries(browserFiles().map((file) => [file, integrityOf(readFileSync(`${root}${file}`))]));
  writeFileSync(`${root}${SRI_FILE}`, `${JSON.stringify(hashes, null, 2)}\n`);
  return hashes;
}

export function readSri() {
  if (!existsSync(`${root}${SRI_FILE}`)) throw new Error(`${SRI_FILE} is missing: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(`${root}${SRI_FILE}`, 'utf8'));
}

/**
 * README.md as it should read: each `integrity="…"` on a tag whose URL names a file in `hashes` set to that
 * file's hash, and each `iop-family@x.y.z` set to `version`. Throws if a tag's integrity names no known file.
 */
export function readmeWithSri(readme, hashes, version) {
  const tags = readme.replace(/<(script|link)\b[^>]*\bintegrity="[^"]*"[^>]*>/g, (tag) => {
    const file = /\biop-family@[^/"]+\/(dist\/[^"?#]+)/.exec(tag)?.[1];
    if (!file || !hashes[file]) throw new Error(`README.md: no hash in ${SRI_FILE} for ${tag}`);
    return tag.replace(/\bintegrity="[^"]*"/, `integrity="${hashes[file]}"`);
  });
  return tags.replace(/\biop-family@\d+\.\d+\.\d+(?:-[\w.]+)?/g, `iop-family@${version}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--readme')) {
    const {version} = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    const before = readFileSync(`${root}README.md`, 'utf8');
    const after = readmeWithSri(before, readSri(), version);
    writeFileSync(`${root}README.md`, after);
    console.log(before === after ? 'README.md was up to date.' : `README.md: integrity and version set from ${SRI_FILE} (${version}).`);
  } else {
    const hashes = writeSri();
    console.log(`${SRI_FILE}: ${Object.keys(hashes).length} files`);
  }
}
