/**
 * What `import 'iop-family'` gives an app built with webpack, Vite, Rollup, esbuild or Parcel: the same
 * on-demand loader as the CDN script (iop-family.ts), without its build-time preload list. The app's bundler
 * splits and names the element chunks itself, so a list of this package's own chunk files would point at
 * files that no longer exist, and a computed `import()` would make webpack bundle the whole folder.
 */
import {autoload} from './autoload.js';
import {ELEMENT_LOADERS} from './element-loaders.js';

const {loadAll} = autoload(ELEMENT_LOADERS, () => undefined);

/** Defines every element now. Resolves when all four are defined, in whatever language the page is in. */
export const defineAll = loadAll;

export type * from './iop-family.js';
