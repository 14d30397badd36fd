/**
 * Jest in native ESM mode (NestJS 12 is ESM-only). `npm test` runs it with --experimental-vm-modules.
 * tsconfig.json sets isolatedModules, so ts-jest only transpiles; `npm run typecheck` checks types.
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  maxWorkers: 2,
  // Every test file loads the app's modules anew and a worker's heap grows by 30–40 MB a file; late in
  // a run garbage collection took much of a worker's time (the hostile input test 77 s there, 18 s
  // alone). A worker whose heap is above this after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '512MB',
  testTimeout: 60_000,
  setupFiles: ['<rootDir>/test/setup-env.ts'],
};
