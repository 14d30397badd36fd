import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig, parseDurationSeconds } from './config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'cfg-'));

describe('configuration', () => {
  it('defaults to port 3000, the embedded database and in-process jobs', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.queueBackend).toBe('inline');
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('keeps the generated JWT secret in DATA_DIR across restarts', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(loadConfig({ DATA_DIR: dir }).jwtSecret);
  });

  it('refuses to start in production without a JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow(ConfigError);
  });

  it('reports every bad value at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', DATA_DIR: dataDir() });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toHaveLength(3);
    }
  });

  it('knows the granting province (its enterprise number and org-id) and the 360Giving prefix', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.province).toEqual({ enterpriseNumber: '0253.973.219', orgId: 'BE-BCE_KBO-0253973219' });
    expect(config.openDataPrefix).toBe('360G-provincievlaamsbrabant');
    const other = loadConfig({
      DATA_DIR: dataDir(),
      PROVINCE_ENTERPRISE_NUMBER: '0123456749',
      OPEN_DATA_PREFIX: '360G-example',
    });
    expect(other.province).toEqual({ enterpriseNumber: '0123.456.749', orgId: 'BE-BCE_KBO-0123456749' });
    expect(other.openDataPrefix).toBe('360G-example');
    expect(() => loadConfig({ DATA_DIR: dataDir(), PROVINCE_ENTERPRISE_NUMBER: '0123456789' })).toThrow(
      /PROVINCE_ENTERPRISE_NUMBER/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), OPEN_DATA_PREFIX: 'GB-CHC-123' })).toThrow(
      /OPEN_DATA_PREFIX/,
    );
  });

  it('starts an in-memory PGlite from a dump only, never one on disk', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      PGLITE_DATA_DIR: 'memory://',
      PGLITE_LOAD_DUMP: '/tmp/migrated.tar',
    });
    expect(config.pgliteLoadDump).toBe('/tmp/migrated.tar');
    expect(loadConfig({ DATA_DIR: dataDir() }).pgliteLoadDump).toBeUndefined();
    expect(() => loadConfig({ DATA_DIR: dataDir(), PGLITE_LOAD_DUMP: '/tmp/migrated.tar' })).toThrow(
      /PGLITE_LOAD_DUMP/,
    );
  });

  it('hashes passwords at the standard cost unless told otherwise, and always in production', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).passwordHashCost).toBe('standard');
    expect(loadConfig({ DATA_DIR: dataDir(), PASSWORD_HASH_COST: 'low' }).passwordHashCost).toBe('low');
    expect(() =>
      loadConfig({
        DATA_DIR: dataDir(),
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        PASSWORD_HASH_COST: 'low',
      }),
    ).toThrow(/PASSWORD_HASH_COST=low/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), PASSWORD_HASH_COST: 'none' })).toThrow(
      /PASSWORD_HASH_COST/,
    );
  });

  it('uses Redis for jobs when REDIS_URL is set', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', DATA_DIR: dataDir() }).queueBackend).toBe(
      'redis',
    );
  });

  it('runs 4 jobs at once per worker process, and never as many as the database connections', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).jobConcurrency).toBe(4);
    expect(loadConfig({ DATA_DIR: dataDir(), JOB_CONCURRENCY: '12' }).jobConcurrency).toBe(12);
    expect(() => loadConfig({ DATA_DIR: dataDir(), JOB_CONCURRENCY: '20' })).toThrow(
      'JOB_CONCURRENCY (20) must be below DB_POOL_SIZE (20)',
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), JOB_CONCURRENCY: '0' })).toThrow(ConfigError);
  });

  it('renders letters on one thread fewer than the cores (1 to 4), or on the job thread with 0', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.letterRenderThreads).toBe(Math.max(1, Math.min(4, availableParallelism() - 1)));
    expect(loadConfig({ DATA_DIR: dataDir(), LETTER_RENDER_THREADS: '0' }).letterRenderThreads).toBe(0);
    for (const bad of ['-1', '1.5', 'two', '17']) {
      expect(() => loadConfig({ DATA_DIR: dataDir(), LETTER_RENDER_THREADS: bad })).toThrow(
        'LETTER_RENDER_THREADS must be an integer from 0 to 16',
      );
    }
  });

  it('parses durations', () => {
    expect(parseDurationSeconds('3600')).toBe(3600);
    expect(parseDurationSeconds('15m')).toBe(900);
    expect(parseDurationSeconds('12h')).toBe(43_200);
    expect(parseDurationSeconds('soon')).toBeUndefined();
  });
});
