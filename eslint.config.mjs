import {defineConfig, globalIgnores} from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  globalIgnores(['dist/', 'types/', 'src/generated/', 'storybook-static/', 'custom-elements.json', 'node_modules/', 'test/hosts/.work/']),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      globals: {...globals.browser},
      parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
    },
    settings: {wc: {elementBaseClasses: ['LitElement']}},
    rules: {
      // Lit binds event listeners to the element, so passing methods is safe.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', {allowNumber: true}],
      // Lit directives declare render() arguments they only use in update().
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's `expect(x).to.exist` style reads as an unused expression.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // @open-wc/semantic-dom-diff types every chai `equal` as a Promise, so this rule would flag each
      // assertion. The one assertion that really is async, axe's `accessible()`, must be awaited instead:
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {selector: "ExpressionStatement > CallExpression[callee.property.name='accessible']", message: 'Await to.be.accessible().'},
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {globals: {...globals.node}},
  },
);
