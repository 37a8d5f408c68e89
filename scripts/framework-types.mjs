/**
 * Framework typings, generated from custom-elements.json at the end of `npm run build`:
 *
 * - types/react.d.ts: React 19 JSX (`import type {} from 'iop-family/react'`)
 * - types/vue.d.ts: Vue 3 templates, through GlobalComponents (`import type {} from 'iop-family/vue'`)
 * - types/preact.d.ts: Preact JSX (`import type {} from 'iop-family/preact'`), not compile-tested here
 * - types/svelte.d.ts: Svelte 5 templates (`import type {} from 'iop-family/svelte'`)
 *
 * Each element gets its attributes (kebab-case, as the manifest types them), its properties (camelCase, such as
 * `clinic`) and its events. Type names in the manifest (CareLevelsClinicData, LevelSelectDetail, …) are
 * imported from the package's main typings; the script stops if one is not exported there. The files hold
 * types only: nothing here reaches a page.
 *
 * `node scripts/framework-types.mjs` writes the files; `frameworkTypes()` returns them (the tests compare).
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import ts from 'typescript';

/** Where the generated files import the package's own types from, relative to types/. */
const MAIN_TYPES = '../dist/types/iop-family.js';

/** Names in a type that are not the package's own: built-in types and type operators (`readonly T[]`). */
const BUILT_IN = new Set([
  'string',
  'number',
  'boolean',
  'undefined',
  'null',
  'unknown',
  'true',
  'false',
  'readonly',
  'CustomEvent',
  'Event',
]);

/** Everything the package's main typings export, by name. */
export function exportedNames(mainTypes = 'dist/types/iop-family.d.ts') {
  const program = ts.createProgram([resolve(mainTypes)], {noEmit: true, skipLibCheck: true, types: []});
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(resolve(mainTypes));
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!symbol) throw new Error(`framework-types: cannot read ${mainTypes}; run the build first.`);
  return new Set(checker.getExportsOfModule(symbol).map((s) => s.name));
}

/** The elements in the manifest, with what the typings need of them. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => ({
      tag: d.tagName,
      className: d.name,
      summary: firstSentence(d.description),
      attributes: (d.attributes ?? []).map((a) => ({
        name: a.name,
        type: a.type?.text ?? 'string',
        description: a.description,
        fieldName: a.fieldName,
      })),
      properties: (d.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (!m.privacy || m.privacy === 'public'))
        .map((m) => ({name: m.name, type: m.type?.text ?? 'unknown', description: m.description})),
      events: (d.events ?? []).map((e) => ({name: e.name, type: e.type?.text ?? 'CustomEvent', description: e.description})),
    }));
}

/** The generated files: path → text. */
export function frameworkTypes(manifest, exported = exportedNames()) {
  const elements = elementsOf(manifest);
  if (elements.length === 0) throw new Error('framework-types: custom-elements.json lists no elements.');
  const used = new Set(elements.map((e) => e.className));
  for (const element of elements)
    for (const item of [...element.attributes, ...element.properties, ...element.events])
      for (const name of typeNames(item.type)) used.add(name);
  const missing = [...used].filter((name) => !exported.has(name));
  if (missing.length > 0)
    throw new Error(`framework-types: the manifest uses ${missing.join(', ')}, which dist/types/iop-family.d.ts does not export.`);
  const imports = `import type {${[...used].sort().join(', ')}} from '${MAIN_TYPES}';`;
  return new Map([
    ['types/react.d.ts', react(elements, imports)],
    ['types/vue.d.ts', vue(elements, imports)],
    ['types/preact.d.ts', preact(elements, imports)],
    ['types/svelte.d.ts', svelte(elements, imports)],
  ]);
}

/** The identifiers in a type's text, leaving out quoted literals and built-in names. */
function typeNames(text) {
  const bare = text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '');
  return [...bare.matchAll(/[A-Za-z_$][\w$]*/g)].map((m) => m[0]).filter((name) => !BUILT_IN.has(name));
}

function firstSentence(text = '') {
  const paragraph = text
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, ' ')
    .trim();
  return paragraph;
}

const HEADER = (framework, how) => `/**
 * ${framework} typings for the iop-family elements. Generated from custom-elements.json by
 * scripts/framework-types.mjs: do not edit. Types only: nothing here reaches a page.
 *
 * Use: ${how}
 */`;

const doc = (text, indent) => {
  const body = (text ?? '').replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();
  return body ? `${indent}/** ${body} */\n` : '';
};

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** The interface name of an element's props in one framework, e.g. IopCareLevelsReactProps. */
const propsName = (element, framework) => `${element.className}${framework}Props`;

/**
 * An attribute's type as a template may write it. Numbers may also come as text (`heading-level="3"`), which
 * the element reads as a number.
 */
const attributeType = (type) => (type === 'number' ? 'number | `${number}`' : type);

/**
 * The properties of an element, each followed by its attribute when that has another name (`headingLevel`,
 * `heading-level`), or with `attributes: false` the properties only. An attribute named like its property
 * (`highlight`) appears once.
 */
function attributesAndProperties(element, {attributes = true} = {}) {
  const lines = [];
  const line = (name, type, description) => lines.push(doc(description, '  ') + `  ${key(name)}?: ${type};\n`);
  for (const property of element.properties) {
    const attribute = element.attributes.find((a) => a.fieldName === property.name);
    // A template may write the attribute's value as text, even where it binds the property.
    line(
      property.name,
      attribute && (attribute.name === property.name || !attributes) ? attributeType(property.type) : property.type,
      property.description,
    );
    if (attributes && attribute && attribute.name !== property.name)
      line(attribute.name, attributeType(attribute.type), attribute.description);
  }
  const propertyNames = new Set(element.properties.map((p) => p.name));
  if (attributes)
    for (const attribute of element.attributes)
      if (!attribute.fieldName || !propertyNames.has(attribute.fieldName))
        line(attribute.name, attributeType(attribute.type), attribute.description);
  return lines.join('');
}

/** JSX event props as React 19, Preact and Svelte 5 read them on a custom element: `on` + the event's name. */
function eventProps(element) {
  return element.events
    .map((event) => doc(event.description, '  ') + `  ${key(`on${event.name}`)}?: (event: ${event.type}) => void;\n`)
    .join('');
}

/** One props interface a tag, for the JSX-style frameworks: attributes, properties and `oniop-…` event props. */
function propsInterfaces(elements, framework, where) {
  return elements.map(
    (element) => `/** \`<${element.tag}>\` in ${where}: its attributes, properties and events (\`oniop-…\`). */
export interface ${propsName(element, framework)} {
${attributesAndProperties(element)}${eventProps(element)}}
`,
  );
}

function react(elements, imports) {
  const interfaces = propsInterfaces(elements, 'React', 'React 19 JSX');
  return `${HEADER('React 19', '`import type {} from \'iop-family/react\';` once in the app (or `/// <reference types="iop-family/react" />`).')}
import type * as React from 'react';
${imports}

/** React's own props of an HTML element (key, ref, children, className, style, …) and the element's. */
type ReactElementProps<E extends HTMLElement, Props> = Omit<React.DetailedHTMLProps<React.HTMLAttributes<E>, E>, keyof Props> & Props;

${interfaces.join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `${doc(e.summary, '      ')}      '${e.tag}': ReactElementProps<${e.className}, ${propsName(e, 'React')}>;`).join('\n')}
    }
  }
}
`;
}

function preact(elements, imports) {
  const interfaces = propsInterfaces(elements, 'Preact', 'Preact JSX');
  return `${HEADER('Preact', "`import type {} from 'iop-family/preact';` once in the app. Not compile-tested in this repository (Preact is not installed).")}
import type {JSX as PreactJSX} from 'preact';
${imports}

${interfaces.join('\n')}
declare global {
  namespace preact.JSX {
    interface IntrinsicElements {
${elements.map((e) => `${doc(e.summary, '      ')}      '${e.tag}': Omit<PreactJSX.HTMLAttributes<${e.className}>, keyof ${propsName(e, 'Preact')}> & ${propsName(e, 'Preact')};`).join('\n')}
    }
  }
}
`;
}

function svelte(elements, imports) {
  const interfaces = propsInterfaces(elements, 'Svelte', 'Svelte 5 templates');
  return `${HEADER('Svelte 5', "`import type {} from 'iop-family/svelte';` once in the app.")}
import type {HTMLAttributes} from 'svelte/elements';
${imports}

${interfaces.join('\n')}
declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements.map((e) => `${doc(e.summary, '    ')}    '${e.tag}': Omit<HTMLAttributes<${e.className}>, keyof ${propsName(e, 'Svelte')}> & ${propsName(e, 'Svelte')};`).join('\n')}
  }
}
`;
}

function vue(elements, imports) {
  const interfaces = elements.map(
    (
      element,
    ) => `/** \`<${element.tag}>\` in Vue templates: its properties (\`heading-level\` and \`headingLevel\` both work in a template). */
export interface ${propsName(element, 'Vue')} {
${attributesAndProperties(element, {attributes: false})}}

/** The events of \`<${element.tag}>\`, for \`@iop-…\` listeners. */
export interface ${element.className}VueEvents {
${element.events.map((event) => doc(event.description, '  ') + `  '${event.name}': ${event.type};\n`).join('')}}
`,
  );
  return `${HEADER('Vue 3', "`import type {} from 'iop-family/vue';` once in the app, and tell Vue's compiler the tags are custom elements (`isCustomElement: (tag) => tag.startsWith('iop-')`).")}
import type {EmitFn, HTMLAttributes, PublicProps} from 'vue';
${imports}

/**
 * A custom element as Vue's template type checking sees a component, the way the Vue guide recommends
 * (vuejs.org/guide/extras/web-components): \`$props\` and \`$emit\` exist for type checking only.
 */
type VueCustomElement<E extends HTMLElement, Props, Events extends {[Name in keyof Events]: Event}> = new () => E & {
  /** @deprecated For template type checking only: the element has no \`$props\`. */
  $props: HTMLAttributes & Props & PublicProps;
  /** @deprecated For template type checking only: the element has no \`$emit\`. */
  $emit: EmitFn<{[Name in keyof Events]: (event: Events[Name]) => void}>;
};

${interfaces.join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `${doc(e.summary, '    ')}    '${e.tag}': VueCustomElement<${e.className}, ${propsName(e, 'Vue')}, ${e.className}VueEvents>;`).join('\n')}
  }
}
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  mkdirSync('types', {recursive: true});
  for (const [file, text] of frameworkTypes(manifest)) writeFileSync(file, text);
}
