import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sleep } from '../utils/wait.js';

const BIN = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';

/** A free TCP port on 127.0.0.1 (the kernel picks it; it is closed again before use). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Why a private PostgreSQL cannot run here, or undefined when it can. */
export function privatePostgresUnavailable(): string | undefined {
  if (!existsSync(join(BIN, 'initdb')) || !existsSync(join(BIN, 'pg_ctl'))) {
    return `PostgreSQL binaries not found in ${BIN} (set PG_BIN_DIR)`;
  }
  if (userInfo().uid === 0) {
    try {
      execFileSync('id', ['-u', 'postgres'], { stdio: 'pipe' });
    } catch {
      return 'running as root and there is no `postgres` user to run PostgreSQL as';
    }
  }
  return undefined;
}

/**
 * A PostgreSQL server of the test's own, in a temporary directory on a random port, that the test
 * may crash and restart at will. It never touches the machine's shared PostgreSQL. As root the
 * binaries run as the `postgres` user (PostgreSQL refuses to run as root); otherwise as the caller.
 */
export class PrivatePostgres {
  readonly dir: string;
  private owner?: { uid: number; gid: number };
  private constructor(readonly port: number) {
    this.dir = mkdtempSync(join(tmpdir(), 'subsidies-faults-pg-'));
  }

  static async create(): Promise<PrivatePostgres> {
    const server = new PrivatePostgres(await freePort());
    try {
      if (userInfo().uid === 0) {
        const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
        const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
        server.owner = { uid, gid };
        chownSync(server.dir, uid, gid);
      }
      server.run(join(BIN, 'initdb'), ['-D', server.pgdata, '-A', 'trust', '-U', 'postgres', '--no-sync']);
      await server.start();
      return server;
    } catch (err) {
      await server.destroy();
      throw err;
    }
  }

  get pgdata(): string {
    return join(this.dir, 'data');
  }

  /** Connection string of database `name` (created by `createDatabase`). */
  url(name = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${name}`;
  }

  async createDatabase(name: string): Promise<string> {
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  async start(): Promise<void> {
    this.run(join(BIN, 'pg_ctl'), [
      '-D',
      this.pgdata,
      '-l',
      join(this.dir, 'log'),
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=60 -c shared_buffers=16MB`,
      '-w',
      '-t',
      '60',
      'start',
    ]);
    await this.waitUntilReady();
  }

  /**
   * Stops the server the way a crash does: `-m immediate` kills every backend without a checkpoint,
   * so the next start runs crash recovery. Open connections die mid-query.
   */
  crash(): void {
    this.run(join(BIN, 'pg_ctl'), ['-D', this.pgdata, '-m', 'immediate', '-w', 'stop']);
  }

  async destroy(): Promise<void> {
    if (existsSync(join(this.pgdata, 'postmaster.pid'))) {
      try {
        this.run(join(BIN, 'pg_ctl'), ['-D', this.pgdata, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already down
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const client = new pg.Client({ connectionString: this.url(), connectionTimeoutMillis: 1_000 });
      try {
        await client.connect();
        await client.query('SELECT 1');
        await client.end();
        return;
      } catch (err) {
        await client.end().catch(() => undefined);
        if (Date.now() > deadline) throw err;
        await sleep(100);
      }
    }
  }

  /** Runs a PostgreSQL binary, as `postgres` when we are root. */
  private run(bin: string, args: string[]): void {
    execFileSync(bin, args, {
      stdio: 'pipe',
      timeout: 90_000,
      ...(this.owner ? { uid: this.owner.uid, gid: this.owner.gid } : {}),
      env: { ...process.env, LC_ALL: 'C' },
      cwd: this.dir,
    });
  }
}
