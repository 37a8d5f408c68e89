#!/usr/bin/env node
/**
 * Helps translators work on locales/<locale>.xlf without hand-editing XML.
 *
 *   node scripts/xliff.mjs todo [es]            list units with no translation, as JSON: {"English {0}": ""}
 *   node scripts/xliff.mjs fill file.json [es]  add translations keyed by English source ({0} = placeholder 0)
 *   node scripts/xliff.mjs check [es]           exit 1 if any unit lacks a target or its placeholders differ
 *
 * Placeholders are written {0}, {1}… in both languages; they stand for the <x id="0" …/> elements of the source.
 */
import {mkdirSync, readFileSync, rmdirSync, writeFileSync} from 'node:fs';

const [command, ...args] = process.argv.slice(2);
const jsonArg = command === 'fill' ? args.shift() : undefined;
const locale = args[0] ?? 'es';
const path = new URL(`../locales/${locale}.xlf`, import.meta.url);

const UNIT = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;
const unescape = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text with each <x id="N" …/> written as {N}. */
function readable(xml) {
  return unescape(xml.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}'));
}

function units(xlf) {
  return [...xlf.matchAll(UNIT)].map(([, id, body]) => {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    return {id, body, source, target};
  });
}

const placeholders = (text) =>
  [...text.matchAll(/\{(\d+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

function withLock(fn) {
  const lock = new URL(`../locales/.${locale}.lock`, import.meta.url);
  for (let tries = 0; ; tries++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (tries > 200) throw new Error(`locked: ${lock.pathname}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
  try {
    return fn();
  } finally {
    rmdirSync(lock);
  }
}

if (command === 'todo') {
  const todo = Object.fromEntries(
    units(readFileSync(path, 'utf8'))
      .filter((u) => u.target === undefined)
      .map((u) => [readable(u.source), '']),
  );
  console.log(JSON.stringify(todo, null, 2));
} else if (command === 'fill') {
  const translations = JSON.parse(readFileSync(jsonArg, 'utf8'));
  withLock(() => {
    let xlf = readFileSync(path, 'utf8');
    let filled = 0;
    const unused = new Set(Object.keys(translations));
    xlf = xlf.replace(UNIT, (whole, id, body) => {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      const key = readable(source);
      const spanish = translations[key];
      if (typeof spanish !== 'string' || !spanish) return whole;
      unused.delete(key);
      if (placeholders(spanish) !== placeholders(key)) throw new Error(`placeholders differ for: ${key}`);
      const xs = Object.fromEntries([...source.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => [m[1], m[0]]));
      const target = escape(spanish).replace(/\{(\d+)\}/g, (_, n) => xs[n]);
      filled++;
      const rest = body.replace(/\s*<target>[\s\S]*?<\/target>/, '');
      return `<trans-unit id="${id}">${rest.replace('</source>', `</source>\n  <target>${target}</target>`)}</trans-unit>`;
    });
    writeFileSync(path, xlf);
    console.log(`filled ${filled} units in ${path.pathname}`);
    if (unused.size > 0) console.log(`not matched (source changed?):\n  ${[...unused].join('\n  ')}`);
  });
} else if (command === 'check') {
  const problems = [];
  for (const u of units(readFileSync(path, 'utf8'))) {
    if (u.target === undefined || !u.target.trim()) problems.push(`missing: ${readable(u.source)}`);
    else if (placeholders(readable(u.target)) !== placeholders(readable(u.source)))
      problems.push(`placeholders differ: ${readable(u.source)}`);
  }
  if (problems.length > 0) {
    console.error(`${locale}.xlf: ${problems.length} problem(s)\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`${locale}.xlf: every unit is translated`);
} else {
  console.error('usage: node scripts/xliff.mjs todo|fill <file.json>|check [locale]');
  process.exit(2);
}
