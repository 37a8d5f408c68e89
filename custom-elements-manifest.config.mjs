/**
 * custom-elements.json: what Storybook's tables, editors and the framework typings (scripts/framework-types.mjs)
 * read. The analyzer sees the element classes in src/components; the plugin below turns its output into the
 * published API only:
 * - one module per shipped element file, `dist/elements/<tag>.js`, holding what that file exports (helper
 *   modules such as *.data.ts and *.types.ts are not shipped on their own and are left out);
 * - no private, protected, `#private` or static members, and no Lit lifecycle methods;
 * - each public field and attribute typed by the TypeScript checker, unions of literals written out in full
 *   (`'withdrawal' | 'residential' | …`, not `CareLevelId` or `string`);
 * - each event typed as declared in HTMLElementEventMap (`CustomEvent<LevelSelectDetail>`).
 */
import {readdirSync} from 'node:fs';
import {relative, resolve} from 'node:path';
import ts from 'typescript';

const ENTRIES = 'src/elements';

/** Lit's own machinery, which an element's users never call. */
const LIT_INTERNALS = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'createRenderRoot',
  'render',
  'update',
  'updated',
  'firstUpdated',
  'willUpdate',
  'shouldUpdate',
  'scheduleUpdate',
  'performUpdate',
  'requestUpdate',
  'getUpdateComplete',
  'styles',
  'properties',
  'shadowRootOptions',
]);

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.content.ts', 'src/**/*.styles.ts'],
  litelement: true,
  // package.json already names the manifest; the analyzer would otherwise rewrite package.json.
  packagejson: false,
  plugins: [publicApiPlugin()],
};

function publicApiPlugin() {
  return {
    name: 'iop-family: public API of the shipped element files',
    packageLinkPhase({customElementsManifest}) {
      customElementsManifest.modules = publicModules(customElementsManifest.modules);
    },
  };
}

/** The path inside the package of the file built from a source file: src/elements/x.ts → dist/elements/x.js. */
const shippedPath = (source) => source.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

const sourcePath = (fileName) => relative(process.cwd(), fileName).split('\\').join('/');

function createProgram(entries) {
  const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, {...ts.sys, onUnRecoverableConfigFileDiagnostic: fail});
  if (!config) throw new Error('custom-elements-manifest.config.mjs: cannot read tsconfig.json');
  return ts.createProgram(
    entries.map((entry) => resolve(entry)),
    {...config.options, noEmit: true, types: [], plugins: []},
  );
}

function fail(diagnostic) {
  throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

function publicModules(analyzed) {
  const entries = readdirSync(ENTRIES)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => `${ENTRIES}/${file}`);
  const program = createProgram(entries);
  const checker = program.getTypeChecker();
  const eventTypes = readEventMap(program);
  /** `module path#name` of each analyzed declaration → the shipped module that exports it. */
  const shippedIn = new Map();
  const modules = [];

  for (const entry of entries) {
    const path = shippedPath(entry);
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(resolve(entry)));
    const declarations = [];
    const exports = [];
    for (const exported of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
      if (isTypeOnly(exported)) continue;
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const node = target.valueDeclaration;
      if (!node) continue;
      const from = sourcePath(node.getSourceFile().fileName);
      const doc = analyzed.find((m) => m.path === from)?.declarations?.find((d) => d.name === target.name);
      if (!doc) {
        console.warn(`custom-elements-manifest.config.mjs: ${entry} exports ${exported.name} from ${from}, which is not analyzed.`);
        continue;
      }
      if (ts.isClassDeclaration(node)) publicClass(doc, node, checker, eventTypes);
      shippedIn.set(`${from}#${doc.name}`, path);
      declarations.push(doc);
      exports.push({kind: 'js', name: exported.name, declaration: {name: doc.name, module: path}});
      if (doc.customElement && doc.tagName)
        exports.push({kind: 'custom-element-definition', name: doc.tagName, declaration: {name: doc.name, module: path}});
    }
    modules.push({kind: 'javascript-module', path, declarations, exports});
  }

  // Every reference (inheritedFrom, superclass, mixins, …) now points at a shipped module, or names no module.
  relink(modules, (reference) => {
    const shipped = shippedIn.get(`${reference.module}#${reference.name}`);
    if (shipped) reference.module = shipped;
    else if (reference.module.startsWith('src/')) delete reference.module;
  });
  return modules;
}

function isTypeOnly(symbol) {
  return (symbol.declarations ?? []).some(
    (node) =>
      (ts.isExportSpecifier(node) && (node.isTypeOnly || node.parent.parent.isTypeOnly)) ||
      ts.isTypeAliasDeclaration(node) ||
      ts.isInterfaceDeclaration(node),
  );
}

/** Keeps a class's public API and writes the checker's types into it. */
function publicClass(doc, node, checker, eventTypes) {
  const element = doc.name;
  doc.members = (doc.members ?? [])
    .filter((member) => !member.privacy || member.privacy === 'public')
    .filter((member) => !member.static && !member.name.startsWith('#') && !LIT_INTERNALS.has(member.name));
  if (doc.members.length === 0) delete doc.members;

  const classType = checker.getTypeAtLocation(node);
  const typeOf = (name) => {
    const property = checker.getPropertyOfType(classType, name);
    const declaration = property?.valueDeclaration;
    if (!property || !declaration) return undefined;
    return typeText(checker, checker.getTypeOfSymbolAtLocation(property, declaration), declaration);
  };
  for (const member of doc.members ?? []) {
    if (member.kind !== 'field') continue;
    const text = typeOf(member.name);
    if (text) member.type = {text};
  }
  for (const attribute of doc.attributes ?? []) {
    // An attribute is there (a string) or not: `undefined` is not a value it can have.
    const text = attribute.fieldName && typeOf(attribute.fieldName)?.replace(/ \| undefined$/, '');
    if (text) attribute.type = {text};
  }
  for (const event of doc.events ?? []) {
    const text = eventTypes.get(event.name);
    if (text) event.type = {text};
    else console.warn(`custom-elements-manifest.config.mjs: ${element} fires ${event.name}, which HTMLElementEventMap does not declare.`);
  }
}

/**
 * A type as its users would write it, in the order its source writes it. Unions with string or number literals
 * are spelled out member by member (TypeScript would print the alias, such as `CareLevelId`, which a table
 * reader cannot look up); `true | false` stays `boolean`.
 */
function typeText(checker, type, node) {
  const print = (t) =>
    checker.typeToString(t, node, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType);
  const parts = [];
  for (const member of type.isUnion() ? type.types : [type]) {
    const text = member.flags & ts.TypeFlags.BooleanLiteral ? 'boolean' : print(member);
    if (!parts.includes(text)) parts.push(text);
  }
  const spelledOut = type.isUnion() && type.types.some((t) => t.isStringLiteral() || t.isNumberLiteral());
  // TypeScript orders a union's members by when it first met each type; the source order reads better.
  const written = node.type && sourceOrder(checker, node.type);
  if (written && written.length === parts.length && written.every((part) => parts.includes(part))) return written.join(' | ');
  return spelledOut ? parts.join(' | ') : print(type);
}

/**
 * The members of a union type as written, following type aliases of literal unions and `(typeof LIST)[number]`
 * of `as const` lists; undefined when the source is written some other way.
 */
function sourceOrder(checker, typeNode) {
  const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const walk = (node) => {
    if (ts.isParenthesizedTypeNode(node)) return walk(node.type);
    if (ts.isUnionTypeNode(node)) {
      const parts = node.types.map(walk);
      return parts.every(Boolean) ? parts.flat() : undefined;
    }
    if (ts.isLiteralTypeNode(node)) {
      if (ts.isStringLiteral(node.literal)) return [quote(node.literal.text)];
      return [node.literal.getText()];
    }
    if (ts.isTypeReferenceNode(node) && !node.typeArguments) {
      const declaration = declarationOf(checker, node.typeName);
      const type = checker.getTypeAtLocation(node);
      if (
        declaration &&
        ts.isTypeAliasDeclaration(declaration) &&
        type.isUnion() &&
        type.types.some((t) => t.isStringLiteral() || t.isNumberLiteral())
      )
        return walk(declaration.type);
      return [node.getText()];
    }
    if (ts.isIndexedAccessTypeNode(node) && node.indexType.kind === ts.SyntaxKind.NumberKeyword) {
      let list = node.objectType;
      while (ts.isParenthesizedTypeNode(list)) list = list.type;
      if (!ts.isTypeQueryNode(list)) return undefined;
      const declaration = declarationOf(checker, list.exprName);
      let value = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
      while (value && (ts.isAsExpression(value) || ts.isSatisfiesExpression(value) || ts.isParenthesizedExpression(value)))
        value = value.expression;
      if (!value || !ts.isArrayLiteralExpression(value) || !value.elements.every(ts.isStringLiteral)) return undefined;
      return value.elements.map((element) => quote(element.text));
    }
    if (
      node.kind === ts.SyntaxKind.StringKeyword ||
      node.kind === ts.SyntaxKind.NumberKeyword ||
      node.kind === ts.SyntaxKind.BooleanKeyword
    )
      return [node.getText()];
    if (node.kind === ts.SyntaxKind.UndefinedKeyword || node.kind === ts.SyntaxKind.NullKeyword) return [node.getText()];
    return undefined;
  };
  const parts = walk(typeNode);
  return parts && [...new Set(parts)];
}

/** Where the name in a type reference or `typeof` is declared, through imports. */
function declarationOf(checker, name) {
  let symbol = checker.getSymbolAtLocation(name);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.declarations?.[0];
}

/** Each event name declared in `declare global { interface HTMLElementEventMap {…} }` in src → its type as written. */
function readEventMap(program) {
  const events = new Map();
  for (const file of program.getSourceFiles()) {
    if (!sourcePath(file.fileName).startsWith('src/')) continue;
    for (const statement of file.statements) {
      if (!ts.isModuleDeclaration(statement) || statement.name.text !== 'global' || !statement.body || !ts.isModuleBlock(statement.body))
        continue;
      for (const declaration of statement.body.statements) {
        if (!ts.isInterfaceDeclaration(declaration) || declaration.name.text !== 'HTMLElementEventMap') continue;
        for (const member of declaration.members) {
          if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name))
            events.set(member.name.text, member.type.getText(file).replace(/\s+/g, ' '));
        }
      }
    }
  }
  return events;
}

/** Calls `visit` on every object in the modules with a string `module` field, i.e. every reference. */
function relink(value, visit) {
  if (Array.isArray(value)) for (const item of value) relink(item, visit);
  else if (value && typeof value === 'object') {
    if (typeof value.module === 'string' && typeof value.name === 'string') visit(value);
    for (const child of Object.values(value)) relink(child, visit);
  }
}
