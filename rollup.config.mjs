import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {posix} from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {privateNameMap} from './scripts/private-names.mjs';

/**
 * iop-family installs its own `msg()` (src/shared/translated-msg.ts), which looks each message up in the
 * language of the element being rendered; lit-localize's runtime mode, with one language per page, is never
 * used. Its module runs code when loaded and imports the message look-up, so `@lit/localize`'s index would
 * pull both into every page: it is left out here.
 */
const NO_LIT_LOCALIZE_RUNTIME = '\0iop-no-lit-localize-runtime';
function withoutLitLocalizeRuntime() {
  return {
    name: 'iop-without-lit-localize-runtime',
    resolveId(source, importer) {
      if (source === './init/runtime.js' && /[\\/]@lit[\\/]localize[\\/]lit-localize\.js$/.test(importer ?? ''))
        return NO_LIT_LOCALIZE_RUNTIME;
      return null;
    },
    load(id) {
      return id === NO_LIT_LOCALIZE_RUNTIME ? 'export {};' : null;
    },
  };
}

/**
 * Shared modules that only some elements import statically (the help lines, the radio-choice styles) are
 * copied into each element module that uses them, rather than split into a chunk of their own: a page then
 * loads one file less (each file compressed alone costs its own overhead, and the import and export lists
 * between them), and a page with one element, the common case, loads less. A page with every element loads
 * the copies twice.
 */
const PER_ELEMENT = /[\\/]src[\\/]shared[\\/](crisis|choice-styles)\.ts$/;

function copiedPerElement() {
  const marker = '.copy-for-';
  return {
    name: 'iop-copied-per-element',
    async resolveId(source, importer, options) {
      const element = /[\\/]src[\\/]components[\\/]([\w-]+)[\\/]/.exec(importer ?? '')?.[1];
      if (!element || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, {...options, skipSelf: true});
      if (!resolved || !PER_ELEMENT.test(resolved.id)) return null;
      return resolved.id.replace(/\.ts$/, `${marker}${element}.ts`);
    },
    load(id) {
      const at = id.indexOf(marker);
      return at < 0 ? null : readFileSync(`${id.slice(0, at)}.ts`, 'utf8');
    },
  };
}

/**
 * esbuild compiles each decorated field to `__decorateClass([property()], Element.prototype, 'name', 2)`, and
 * gives each element module its own copy of that helper. Lit's `property(options)` decorator, on a field,
 * only calls `Element.createProperty('name', options)` and returns nothing for the helper to define (and
 * `state(options)` is `property({...options, state: true, attribute: false})`), so this makes that call
 * itself: terser drops the unused helper, and the runtime leaves out the decorators' code. Any other
 * decorator is left to the helper.
 */
function directLitDecorators() {
  return {
    name: 'iop-direct-lit-decorators',
    transform(code) {
      if (!code.includes('__decorateClass(')) return null;
      const ast = this.parse(code);
      const litDecorators = new Map();
      for (const node of ast.body) {
        if (node.type !== 'ImportDeclaration' || !/^lit\/decorators(\.js)?$/.test(node.source.value)) continue;
        for (const specifier of node.specifiers)
          if (specifier.type === 'ImportSpecifier' && ['property', 'state'].includes(specifier.imported.name))
            litDecorators.set(specifier.local.name, specifier.imported.name);
      }
      const text = (node) => code.slice(node.start, node.end);
      let out = '';
      let at = 0;
      for (const node of ast.body) {
        const call = node.type === 'ExpressionStatement' ? node.expression : undefined;
        if (call?.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== '__decorateClass') continue;
        const [decorators, target, key, kind, ...rest] = call.arguments;
        const [decorator, ...more] = decorators?.type === 'ArrayExpression' ? decorators.elements : [];
        const direct =
          rest.length === 0 &&
          more.length === 0 &&
          decorator?.type === 'CallExpression' &&
          decorator.callee.type === 'Identifier' &&
          litDecorators.has(decorator.callee.name) &&
          target?.type === 'MemberExpression' &&
          target.property.type === 'Identifier' &&
          target.property.name === 'prototype' &&
          key?.type === 'Literal' &&
          typeof key.value === 'string' &&
          kind?.type === 'Literal' &&
          kind.value === 2;
        if (!direct) continue;
        // property(options) and state(options) on a field: Element.createProperty(name, options), as they do.
        const [options, ...moreOptions] = decorator.arguments;
        if (moreOptions.length > 0 || options?.type === 'SpreadElement') continue;
        const declaration =
          litDecorators.get(decorator.callee.name) === 'state'
            ? `{${options ? `...${text(options)}, ` : ''}state: true, attribute: false}`
            : options && text(options);
        out += `${code.slice(at, call.start)}${text(target.object)}.createProperty(${[text(key), declaration].filter(Boolean).join(', ')})`;
        at = call.end;
      }
      return at === 0 ? null : {code: out + code.slice(at), map: null};
    },
  };
}

/** The TypeScript `private` members, renamed to short names (see scripts/private-names.mjs). */
const PRIVATE_NAMES = privateNameMap();

/** Minified HTML and CSS in template literals, TypeScript through esbuild (types are checked by `tsc` separately). */
const plugins = (module) => [
  withoutLitLocalizeRuntime(),
  minifyHTML(),
  nodeResolve(),
  esbuild({
    target: 'es2021',
    tsconfig: 'tsconfig.json',
    mangleProps: new RegExp(`^(${Object.keys(PRIVATE_NAMES).join('|')})$`),
    mangleCache: PRIVATE_NAMES,
  }),
  directLitDecorators(),
  // The IIFE's top-level global would be dropped with `module: true`. Function declarations hoisted, only
  // simple functions inlined and objects' properties not split into variables: brotli finds more repeats in
  // what that leaves (measured: 28 to 88 bytes less a page).
  terser({module, ecma: 2021, format: {comments: false}, compress: {passes: 2, hoist_funs: true, inline: 1, hoist_props: false}}),
];

const {targetLocales} = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

const elementEntries = Object.fromEntries(
  readdirSync('src/elements')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`elements/${file.replace(/\.ts$/, '')}`, `src/elements/${file}`]),
);

/**
 * What every element shares (lit, localization, controllers, registration) goes into one runtime chunk. The
 * problem sentences and the citations stay out of it: they load only when a page's clinic data has a problem,
 * or when a reader opens a list of sources; so do the help lines and the radio-choice styles, which only
 * some elements show (each has its own copy: copiedPerElement), the print code, which loads when a reader
 * prints, the readable copy of a host's unreadable data (only needed when a getter or proxy throws), and
 * lit-localize's message look-up, which only pages in another language need (src/shared/translated-msg.ts).
 */
const isRuntime = (id) =>
  (/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id) && !/[\\/](runtime-msg|id-generation|fnv1a64)\.js$/.test(id)) ||
  (/[\\/]src[\\/](shared|generated[\\/]locale-codes|define|version)/.test(id) &&
    !/problem-text|[\\/](sources|crisis|print|choice-styles|readable-copy)\./.test(id));

/**
 * lit-localize's message look-up (see src/shared/translated-msg.ts) loads with the first translations.
 * With one language besides English, it goes into the chunk of that language's shared text, which every page
 * in it loads at the same moment: one file less to fetch.
 */
const LOOK_UP_CHUNK = targetLocales.length === 1 ? `${targetLocales[0]}-shared` : 'look-up';
const isLookUp = (id) =>
  /[\\/]@lit[\\/]localize[\\/]/.test(id) ||
  (LOOK_UP_CHUNK !== 'look-up' && id.replace(/\\/g, '/').endsWith(`/src/generated/locales/${LOOK_UP_CHUNK}.ts`));

const OWN_CODE_HASH = createHash('sha256').update(String(exportsUnderLocalNames)).digest('hex').slice(0, 16);

/**
 * Rollup names a chunk's exports `a`, `b`…, and terser its variables, so the runtime ends with
 * `export{J as A,we as B,…}`. A chunk that is only ever imported statically (the runtime) can export each
 * variable under its own name instead, `export{J,we,…}`, its importers asking for `J as e`: shorter, as only
 * the import lists name them. A chunk that is imported dynamically keeps its names, which code reads as
 * properties of the module.
 */
function exportsUnderLocalNames() {
  return {
    name: 'iop-exports-under-local-names',
    // The edits below come after rollup has hashed each chunk's content into its file name. They follow from
    // that content and from this code, so this code goes into the hash too: a change here renames the files,
    // and a host caching hashed chunks forever never pairs a new element with an old runtime.
    augmentChunkHash() {
      return OWN_CODE_HASH;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const importSource = (from, to) => {
        const path = posix.relative(posix.dirname(from.fileName), to.fileName);
        return path.startsWith('.') ? path : `./${path}`;
      };
      for (const chunk of chunks) {
        if (chunk.isEntry || chunk.isDynamicEntry || chunks.some((other) => other.dynamicImports.includes(chunk.fileName))) continue;
        const [clause, ...others] = this.parse(chunk.code).body.filter(
          (node) => node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration',
        );
        if (!clause || others.length > 0 || clause.type !== 'ExportNamedDeclaration' || clause.declaration || clause.source) continue;
        const renamed = new Map();
        const names = new Set();
        for (const {local, exported} of clause.specifiers) {
          const name = names.has(local.name) ? exported.name : local.name;
          if (names.has(name)) this.error(`${chunk.fileName}: cannot export ${local.name} under a name of its own`);
          names.add(name);
          renamed.set(exported.name, name);
        }
        const importers = chunks.filter((other) => other.imports.includes(chunk.fileName));
        const edits = importers.map((importer) => {
          const source = importSource(importer, chunk);
          const body = this.parse(importer.code).body;
          if (body.some((node) => node.type !== 'ImportDeclaration' && node.source?.value === source))
            this.error(`${importer.fileName} exports from ${chunk.fileName}`);
          const declarations = body.filter((node) => node.type === 'ImportDeclaration' && node.source.value === source);
          if (declarations.length === 0) this.error(`${importer.fileName} imports ${chunk.fileName}, but not as ${source}`);
          let code = importer.code;
          for (const declaration of declarations.reverse()) {
            if (declaration.specifiers.length === 0) continue;
            const specifiers = declaration.specifiers.map((specifier) => {
              if (specifier.type !== 'ImportSpecifier')
                this.error(`${importer.fileName}: unexpected ${specifier.type} of ${chunk.fileName}`);
              const name = renamed.get(specifier.imported.name);
              if (!name) this.error(`${importer.fileName} imports ${specifier.imported.name}, which ${chunk.fileName} does not export`);
              return name === specifier.local.name ? name : `${name} as ${specifier.local.name}`;
            });
            code = `${code.slice(0, declaration.start)}import{${specifiers.join(',')}}from${JSON.stringify(source)};${code.slice(declaration.end)}`;
          }
          return [importer, code];
        });
        for (const [importer, code] of edits) importer.code = code;
        const specifiers = clause.specifiers.map(({local, exported}) => {
          const name = renamed.get(exported.name);
          return name === local.name ? name : `${local.name} as ${name}`;
        });
        chunk.code = `${chunk.code.slice(0, clause.start)}export{${specifiers.join(',')}};${chunk.code.slice(clause.end)}`;
      }
    },
  };
}

/**
 * Writes into the loader, for each element, the chunks its module imports, so the loader can fetch them in
 * parallel with the element rather than one after the other (see PRELOADS in src/iop-family.ts).
 */
function elementPreloads() {
  return {
    name: 'iop-element-preloads',
    generateBundle(_options, bundle) {
      const loader = bundle['iop-family.js'];
      if (!loader || loader.type !== 'chunk') return;
      const closure = (file, seen = new Set()) => {
        for (const imported of bundle[file]?.imports ?? []) {
          if (!seen.has(imported)) {
            seen.add(imported);
            closure(imported, seen);
          }
        }
        return seen;
      };
      const preloads = {};
      for (const name of Object.keys(elementEntries)) {
        const tag = name.replace('elements/', '');
        const files = [...closure(`${name}.js`)];
        preloads[tag] = files;
        // The translations the element and its chunks load on a page in each language (chunks named es-…).
        for (const locale of targetLocales) {
          preloads[`${tag}|${locale}`] = [
            ...new Set(
              [`${name}.js`, ...files]
                .flatMap((file) => bundle[file]?.dynamicImports ?? [])
                .filter((file) => new RegExp(`/${locale}-`).test(file)),
            ),
          ];
        }
      }
      // Every file is a chunk: written without the folder and extension, which the loader adds back, and in single
      // quotes, so the JSON's own quotes need no backslashes.
      for (const [key, files] of Object.entries(preloads)) {
        preloads[key] = files.map((file) => {
          const chunk = /^chunks\/([\w.-]+)\.js$/.exec(file)?.[1];
          if (!chunk) this.error(`the loader can only preload chunks/*.js, not ${file}`);
          return chunk;
        });
      }
      const literal = `'${JSON.stringify(preloads)}'`;
      const placeholder = /(["'])__IOP_PRELOADS__\1/;
      if (!placeholder.test(loader.code)) this.error('the loader has no __IOP_PRELOADS__ placeholder');
      loader.code = loader.code.replace(placeholder, literal);
    },
  };
}

/** The class name an element entry exports: iop-care-levels → IopCareLevels. */
const className = (tag) => tag.replace(/(^|-)(\w)/g, (_match, _dash, letter) => letter.toUpperCase());

/**
 * Node's copy of each element entry (the `node` export condition): a placeholder class with the element's
 * name, so server code that imports an element (Next.js, Nuxt, Astro and SvelteKit render on the server
 * first) gets what it imports and no error about a DOM that Node does not have.
 */
function nodePlaceholders() {
  const prefix = '\0iop-node-element:';
  return {
    name: 'iop-node-placeholders',
    resolveId: (id) => (id.startsWith(prefix) ? id : null),
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const tag = id.slice(prefix.length);
      return [
        `/** <${tag}> in Node: a placeholder. The element is defined in the browser, by the browser build. */`,
        `export class ${className(tag)} extends (globalThis.HTMLElement ?? class {}) {}`,
      ].join('\n');
    },
  };
}

/** Element modules stay separate files: the bundler entry imports them by path, next to it in dist/. */
const elementModule = (id) => /^\.\/elements\/[\w-]+\.js$/.test(id);

export default [
  // The module build: the loader (iop-family.js), one entry per element (also usable alone), the shared
  // runtime and the Spanish text as chunks. Every import is relative, so it works from any path or CDN.
  {
    input: {'iop-family': 'src/iop-family.ts', ...elementEntries},
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Rollup's own code (reading a lazily loaded chunk's exports) as arrow functions.
      generatedCode: {arrowFunctions: true},
      manualChunks: (id) => (isRuntime(id) ? 'runtime' : isLookUp(id) ? LOOK_UP_CHUNK : undefined),
    },
    // Lets an element's lazy chunks (such as the calendar export) import from the element module itself,
    // instead of rollup moving the element into a chunk behind a one-line facade.
    preserveEntrySignatures: 'allow-extension',
    plugins: [copiedPerElement(), ...plugins(true), exportsUnderLocalNames(), elementPreloads()],
  },
  // What `import 'iop-family'` resolves to in an app's bundler (package.json exports), and the JSON-script helper.
  {
    input: {'iop-family.bundler': 'src/bundler.ts', 'json-script': 'src/json-script.ts'},
    external: elementModule,
    makeAbsoluteExternalsRelative: false,
    output: {dir: 'dist', format: 'es', entryFileNames: '[name].js'},
    plugins: plugins(true),
  },
  // What Node gets (the `node` export condition): a no-op loader and placeholder element classes.
  {
    input: {
      'iop-family': 'src/node/iop-family.ts',
      ...Object.fromEntries(Object.keys(elementEntries).map((name) => [name, `\0iop-node-element:${name.replace('elements/', '')}`])),
    },
    output: {dir: 'dist/node', format: 'es', entryFileNames: '[name].js'},
    plugins: [nodePlaceholders(), ...plugins(true)],
  },
  // The classic script for CMSs that only allow plain <script> tags: one file, every element and language inside.
  {
    input: 'src/iop-family.ts',
    output: {file: 'dist/iop-family.iife.js', format: 'iife', name: 'IopFamily', inlineDynamicImports: true},
    plugins: plugins(false),
  },
];
