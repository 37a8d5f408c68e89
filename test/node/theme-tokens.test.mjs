/**
 * A colour token can only ever be a colour: no property that can load an image or a resource (the
 * `background` shorthand, `list-style`, `mask`, `filter`…) takes a custom property as its value, so
 * `--iop-background: url(https://elsewhere/track.png)` on a host page cannot make an element fetch anything.
 * (Inside a gradient or color-mix() a url() only makes the value invalid, so those are allowed.)
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const LOADING_PROPERTIES =
  /(?:^|[;{\s])(background|background-image|list-style|list-style-image|border-image|border-image-source|content|cursor|mask|mask-image|filter|clip-path|shape-outside)\s*:\s*([^;{}]*)/g;
/** Custom properties the library sets itself, never from a host's tokens. */
const INTERNAL = /var\(--_pattern\b/g;

function sourceFiles(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The value with every gradient and color-mix() taken out (balanced brackets). */
function outsideColourFunctions(value) {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const rest = value.slice(i);
    const fn = /^(?:repeating-)?(?:linear|radial|conic)-gradient\(|^color-mix\(/.exec(rest);
    if (!fn) {
      out += value[i];
      continue;
    }
    let depth = 0;
    let j = i;
    for (; j < value.length; j++) {
      if (value[j] === '(') depth++;
      else if (value[j] === ')' && --depth === 0) break;
    }
    i = j;
  }
  return out;
}

test('no property that can load a resource takes a theme token as its value', () => {
  const found = [];
  let checked = 0;
  for (const file of sourceFiles('src')) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(LOADING_PROPERTIES)) {
      checked++;
      const value = outsideColourFunctions(match[2]).replace(INTERNAL, '');
      if (value.includes('var(--')) found.push(`${file}: ${match[1]}: ${match[2].trim()}`);
    }
  }
  assert.ok(checked > 20, `only ${checked} declarations found; is the pattern still right?`);
  assert.deepEqual(found, [], 'use background-color (and the like), so a token can only be a colour');
});
