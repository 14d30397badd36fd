import base from './jest.config.js';

/**
 * `npm run test:browser`: the portal in real Chromium (test/browser/*.browser-spec.ts), with Debian's
 * /usr/bin/chromium driven by playwright-core against the real app (createTestApp, on PostgreSQL when
 * DATABASE_URL is set, else the embedded database). Needs the built portal (`npm run build`, which the
 * pretest:browser script runs). Not part of `npm test`, which stays runnable without a browser.
 * @type {import('jest').Config}
 */
export default {
  ...base,
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  maxWorkers: 1,
  testTimeout: 300_000,
};
