// @ts-check
import nextPlugin from '@next/eslint-plugin-next';
import drizzle from 'eslint-plugin-drizzle';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { boundariesConfig } from './eslint.boundaries.mjs';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      '.next-*/',
      '.data/',
      'storage/',
      'drizzle/',
      'scratch/',
      'test-results/',
      'playwright-report/',
      'next-env.d.ts',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { drizzle },
    rules: {
      // An UPDATE or DELETE without WHERE on a clinical table is never intended.
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx', 'ownerDb'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx', 'ownerDb'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Components and tests interoperate with untyped JSON; these are reviewed by hand instead.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  // React and Next.js rules (lint hygiene, issue 9): the hooks rules, including the React Compiler's
  // (purity, refs, set-state-in-effect, …), and Next's core-web-vitals set, for the app code only:
  // scripts and tests have no components, and Playwright's fixture `use()` is not a React hook.
  // `npm run lint` passes --max-warnings 0, so the presets' warnings (exhaustive-deps, no-img-element) fail too.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@next/next': nextPlugin },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
    },
  },
  // Layering (who may import whom): eslint.boundaries.mjs.
  boundariesConfig,
  // Server functions take `db` explicitly and never read headers or cookies: only the page loaders do.
  {
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/*/pages/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next/headers',
              message:
                'Only page loaders (src/server/*/pages) read headers and cookies; pass values in instead.',
            },
          ],
        },
      ],
    },
  },
  // Only server/tenancy opens tenant connections (as the clinic's own role); domain code gets a `db` handed in.
  {
    files: ['src/server/tenant/**/*.ts', 'src/server/owner/**/*.ts'],
    ignores: ['src/server/owner/db/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'pg',
              allowTypeImports: true,
              message: 'Connections are opened by server/tenancy (tenant roles) and server/owner/db only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
