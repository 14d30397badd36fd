import base from './jest.config.js';

/**
 * `npm run test:faults`: the fault-injection tests only (test/faults/*.faults-spec.ts). They start
 * their own PostgreSQL and Redis servers and crash them, so they run one file at a time and are not
 * part of `npm test`.
 * @type {import('jest').Config}
 */
export default {
  ...base,
  testMatch: ['<rootDir>/test/faults/**/*.faults-spec.ts'],
  maxWorkers: 1,
  testTimeout: 180_000,
};
