import {readdirSync} from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/** Minified HTML and CSS in template literals, TypeScript through esbuild (types are checked by `tsc` separately). */
const plugins = (module) => [
  minifyHTML(),
  nodeResolve(),
  esbuild({target: 'es2021', tsconfig: 'tsconfig.json'}),
  // The IIFE's top-level global would be dropped with `module: true`.
  terser({module, ecma: 2021, format: {comments: false}, compress: {passes: 2}}),
];

const elementEntries = Object.fromEntries(
  readdirSync('src/elements')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [file.replace(/\.ts$/, ''), `src/elements/${file}`]),
);

export default [
  // The main module: all elements in one file; the Spanish text loads on demand, relative to this file's URL.
  {
    input: {'iop-family': 'src/iop-family.ts'},
    output: {dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'iop-family-[name]-[hash].js'},
    // Without this, rollup moves the whole library into a shared chunk so the locale chunk can import from it.
    preserveEntrySignatures: 'allow-extension',
    plugins: plugins(true),
  },
  // The classic script for CMSs that only allow plain <script> tags: one file, every locale inlined.
  {
    input: 'src/iop-family.ts',
    output: {file: 'dist/iop-family.iife.js', format: 'iife', name: 'IopFamily', inlineDynamicImports: true},
    plugins: plugins(false),
  },
  // One module per element; elements loaded together share lit and the localization runtime.
  {
    input: elementEntries,
    output: {dir: 'dist/elements', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared-[name]-[hash].js'},
    preserveEntrySignatures: 'allow-extension',
    plugins: plugins(true),
  },
];
