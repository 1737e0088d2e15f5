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
  {
    // Data flows one way: pages, route handlers, actions and components call lib/ functions,
    // which authorise and query; they never reach into Prisma or act as the system themselves.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/lib/access',
              importNames: ['siteForSystem'],
              message: 'A site comes from resolveSite() or accessibleSites() here; siteForSystem is for jobs, benchmarks and tests.',
            },
          ],
          // @/lib/db and any relative path to it.
          patterns: [{ group: ['**/lib/db'], message: 'Call a lib/ function (which checks access) instead of the Prisma client.' }],
        },
      ],
    },
  },
];

export default config;
