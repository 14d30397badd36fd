import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JOB_QUEUE, type JobQueue } from '../../src/platform/jobs/queue-backend.js';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../utils/create-app.js';
import { sleep, waitFor } from '../utils/wait.js';
import { Invariants, reportFigures } from './figures.js';
import { applicationsReadyForDecision, decide, lettersComplete, letterState } from './letters-fixture.js';
import { PrivatePostgres, privatePostgresUnavailable } from './private-postgres.js';
import { PrivateRedis } from './private-redis.js';

/*
 * The worker process (`npm run start:worker`, the built dist/src/worker.js) is killed with SIGKILL
 * while it renders decision letters; a new worker takes over. Every job must complete exactly once:
 * the killed attempt's transaction dies with its connection, BullMQ's stalled-job check hands the
 * job to the new worker once the dead worker's lock expires (2 s here, JOB_LOCK_DURATION_MS).
 */
const WORKER = join(process.cwd(), 'dist/src/worker.js');
const unavailable =
  privatePostgresUnavailable() ??
  PrivateRedis.unavailable() ??
  (existsSync(WORKER) ? undefined : `${WORKER} is missing: run \`npm run build\` (npm run test:faults does)`);
if (unavailable) console.warn(`skipping the worker fault test: ${unavailable}`);

const DECISIONS = 12;

(unavailable ? describe.skip : describe)(
  'fault: the worker process killed (SIGKILL) in the middle of a job',
  () => {
    let pg: PrivatePostgres | undefined;
    let redis: PrivateRedis | undefined;
    let t: TestApp | undefined;
    const workers = new Set<ChildProcess>();
    const dataDir = mkdtempSync(join(tmpdir(), 'subsidies-faults-worker-'));
    let databaseUrl = '';

    function startWorker(): ChildProcess {
      const child = spawn(process.execPath, [WORKER], {
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'test',
          LOG_LEVEL: 'warn',
          DATABASE_URL: databaseUrl,
          REDIS_URL: redis!.url,
          QUEUE_BACKEND: 'redis',
          QUEUE_PREFIX: t!.config.queuePrefix,
          JWT_SECRET: TEST_JWT_SECRET,
          DATA_DIR: dataDir,
          JOB_LOCK_DURATION_MS: '2000',
          JOB_STALLED_INTERVAL_MS: '1000',
          JOB_REDISPATCH_AFTER_MS: '5000',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      child.stderr!.resume();
      workers.add(child);
      child.once('exit', () => workers.delete(child));
      return child;
    }

    async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill(signal);
      await exited;
    }

    beforeAll(async () => {
      pg = await PrivatePostgres.create();
      redis = await PrivateRedis.create();
      databaseUrl = await pg.createDatabase('faults_worker');
      // This process is the API only: it requests the letters, the worker processes render them.
      t = await createTestApp({
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
        QUEUE_BACKEND: 'redis',
        RUN_WORKERS: 'false',
      });
    });
    afterAll(async () => {
      for (const child of [...workers]) await kill(child, 'SIGKILL');
      await t?.close().catch((err: unknown) => console.warn(`closing the app: ${String(err)}`));
      await redis?.destroy();
      await pg?.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('completes every letter job exactly once after its worker was killed mid-job', async () => {
      const started = Date.now();
      const app = t!;
      const inv = new Invariants();
      let requests = 0;
      const staff = await app.ctx.newStaff();
      const applicant = await app.ctx.newApplicant();
      const apps = await applicationsReadyForDecision(app, applicant, DECISIONS);

      const first = startWorker();
      const statuses = await Promise.all(apps.map((a, i) => decide(app, staff, a.id, i)));
      requests += DECISIONS;
      inv.check(
        statuses.every((s) => s === 201),
        `every decision succeeds (got ${statuses.join(',')})`,
      );

      // Kill the worker as soon as it has stored its first letter and is busy with the next ones.
      const queue = app.app.get<JobQueue>(JOB_QUEUE);
      const activeAtKill = await waitFor(
        async () => {
          const [state, counts] = await Promise.all([letterState(app), queue.counts()]);
          return state.letters > 0 && counts.active > 0 ? counts.active : undefined;
        },
        { what: 'the worker to be in the middle of a job', timeoutMs: 60_000, intervalMs: 10 },
      );
      await kill(first, 'SIGKILL');
      const atKill = await letterState(app);
      inv.check(
        first.signalCode === 'SIGKILL',
        `the worker died of SIGKILL (exit ${first.exitCode}, ${first.signalCode})`,
      );

      await sleep(500);
      const second = startWorker();
      await waitFor(async () => lettersComplete(await letterState(app)), {
        what: 'every letter after the new worker took over',
        timeoutMs: 60_000,
        intervalMs: 250,
      }).catch(() => undefined); // the invariants below say what is missing
      await sleep(1_500); // a second delivery of a recovered job would show up now
      const final = await letterState(app);

      inv.check(
        atKill.letters < DECISIONS,
        `letters were still to be made when the worker died (${atKill.letters})`,
      );
      inv.check(final.decisions === DECISIONS, `${DECISIONS} decisions stored (got ${final.decisions})`);
      inv.check(
        final.letters === final.decisions,
        `one letter per decision (${final.letters} letters, ${final.decisions} decisions)`,
      );
      inv.check(final.distinctLetterDecisions === final.letters, 'no decision has two letters');
      inv.check(final.lettersWithoutDecision === 0, 'no letter without a decision');
      inv.check(final.letterJobsPerDecisionMax === 1, 'never two letter jobs for one decision');
      inv.check(
        (final.outbox.completed ?? 0) === final.letterJobs,
        `every letter job completed (${JSON.stringify(final.outbox)})`,
      );
      inv.check(
        final.generatedEvents === final.decisions,
        `letter.generated audited once per decision (got ${final.generatedEvents})`,
      );
      inv.check(final.generatedEventsPerDecisionMax === 1, 'no letter.generated twice for one decision');
      const verify = await app.http.get('/api/audit/verify').set('Authorization', staff.auth);
      requests += 1;
      inv.check(verify.status === 200 && verify.body.ok === true, 'the audit chain verifies');

      // SIGTERM lets the new worker finish and exit cleanly.
      await kill(second, 'SIGTERM');
      inv.check(
        second.exitCode === 0 || second.signalCode === 'SIGTERM',
        `the new worker exits on SIGTERM (exit ${second.exitCode}, ${second.signalCode})`,
      );

      reportFigures({
        test: 'worker-kill',
        requests,
        faults: 1,
        invariantsChecked: inv.checked,
        violations: inv.violations.length,
        durationMs: Date.now() - started,
        notes: { decisions: DECISIONS, jobsActiveAtKill: activeAtKill, lettersAtKill: atKill.letters, final },
      });
      expect(inv.violations).toEqual([]);
    });
  },
);
