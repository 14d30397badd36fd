import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/, innermost first (docs/architecture.md). A file may import from its own folder
 * and from the folders before it, never from one after it: the rings point inward (kernel → platform →
 * domains → bootstrap), each domain sees only the domains before it, and since the order is total no
 * two folders can import each other (no folder cycle). `npm run lint` fails on an outward arrow.
 */
export const LAYERS = [
  'kernel/config', // configuration and logging
  'kernel', // errors, money, clock, dates, identifiers, DTO decorators, Actor/Role (files directly in kernel/)
  'kernel/db',
  'platform/audit',
  'platform/health',
  'platform/jobs',
  'platform/notifications', // e-mail channel and in-app notifications (identity's mails go through it)
  'platform/identity',
  'platform/access',
  'platform/documents', // content-addressed storage, upload parsing, type sniffing, clamd scanning
  'platform/idempotency',
  'domains/organisations',
  'domains/programmes',
  'domains/applications',
  'domains/reviews',
  'domains/state-aid',
  'domains/decisions',
  'domains/payments',
  'domains/letters',
  'domains/erdf',
  'domains/reporting',
  '', // bootstrap: main.ts, worker.ts, app.module.ts, entities.ts, seed/ (files directly in src/ and src/seed/)
];

const root = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
/** The files that belong to a layer (a folder and its subfolders, but not the layers nested in it). */
const filesOf = (layer) =>
  layer === 'kernel' || layer === ''
    ? [`${root}/src/${layer ? `${layer}/` : ''}*.ts`]
    : [`${root}/src/${layer}/**`];
const bootstrap = [`${root}/src/*.ts`, `${root}/src/seed/**`];
const layerFiles = (layer) => (layer === '' ? bootstrap : filesOf(layer));

export const RING_ZONES = LAYERS.slice(0, -1).map((layer, i) => ({
  target: filesOf(layer),
  from: LAYERS.slice(i + 1).flatMap(layerFiles),
  message: `src/${layer} may import only from itself and the folders before it (eslint.config.js, LAYERS; docs/architecture.md).`,
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'test/fixtures/*.mjs'] },
        tsconfigRootDir: root,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: RING_ZONES }] },
  },
  {
    // Only repositories hold SQL (docs/architecture.md); the kernel's data source, the seed and specs aside.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.repository.ts', 'src/kernel/db/**', 'src/seed/**', 'src/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query']",
          message: "SQL belongs in the folder's x.repository.ts (docs/architecture.md).",
        },
        {
          selector: "CallExpression[callee.property.name='createQueryBuilder']",
          message: "SQL belongs in the folder's x.repository.ts (docs/architecture.md).",
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'src/**/*.spec.ts', 'src/seed/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
