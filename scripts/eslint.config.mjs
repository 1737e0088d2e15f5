// Lives in scripts/ because the project's top level is fixed; `npm run lint` points eslint here.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const config = [
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'lib/generated/**',
      'public/sdk.js',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    settings: { next: { rootDir: root } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // App Router only: there is no pages/ directory for this rule to check against.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
];

export default config;
