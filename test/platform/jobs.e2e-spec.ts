import 'reflect-metadata';
import { createServer, type Server, type Socket, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Injectable, Module } from '@nestjs/common';
import { JobProcessor } from '../../src/platform/jobs/job-processor.decorator.js';
import type { JobContext, JobHandler } from '../../src/platform/jobs/job.types.js';
import { JobsService } from '../../src/platform/jobs/jobs.service.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { sleep, waitFor } from '../utils/wait.js';

/** A job for these tests: records one row per successful run; fails as often as `plan` says. */
const TEST_JOB = 'test.record';
declare module '../../src/platform/jobs/job.types.js' {
  interface JobPayloads {
    'test.record': { key: string };
  }
}

/** key → how many attempts must still fail. */
const plan = new Map<string, number>();
/** key → attempt numbers seen (kept outside the job's transaction, so failed attempts show too). */
const seen = new Map<string, number[]>();

@Injectable()
@JobProcessor(TEST_JOB, { attempts: 3, backoffMs: 50 })
class RecordJob implements JobHandler<typeof TEST_JOB> {
  async handle(payload: { key: string }, ctx: JobContext): Promise<void> {
    seen.set(payload.key, [...(seen.get(payload.key) ?? []), ctx.attempt]);
    // The effect first, then the failure: a failed attempt's effect must roll back with it.
    await ctx.manager.query(`INSERT INTO test_job_effect (key, attempt) VALUES ($1, $2)`, [
      payload.key,
      ctx.attempt,
    ]);
    const failuresLeft = plan.get(payload.key) ?? 0;
    if (failuresLeft > 0) {
      plan.set(payload.key, failuresLeft - 1);
      throw new Error(`planned failure of ${payload.key}`);
    }
  }
}

@Module({ providers: [RecordJob] })
class TestJobModule {}

async function effects(t: TestApp, key: string): Promise<{ attempt: number }[]> {
  return (await t.dataSource.query(`SELECT attempt FROM test_job_effect WHERE key = $1`, [key])) as {
    attempt: number;
  }[];
}

async function enqueue(
  t: TestApp,
  key: string,
  dedupeKey?: string,
): Promise<{ id: string; created: boolean }> {
  return t.dataSource.transaction((manager) =>
    t.ctx.get(JobsService).enqueue(manager, TEST_JOB, { key }, { dedupeKey }),
  );
}

async function outboxRow(
  t: TestApp,
  id: string,
): Promise<{ status: string; attempts: number; last_error: string | null }> {
  const rows = (await t.dataSource.query(
    `SELECT status, attempts, last_error FROM job_outbox WHERE id = $1`,
    [id],
  )) as { status: string; attempts: number; last_error: string | null }[];
  return rows[0];
}

async function prepare(t: TestApp): Promise<void> {
  await t.dataSource.query(`CREATE TABLE test_job_effect (key text NOT NULL, attempt int NOT NULL)`);
}

/*
 * The same processor on every backend. The Redis and PostgreSQL backends need those servers:
 * they run when REDIS_URL / DATABASE_URL are set (CI sets both); the in-process one always runs.
 */
const backends = [
  { backend: 'inline', env: { QUEUE_BACKEND: 'inline' } },
  ...(process.env.REDIS_URL ? [{ backend: 'redis', env: { QUEUE_BACKEND: 'redis' } }] : []),
  ...(process.env.DATABASE_URL ? [{ backend: 'postgres', env: { QUEUE_BACKEND: 'postgres' } }] : []),
];

describe.each(backends)('background jobs on the $backend backend', ({ backend, env }) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(env, { extraImports: [TestJobModule] });
    await prepare(t);
  });
  afterAll(() => t.close());

  it('creates no job when the enqueuing transaction rolls back', async () => {
    const key = `${backend}-rollback`;
    await expect(
      t.dataSource.transaction(async (manager) => {
        await t.ctx.get(JobsService).enqueue(manager, TEST_JOB, { key });
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    // Give a (wrongly) created job every chance to run.
    await sleep(1_500);
    expect(await effects(t, key)).toEqual([]);
    const rows = (await t.dataSource.query(`SELECT id FROM job_outbox WHERE payload->>'key' = $1`, [
      key,
    ])) as unknown[];
    expect(rows).toHaveLength(0);
  });

  it('runs a committed job once, and a second enqueue with the same dedupe key is the same job', async () => {
    const key = `${backend}-once`;
    const first = await enqueue(t, key, `test:${key}`);
    const second = await enqueue(t, key, `test:${key}`);
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    await waitFor(async () => (await outboxRow(t, first.id)).status === 'completed', { what: 'completion' });
    await sleep(500);
    expect(await effects(t, key)).toEqual([{ attempt: 1 }]);
    expect(seen.get(key)).toEqual([1]);
  });

  it('runs each of many jobs enqueued in one statement exactly once, and none of a rolled-back batch', async () => {
    const keys = Array.from({ length: 30 }, (_, i) => `${backend}-many-${i}`);
    plan.set(keys[7], 1);
    const jobs = await t.dataSource.transaction((manager) =>
      t.ctx.get(JobsService).enqueueMany(
        manager,
        TEST_JOB,
        keys.map((key) => ({ key })),
      ),
    );
    expect(jobs).toHaveLength(30);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await t.ctx.get(JobsService).enqueueMany(manager, TEST_JOB, [{ key: `${backend}-many-rolled-back` }]);
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    for (const [i, job] of jobs.entries()) {
      await waitFor(async () => (await outboxRow(t, job.id)).status === 'completed', { what: keys[i] });
      const rows = (await t.dataSource.query(`SELECT payload->>'key' AS key FROM job_outbox WHERE id = $1`, [
        job.id,
      ])) as { key: string }[];
      expect(rows[0].key).toBe(keys[i]);
    }
    await sleep(500);
    for (const key of keys) expect(await effects(t, key)).toEqual([{ attempt: key === keys[7] ? 2 : 1 }]);
    expect(await effects(t, `${backend}-many-rolled-back`)).toEqual([]);
  });

  it('retries a failing attempt with backoff and keeps exactly one effect', async () => {
    const key = `${backend}-retry`;
    plan.set(key, 1);
    const job = await enqueue(t, key);
    await waitFor(async () => (await outboxRow(t, job.id)).status === 'completed', { what: 'completion' });
    expect(seen.get(key)).toEqual([1, 2]);
    expect(await effects(t, key)).toEqual([{ attempt: 2 }]);
    expect(await outboxRow(t, job.id)).toMatchObject({ status: 'completed', attempts: 2, last_error: null });
  });

  it('dispatches again a job the queue lost (dispatched long ago, no longer queued) and runs it once', async () => {
    const key = `${backend}-lost`;
    // As if it was handed to a Redis that restarted without persistence an hour ago.
    const [row] = (await t.dataSource.query(
      `INSERT INTO job_outbox (job_name, payload, status, dispatched_at, dispatch_attempts)
       VALUES ($1, $2::jsonb, 'dispatched', now() - interval '1 hour', 1) RETURNING id`,
      [TEST_JOB, JSON.stringify({ key })],
    )) as { id: string }[];
    await waitFor(async () => (await outboxRow(t, row.id)).status === 'completed', {
      what: 'the lost job to run',
    });
    await sleep(500);
    expect(await effects(t, key)).toEqual([{ attempt: 1 }]);
  });

  it('shows a job that failed on every attempt, in /api/jobs/failed and /health, and retries it on request', async () => {
    const key = `${backend}-fails`;
    plan.set(key, 3);
    const job = await enqueue(t, key);
    await waitFor(async () => (await outboxRow(t, job.id)).status === 'failed', { what: 'failure' });
    expect(seen.get(key)).toEqual([1, 2, 3]);
    expect(await effects(t, key)).toEqual([]);

    const staff = await t.ctx.newStaff();
    const applicant = await t.ctx.newApplicant();
    await t.http.get('/api/jobs/failed').set('Authorization', applicant.auth).expect(403);
    const failed = await t.http.get('/api/jobs/failed').set('Authorization', staff.auth).expect(200);
    expect(failed.body.total).toBe(1);
    expect(failed.body.items[0]).toMatchObject({
      id: job.id,
      jobName: TEST_JOB,
      payload: { key },
      attempts: 3,
      lastError: `planned failure of ${key}`,
    });

    const health = await t.http.get('/health').set('Authorization', staff.auth).expect(200);
    expect(health.body.checks.queue).toEqual({
      status: 'up',
      details: expect.objectContaining({ backend, workers: true, failed: 1 }),
    });

    // The cause is fixed (no more planned failures): a retry runs it once more.
    const retried = await t.http
      .post(`/api/jobs/${job.id}/retry`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(retried.body).toMatchObject({ id: job.id, attempts: 0 });
    await waitFor(async () => (await outboxRow(t, job.id)).status === 'completed', { what: 're-run' });
    expect(await effects(t, key)).toEqual([{ attempt: 1 }]);
    await t.http.post(`/api/jobs/${job.id}/retry`).set('Authorization', staff.auth).expect(409);
    const audit = await t.http
      .get(`/api/audit?entity=job&entityId=${job.id}`)
      .set('Authorization', staff.auth);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['job.retried']);
  });
});

/**
 * A TCP proxy in front of the real Redis that the test can take down and bring back, to show that a
 * job enqueued while Redis is unreachable waits in the outbox and runs once Redis is back.
 * Needs a Redis: runs when REDIS_URL is set (CI sets it).
 */
(process.env.REDIS_URL ? describe : describe.skip)('background jobs while Redis is unreachable', () => {
  let t: TestApp;
  let proxy: Server | undefined;
  let port: number;
  const sockets = new Set<Socket>();
  const target = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

  function startProxy(): Promise<void> {
    proxy = createServer((client) => {
      const upstream = connect(Number(target.port || 6379), target.hostname);
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const end = (): void => {
        client.destroy();
        upstream.destroy();
      };
      client.on('error', end).on('close', end);
      upstream.on('error', end).on('close', end);
    });
    return new Promise((resolve) => proxy!.listen(port, '127.0.0.1', () => resolve()));
  }

  async function stopProxy(): Promise<void> {
    for (const s of sockets) s.destroy();
    sockets.clear();
    await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
    proxy = undefined;
  }

  beforeAll(async () => {
    // Find a free port, and leave it closed: Redis is "down" when the app starts.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
    port = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    t = await createTestApp(
      { QUEUE_BACKEND: 'redis', REDIS_URL: `redis://127.0.0.1:${port}${target.pathname}` },
      { extraImports: [TestJobModule] },
    );
    await prepare(t);
  });
  afterAll(async () => {
    if (!proxy) await startProxy(); // let the queue close cleanly
    await t.close();
    await stopProxy();
  });

  it('keeps the job in the outbox while Redis is down and runs it once Redis is back', async () => {
    const key = 'redis-down';
    const job = await enqueue(t, key);
    await sleep(2_000);
    const waiting = await outboxRow(t, job.id);
    expect(waiting.status).toBe('pending');
    expect(await effects(t, key)).toEqual([]);
    // The checks are for staff (issue #20); the public sees the status only.
    const staff = await t.ctx.newStaff();
    const health = await t.http.get('/health').set('Authorization', staff.auth).expect(503);
    expect(health.body.checks.queue).toMatchObject({
      status: 'down',
      details: { backend: 'redis', outboxPending: 1 },
    });

    await startProxy();
    await waitFor(async () => (await outboxRow(t, job.id)).status === 'completed', {
      what: 'the job to run after Redis came back',
      timeoutMs: 30_000,
    });
    await sleep(500);
    expect(await effects(t, key)).toEqual([{ attempt: 1 }]);
    await t.http.get('/health').expect(200);
  });
});
