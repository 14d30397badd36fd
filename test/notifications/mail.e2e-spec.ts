import 'reflect-metadata';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  NotificationsService,
  type SendMailInput,
} from '../../src/platform/notifications/notifications.service.js';
import { SendMailJob } from '../../src/platform/notifications/send-mail.job.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { parseMail, startSmtpServer, type TestSmtpServer } from '../utils/smtp.js';
import { sleep, waitFor } from '../utils/wait.js';

const RECEIPT = {
  reference: 'SUB-2026-0001',
  title: 'Demo: circulaire verpakking',
  callName: 'Demo-oproep innovatie',
  submittedAt: '3 december 2026 10:15',
  receiptPath: '/api/applications/00000000-0000-4000-8000-000000000001/submission.pdf',
};

function send(t: TestApp, input: SendMailInput): ReturnType<NotificationsService['send']> {
  return t.dataSource.transaction((manager) => t.ctx.get(NotificationsService).send(manager, input));
}

async function mailRow(
  t: TestApp,
  id: string,
): Promise<{ sent_at: Date | null; transport: string | null; transport_id: string | null }> {
  const rows = (await t.dataSource.query(
    `SELECT sent_at, transport, transport_id FROM mail_message WHERE id = $1`,
    [id],
  )) as { sent_at: Date | null; transport: string | null; transport_id: string | null }[];
  return rows[0];
}

/** A TCP port nobody listens on (bound, then released). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('the e-mail channel over SMTP', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Subsidies Vlaams-Brabant <subsidies@test.example>',
      PUBLIC_URL: 'https://subsidies.test.example',
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('sends a mail to a user once, in Dutch by default and in English when the user chose it', async () => {
    const dutch = await t.ctx.newApplicant();
    const english = await t.ctx.newApplicant();
    await t.dataSource.query(`UPDATE app_user SET language = 'en' WHERE id = $1`, [english.id]);

    const nl = await send(t, {
      to: { userId: dutch.id },
      template: 'application-submitted',
      data: RECEIPT,
      category: 'application',
      link: '/applications/123',
    });
    const en = await send(t, {
      to: { userId: english.id },
      template: 'application-submitted',
      data: RECEIPT,
      category: 'application',
      link: '/applications/123',
    });
    expect(nl.queued && en.queued).toBe(true);

    const [nlMail] = await smtp.waitFor((m) => m.rcptTo.includes(dutch.email));
    const [enMail] = await smtp.waitFor((m) => m.rcptTo.includes(english.email));
    expect(nlMail.subject).toBe('Ontvangstbewijs: aanvraag SUB-2026-0001 is ingediend');
    expect(nlMail.text).toContain(`Beste ${dutch.fullName},`);
    expect(nlMail.text).toContain('https://subsidies.test.example/applications/123');
    expect(nlMail.html).toContain('<html lang="nl">');
    expect(nlMail.html).toContain('<a href="https://subsidies.test.example/applications/123">');
    expect(nlMail.headers.get('from')).toContain('subsidies@test.example');
    expect(nlMail.messageId).toBe(`<${nl.id}@test.example>`);
    expect(enMail.subject).toBe('Receipt: application SUB-2026-0001 has been submitted');
    expect(enMail.html).toContain('<html lang="en">');
    // Every mail ends with the privacy notice (issue #17, point 11): legal basis, complaint, statement.
    expect(nlMail.text).toContain('AVG, artikel 6, lid 1, e');
    expect(nlMail.text).toContain('Vlaamse Toezichtcommissie');
    expect(nlMail.html).toContain('<a href="https://www.vlaamsbrabant.be/privacy">');
    expect(enMail.text).toContain('GDPR, Article 6(1)(e)');

    const row = await waitFor(async () => {
      const r = await mailRow(t, nl.id!);
      return r.sent_at !== null && r;
    });
    expect(row.transport).toBe('smtp');

    // A second delivery of the job (queues deliver at least once) finds sent_at and sends nothing.
    await t.dataSource.transaction((manager) =>
      t.ctx.get(SendMailJob).handle({ mailId: nl.id! }, { jobId: 'x', attempt: 1, maxAttempts: 1, manager }),
    );
    await sleep(200);
    expect(smtp.to(dutch.email)).toHaveLength(1);
  });

  it('is written with the transaction: a rolled-back event sends nothing', async () => {
    const user = await t.ctx.newApplicant();
    await expect(
      t.dataSource.transaction(async (manager) => {
        await t.ctx.get(NotificationsService).send(manager, {
          to: { userId: user.id },
          template: 'application-submitted',
          data: RECEIPT,
          category: 'application',
        });
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    await sleep(300);
    expect(smtp.to(user.email)).toHaveLength(0);
  });

  it('sends at most one mail per dedupe key', async () => {
    const first = await send(t, {
      to: { email: 'once@test.example', language: 'en' },
      template: 'application-submitted',
      data: RECEIPT,
      category: 'application',
      dedupeKey: 'test:once',
    });
    const mailJobs = async () =>
      (
        (await t.dataSource.query(
          `SELECT count(*)::int AS n FROM job_outbox WHERE job_name = 'mail.send'`,
        )) as {
          n: number;
        }[]
      )[0].n;
    const jobsBefore = await mailJobs();
    const second = await send(t, {
      to: { email: 'once@test.example', language: 'en' },
      template: 'application-submitted',
      data: RECEIPT,
      category: 'application',
      dedupeKey: 'test:once',
    });
    expect(first.queued).toBe(true);
    expect(second).toEqual({ id: null, queued: false, skipped: 'duplicate' });
    // The mail and its job are written in one statement: the duplicate wrote neither.
    expect(await mailJobs()).toBe(jobsBefore);
    const [{ jobs }] = (await t.dataSource.query(
      `SELECT count(*)::int AS jobs FROM job_outbox WHERE job_name = 'mail.send' AND payload ->> 'mailId' = $1`,
      [first.id],
    )) as { jobs: number }[];
    expect(jobs).toBe(1);
    await smtp.waitFor((m) => m.rcptTo.includes('once@test.example'));
    await sleep(200);
    expect(smtp.to('once@test.example')).toHaveLength(1);
  });

  it('makes header injection impossible: names and subjects lose line breaks, bad addresses are refused', async () => {
    await send(t, {
      to: { email: 'victim@test.example', name: 'Eve\r\nBcc: thief@evil.example', language: 'nl' },
      template: 'application-submitted',
      data: { ...RECEIPT, reference: 'X\r\nBcc: thief@evil.example\r\n\r\nforged body' },
      category: 'application',
    });
    const [mail] = await smtp.waitFor((m) => m.rcptTo.includes('victim@test.example'));
    expect(mail.rcptTo).toEqual(['victim@test.example']);
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.subject).toBe('Ontvangstbewijs: aanvraag X Bcc: thief@evil.example forged body is ingediend');
    expect(smtp.to('thief@evil.example')).toHaveLength(0);

    for (const email of [
      'a@b.example\r\nBcc: thief@evil.example',
      'a@b.example, thief@evil.example',
      'Eve <thief@evil.example>',
      'not-an-address',
    ]) {
      await expect(
        send(t, { to: { email }, template: 'application-submitted', data: RECEIPT, category: 'application' }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    }
  });
});

describe('the e-mail channel when the SMTP server is unreachable', () => {
  let t: TestApp;
  let smtp: TestSmtpServer | undefined;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    t = await createTestApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_RETRY_ATTEMPTS: '3',
      MAIL_RETRY_BACKOFF_MS: '100',
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp?.stop();
  });

  it('keeps the mail queued and retried, shows it in /api/jobs/failed after the last attempt, and sends it on retry', async () => {
    const user = await t.ctx.newApplicant();
    const staff = await t.ctx.newStaff();
    const started = Date.now();
    const sent = await send(t, {
      to: { userId: user.id },
      template: 'application-submitted',
      data: RECEIPT,
      category: 'application',
    });
    expect(Date.now() - started).toBeLessThan(2_000);

    const failed = await waitFor(
      async () => {
        const res = await t.http.get('/api/jobs/failed').set('Authorization', staff.auth).expect(200);
        const items = (
          res.body as {
            items: { id: string; jobName: string; attempts: number; payload: { mailId: string } }[];
          }
        ).items;
        return items.find((j) => j.jobName === 'mail.send' && j.payload.mailId === sent.id);
      },
      { what: 'the failed mail job' },
    );
    expect(failed.attempts).toBe(3);
    expect((await mailRow(t, sent.id!)).sent_at).toBeNull();

    // The server comes back; staff retry the job and the mail goes out, once.
    smtp = await startSmtpServer(port);
    await t.http.post(`/api/jobs/${failed.id}/retry`).set('Authorization', staff.auth).expect(200);
    await smtp.waitFor((m) => m.rcptTo.includes(user.email));
    await waitFor(async () => (await mailRow(t, sent.id!)).sent_at !== null);
    await sleep(200);
    expect(smtp.to(user.email)).toHaveLength(1);
  });
});

describe('the embedded default without SMTP_URL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('writes each mail as an .eml file under DATA_DIR/mail/', async () => {
    const user = await t.ctx.newApplicant();
    const sent = await send(t, {
      to: { userId: user.id },
      template: 'application-submitted',
      data: RECEIPT,
      category: 'application',
    });
    const row = await waitFor(async () => {
      const r = await mailRow(t, sent.id!);
      return r.sent_at !== null && r;
    });
    const dir = join(t.config.dataDir, 'mail');
    expect(row).toMatchObject({ transport: 'file', transport_id: join(dir, `${sent.id}.eml`) });
    expect(existsSync(row.transport_id!)).toBe(true);
    expect(readdirSync(dir)).toEqual([`${sent.id}.eml`]);
    const mail = parseMail(readFileSync(row.transport_id!, 'utf8'));
    expect(mail.headers.get('to')).toContain(user.email);
    expect(mail.subject).toBe('Ontvangstbewijs: aanvraag SUB-2026-0001 is ingediend');
  });
});
