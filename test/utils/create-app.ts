import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import supertest from 'supertest';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app.module.js';
import { configureApp, createApp, type CreateAppOptions, nestAppOptions } from '../../src/app.setup.js';
import { createPino } from '../../src/kernel/config/logging.js';
import { type AppConfig, loadConfig } from '../../src/kernel/config/config.js';
import { TestContext } from './factories.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  http: ReturnType<typeof supertest>;
  /** Where the app listens, `http://127.0.0.1:<port>`. */
  baseUrl: string;
  dataSource: DataSource;
  ctx: TestContext;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

/**
 * Boots the real app (same setup as main.ts) on a fresh database of its own, with a queue prefix of
 * its own (test files running side by side never share BullMQ queues). `options.extraImports` adds
 * test modules (a test job, a fixed letter data loader); `options.logDestination` captures the logs.
 */
export interface TestAppOptions extends CreateAppOptions {
  /** Providers replaced by a value, e.g. the letters' data loader by a fixed one. */
  overrides?: { provide: unknown; useValue: unknown }[];
  /** The loopback port the app listens on (default: a free one, see `TestApp.baseUrl`). */
  port?: number;
}

export async function createTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'subsidies-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    DATA_DIR: dataDir,
    REDIS_URL: process.env.REDIS_URL,
    QUEUE_PREFIX: `test-${randomBytes(6).toString('hex')}`,
    // Render threads load the compiled render-worker.js; tests run the TypeScript sources, so letters
    // render on the job's thread here (the fault tests and the bench run the build, with threads).
    LETTER_RENDER_THREADS: '0',
    // scrypt at the standard cost was half the time of the tests that make accounts and log in; the
    // tests of the hashing (password.spec.ts, the account tests of auth.e2e-spec.ts) use the standard
    // cost, and production refuses the low one.
    ...(env.NODE_ENV === 'production' ? {} : { PASSWORD_HASH_COST: 'low' }),
    ...database.env,
    ...env,
  });
  const app = options.overrides
    ? await createOverriddenApp(config, options)
    : await createApp(config, options);
  // Listening once for the app's life: supertest given a server that is not listening starts it for a
  // request and closes it when no request is left, which costs a socket's bind and close per request.
  await app.listen(options.port ?? 0, '127.0.0.1');
  const dataSource = app.get<DataSource>(getDataSourceToken());
  return {
    app,
    config,
    http: supertest(app.getHttpServer()),
    baseUrl: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`,
    dataSource,
    ctx: new TestContext(app),
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The real app, with some providers replaced (Nest's testing module), set up as main.ts sets it up. */
async function createOverriddenApp(
  config: AppConfig,
  options: TestAppOptions,
): Promise<NestExpressApplication> {
  let builder = Test.createTestingModule({ imports: [AppModule.register(config, options.extraImports)] });
  for (const { provide, useValue } of options.overrides ?? []) {
    builder = builder.overrideProvider(provide).useValue(useValue);
  }
  const moduleRef = await builder.compile();
  const logger = createPino(config, options.logDestination);
  return configureApp(
    moduleRef.createNestApplication<NestExpressApplication>(nestAppOptions(logger)),
    config,
    logger,
  );
}
