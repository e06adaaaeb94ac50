// Lint rules for the server, plugins, benchmarks and the console: typescript-eslint's recommended, type-aware where it matters.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'admin-ui/dist/**', 'node_modules/**', 'data/**', 'tmp/**', '.probe/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // a promise nobody awaits loses its error: await it, return it, or mark it `void` with a reason
      '@typescript-eslint/no-floating-promises': 'error',
      // Mongolian text uses the vowel separator (U+180E) and CJK text the ideographic space; both belong in comments and strings
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true, skipJSXText: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['admin-ui/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // tests may poke at untyped JSON answers (their support code is typed like any other: npm run lint:any counts it)
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // an entity file is a schema: the shared schema pieces only; what it may do is wired in core/resources/definitions/
    files: ['core/entities/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\.?/(?!schemas/)',
              message: 'core/entities/ holds schemas only (import from ../schemas/); behaviour belongs in core/resources/definitions/.',
            },
          ],
        },
      ],
      // a default in the options is invisible to the type: the create body would demand a field its validation lets go
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='default']",
          message: "Give a default with WithDefault(schema, value) (core/schemas/common.ts), so the create body's type knows the field may be left out.",
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // the public site's one script runs in the browser, as is (no build step)
    files: ['core/public/site/assets/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
