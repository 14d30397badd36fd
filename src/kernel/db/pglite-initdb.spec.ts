import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initialisePgliteDataDir } from './pglite-initdb.js';

describe('initialisePgliteDataDir', () => {
  it('creates the data directory in a child process, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pglite-initdb-'));
    try {
      const dataDir = join(dir, 'pgdata');
      await initialisePgliteDataDir(dataDir);
      expect(readFileSync(join(dataDir, 'PG_VERSION'), 'utf8').trim()).toMatch(/^\d+$/);
      const created = statSync(join(dataDir, 'PG_VERSION')).mtimeMs;
      await initialisePgliteDataDir(dataDir); // an existing directory is left alone
      expect(statSync(join(dataDir, 'PG_VERSION')).mtimeMs).toBe(created);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says why when the directory cannot be created', async () => {
    await expect(initialisePgliteDataDir('/proc/no-such-place/pgdata')).rejects.toThrow(/initdb/);
  });
});
