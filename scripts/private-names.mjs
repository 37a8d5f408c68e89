/**
 * Short names for the TypeScript `private` members of the source (`renderScale`, `localeController`…), for
 * the build to rename them with (esbuild's mangleProps, in rollup.config.mjs): each long name costs bytes
 * wherever it is used, and nothing outside a class can use its private members.
 *
 * A name is renamed only when renaming it cannot change what the code does: declared `private` (not static,
 * not decorated: Lit's decorators take the name as text), and never written anywhere else in src as a
 * property name: not after anything but `this.`, not as an object or destructuring key, an interface member,
 * a public member, nor a word inside a string or template (an attribute or `.property` binding, a key looked
 * up by text). Its short name is one Lit's built code and src never use as a property name, so it cannot meet
 * another property of the same object. The same name gets the same short name in every module.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

const filesUnder = (dir, skip = /$^/) =>
  readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? (skip.test(entry.name) ? [] : filesUnder(join(dir, entry.name), skip)) : [join(dir, entry.name)],
  );

const hasModifier = (node, kind) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);

/** The private members of src that can be renamed, most used first, and every property name src uses otherwise. */
export function renamablePrivateNames(srcDir = 'src') {
  const declared = new Set();
  const kept = new Set();
  const uses = new Map();
  const use = (name) => uses.set(name, (uses.get(name) ?? 0) + 1);
  for (const file of filesUnder(srcDir, /^generated$/).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if ((ts.isClassElement(node) || (ts.isParameter(node) && ts.isConstructorDeclaration(node.parent))) && node.name) {
        if (ts.isIdentifier(node.name)) {
          const renamable =
            hasModifier(node, ts.SyntaxKind.PrivateKeyword) &&
            !hasModifier(node, ts.SyntaxKind.StaticKeyword) &&
            !(ts.canHaveDecorators(node) && (ts.getDecorators(node) ?? []).length > 0);
          if (renamable) declared.add(node.name.text);
          else if (!ts.isParameter(node) || ts.getModifiers(node)?.length) kept.add(node.name.text);
          use(node.name.text);
        }
      } else if (ts.isPropertyAccessExpression(node)) {
        if (node.expression.kind === ts.SyntaxKind.ThisKeyword) use(node.name.text);
        else kept.add(node.name.text);
      } else if (
        ts.isPropertyAssignment(node) ||
        ts.isShorthandPropertyAssignment(node) ||
        ts.isPropertySignature(node) ||
        ts.isMethodSignature(node) ||
        ts.isBindingElement(node) ||
        ((ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node)) && ts.isObjectLiteralExpression(node.parent))
      ) {
        const key = node.propertyName ?? node.name;
        if (key && (ts.isIdentifier(key) || ts.isStringLiteral(key))) kept.add(key.text);
      } else if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
        for (const word of node.text.match(/[A-Za-z_$][\w$]*/g) ?? []) kept.add(word);
      } else if (
        ts.isElementAccessExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ThisKeyword &&
        !ts.isStringLiteralLike(node.argumentExpression) &&
        !ts.isNumericLiteral(node.argumentExpression)
      ) {
        throw new Error(
          `${file}: this[…] with a computed key may reach a private member by its name, which the build renames ` +
            '(scripts/private-names.mjs): use a Map or a named member instead',
        );
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const names = [...declared].filter((name) => !kept.has(name));
  names.sort((a, b) => uses.get(b) - uses.get(a) || (a < b ? -1 : 1));
  return {names, taken: new Set([...kept, ...uses.keys()])};
}

/** Every property name in the production build of Lit and @lit/localize. */
function litPropertyNames() {
  const names = new Set();
  for (const pkg of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize']) {
    let root = dirname(fileURLToPath(import.meta.resolve(pkg)));
    while (!existsSync(join(root, 'package.json')) || JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name !== pkg) {
      if (dirname(root) === root) throw new Error(`no package.json for ${pkg}`);
      root = dirname(root);
    }
    for (const file of filesUnder(root, /^(development|node|node_modules)$/).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      for (const [, name] of code.matchAll(/\.\s*([A-Za-z_$][\w$]*)/g)) names.add(name);
      for (const [, name] of code.matchAll(/[{,]\s*([A-Za-z_$][\w$]*)\s*:/g)) names.add(name);
    }
  }
  return names;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The renaming: each renamable private member's name → a short name (one or two characters), stable for a given source. */
export function privateNameMap(srcDir = 'src') {
  const {names, taken} = renamablePrivateNames(srcDir);
  const lit = litPropertyNames();
  const short = [...LETTERS, ...[...LETTERS].flatMap((first) => [...`${LETTERS}0123456789`].map((second) => first + second))].filter(
    (name) => !taken.has(name) && !lit.has(name) && !['do', 'if', 'in', 'id'].includes(name),
  );
  return Object.fromEntries(names.map((name, i) => [name, short[i]]));
}
