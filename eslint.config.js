// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Packages of ours that a layer may not import: dependencies point inward (docs/architecture.md). */
const forbiddenFor = {
  core: ['@safar/server', '@safar/cli', '@safar/analytics', '@safar/warehouse', '@safar/web'],
  server: ['@safar/cli', '@safar/web'],
  web: ['@safar/server', '@safar/cli', '@safar/analytics', '@safar/warehouse'],
  analytics: ['@safar/server', '@safar/cli', '@safar/warehouse', '@safar/web'],
  warehouse: ['@safar/server', '@safar/cli', '@safar/web'],
};

const restrictPackages = (names, extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...names.map((name) => ({ group: [name, `${name}/*`], message: 'Dependencies point inward only.' })),
        ...extra,
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.safar/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Name what a module exports; no export *.' },
        {
          selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']",
          message: 'A focused test hides the rest of the suite.',
        },
      ],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      ...restrictPackages(forbiddenFor.core, [
        { group: ['node:*', 'fs', 'path', 'http', 'pg', 'kysely', 'fastify'], message: 'core does no I/O.' },
      ]),
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: restrictPackages(forbiddenFor.server),
  },
  {
    files: ['packages/analytics/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrictPackages(forbiddenFor.analytics, [
      {
        group: ['node:*', 'fs', 'path', 'http', '@duckdb/*', '@clickhouse/*'],
        message: 'analytics is pure: engines live in warehouse.',
      },
    ]),
  },
  {
    files: ['packages/warehouse/src/**/*.ts'],
    rules: restrictPackages(forbiddenFor.warehouse),
  },
  {
    // Code passed to page.evaluate runs in the browser.
    files: ['bench/**', 'e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrictPackages(forbiddenFor.web),
  },
);
