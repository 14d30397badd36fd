import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotificationsService } from '../../src/platform/notifications/notifications.service.js';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../utils/create-app.js';
import { startSmtpServer, type TestSmtpServer } from '../utils/smtp.js';
import { sleep, waitFor } from '../utils/wait.js';
import { Invariants, reportFigures } from './figures.js';
import { PrivatePostgres, privatePostgresUnavailable } from './private-postgres.js';
import { PrivateRedis } from './private-redis.js';

/*
 * The worker process is killed (SIGKILL) while it is handing mails to the SMTP server (the test
 * server holds its answer to DATA back). The killed sends were never accepted; a new worker runs the
 * jobs again once the dead worker's lock expires, and every mail arrives exactly once.
 */
const WORKER = join(process.cwd(), 'dist/src/worker.js');
const unavailable =
  privatePostgresUnavailable() ??
  PrivateRedis.unavailable() ??
  (existsSync(WORKER) ? undefined : `${WORKER} is missing: run \`npm run build\` (npm run test:faults does)`);
if (unavailable) console.warn(`skipping the mail worker fault test: ${unavailable}`);

const MAILS = 6;

(unavailable ? describe.skip : describe)(
  'fault: the worker killed (SIGKILL) in the middle of sending mail',
  () => {
    let pg: PrivatePostgres | undefined;
    let redis: PrivateRedis | undefined;
    let smtp: TestSmtpServer | undefined;
    let t: TestApp | undefined;
    const workers = new Set<ChildProcess>();
    const dataDir = mkdtempSync(join(tmpdir(), 'subsidies-faults-mail-'));
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
          SMTP_URL: smtp!.url,
          MAIL_RETRY_BACKOFF_MS: '500',
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
      smtp = await startSmtpServer();
      databaseUrl = await pg.createDatabase('faults_mail');
      t = await createTestApp({
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
        QUEUE_BACKEND: 'redis',
        RUN_WORKERS: 'false',
        SMTP_URL: smtp.url,
      });
    });
    afterAll(async () => {
      for (const child of [...workers]) await kill(child, 'SIGKILL');
      await t?.close().catch((err: unknown) => console.warn(`closing the app: ${String(err)}`));
      await smtp?.stop();
      await redis?.destroy();
      await pg?.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('delivers every mail exactly once after its worker was killed mid-send', async () => {
      const started = Date.now();
      const app = t!;
      const server = smtp!;
      const inv = new Invariants();
      const ids: string[] = [];
      for (let i = 0; i < MAILS; i++) {
        const sent = await app.dataSource.transaction((manager) =>
          app.ctx.get(NotificationsService).send(manager, {
            to: { email: `fault-${i}@test.example`, language: i % 2 ? 'en' : 'nl' },
            template: 'application-submitted',
            data: {
              reference: `F-${i}`,
              title: 'Fault',
              callName: 'Fault call',
              submittedAt: '03-12-2026 10:00',
              receiptPath: `/api/applications/F-${i}/submission.pdf`,
            },
            category: 'application',
          }),
        );
        ids.push(sent.id!);
      }

      server.stallData();
      const first = startWorker();
      await waitFor(() => server.stalledCount > 0, {
        what: 'a send in progress',
        timeoutMs: 60_000,
        intervalMs: 10,
      });
      await kill(first, 'SIGKILL');
      await sleep(300);
      server.releaseData();
      const atKill = server.messages.length;

      const second = startWorker();
      await waitFor(() => server.messages.length >= MAILS, {
        what: 'every mail',
        timeoutMs: 60_000,
        intervalMs: 100,
      }).catch(() => undefined);
      await sleep(2_000); // a second delivery would show up now
      const byId = new Map<string, number>();
      for (const m of server.messages) byId.set(m.messageId, (byId.get(m.messageId) ?? 0) + 1);
      inv.check(first.signalCode === 'SIGKILL', 'the first worker died of SIGKILL');
      inv.check(atKill === 0, `nothing was accepted from the killed worker (${atKill})`);
      inv.check(server.dropped >= 1, `the killed send was never accepted (${server.dropped} dropped)`);
      inv.check(server.messages.length === MAILS, `${MAILS} mails arrived (got ${server.messages.length})`);
      inv.check(
        [...byId.values()].every((n) => n === 1),
        'no mail arrived twice',
      );
      const sentRows = (await app.dataSource.query(
        `SELECT count(*)::int AS n FROM mail_message WHERE id = ANY($1) AND sent_at IS NOT NULL`,
        [ids],
      )) as { n: number }[];
      inv.check(sentRows[0].n === MAILS, `every mail has sent_at (${sentRows[0].n})`);
      await kill(second, 'SIGTERM');

      reportFigures({
        test: 'mail-worker-kill',
        requests: 0,
        faults: 1,
        invariantsChecked: inv.checked,
        violations: inv.violations.length,
        durationMs: Date.now() - started,
        notes: { mails: MAILS, dropped: server.dropped },
      });
      expect(inv.violations).toEqual([]);
    });
  },
);
