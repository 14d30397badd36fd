import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, addMonths } from '../../src/domains/erdf/claims.js';
import { eAidRegisterBy } from '../../src/domains/state-aid/de-minimis.service.js';
import { Clock } from '../../src/kernel/clock.js';
import {
  DailyRemindersJob,
  DailyRemindersScheduler,
} from '../../src/platform/notifications/daily-reminders.job.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';
import { startSmtpServer, type TestSmtpServer } from '../utils/smtp.js';
import { sleep } from '../utils/wait.js';

describe('the daily reminders', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let staff: TestUser;

  /** One run of the daily job for `day`, as the worker runs it (in a transaction). */
  function runDaily(day: string): Promise<void> {
    return t.dataSource.transaction((manager) =>
      t.ctx.get(DailyRemindersJob).handle({ day }, { jobId: 'test', attempt: 1, maxAttempts: 1, manager }),
    );
  }

  async function events(user: TestUser): Promise<string[]> {
    const res = await t.http.get('/api/notifications').set('Authorization', user.auth).expect(200);
    return (res.body as { items: { event: string }[] }).items.map((n) => n.event);
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url });
    staff = await t.ctx.newStaff();
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('is requested once per day however many processes ask', async () => {
    const scheduler = t.ctx.get(DailyRemindersScheduler);
    expect(await scheduler.request('2031-01-01')).toBe(true);
    expect(await scheduler.request('2031-01-01')).toBe(false);
    const rows = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM job_outbox WHERE job_name = 'reminders.daily' AND payload ->> 'day' = '2031-01-01'`,
    )) as { n: number }[];
    expect(rows[0].n).toBe(1);
  });

  it('reminds an evaluator of a review due soon and overdue, once per day even when run twice', async () => {
    const today = t.ctx.get(Clock).today();
    const deadline = addDays(today, 7);
    const call = await t.ctx.newCall({ reviewDeadline: deadline });
    const owner = await t.ctx.newApplicant();
    const application = await t.ctx.admissibleApplication(owner, { callId: call.id });
    const { evaluator } = await t.ctx.assignEvaluator(application.id);
    await smtp.waitFor((m) => m.rcptTo.includes(evaluator.email));

    await runDaily(today);
    await runDaily(today);
    await runDaily(addDays(today, 3)); // nothing due on that day
    await runDaily(addDays(deadline, 1));
    await runDaily(addDays(deadline, 1));
    await sleep(500);
    const mails = smtp.to(evaluator.email).map((m) => m.subject);
    expect(mails).toEqual([
      `Nieuwe beoordeling: aanvraag ${application.reference}`,
      `Herinnering: beoordeling van ${application.reference} uiterlijk ${deadline.split('-').reverse().join('-')}`,
      `Beoordeling van ${application.reference} is te laat (uiterlijk ${deadline.split('-').reverse().join('-')})`,
    ]);
    expect(await events(evaluator)).toEqual(['review.overdue', 'review.due_soon', 'review.assigned']);
  });

  it('reminds applicants with a draft 14 and 2 days before the call closes', async () => {
    const clock = t.ctx.get(Clock);
    const closesAt = new Date(clock.now().getTime() + 14 * 86_400_000 + 3_600_000);
    const call = await t.ctx.newCall({ closesAt: closesAt.toISOString() });
    const owner = await t.ctx.newApplicant();
    const draft = await t.ctx.newApplication(owner, { callId: call.id });
    const submitter = await t.ctx.newApplicant();
    await t.ctx.submittedApplication(submitter, { callId: call.id });
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(closesAt);

    await runDaily(addDays(day, -14));
    await runDaily(addDays(day, -14));
    await smtp.waitFor((m) => m.rcptTo.includes(owner.email) && m.subject.includes('sluit'));
    await sleep(300);
    // (The owner's other mails are the partners' consent to the draft.)
    const closing = smtp.to(owner.email).filter((m) => m.subject.includes('sluit'));
    expect(closing.map((m) => m.subject)).toEqual([`De oproep "${call.title}" sluit over 14 dagen`]);
    expect(closing[0].text).toContain(draft.reference);
    // The applicant who submitted has nothing to do.
    expect(smtp.to(submitter.email).filter((m) => m.subject.includes('sluit'))).toHaveLength(0);
  });

  it('reminds of the final report (project end + 3 months) and staff of the eAid registration (20 Belgian working days)', async () => {
    const owner = await t.ctx.newApplicant();
    const application = await t.ctx.approvedApplication(owner, 5_000_000, { endDate: '2028-06-30' }, staff);
    const due = addMonths('2028-06-30', 3);
    await runDaily(addDays(due, -7));
    await runDaily(addDays(due, -7));
    const [reminder] = await smtp.waitFor(
      (m) => m.rcptTo.includes(owner.email) && m.subject.includes('eindrapport'),
    );
    expect(reminder.subject).toBe(`Herinnering: eindrapport ${application.reference} uiterlijk 30-09-2028`);

    const rows = (await t.dataSource.query(
      `SELECT decided_on::text AS d FROM decision WHERE application_id = $1`,
      [application.id],
    )) as { d: string }[];
    const registerBy = eAidRegisterBy(rows[0].d);
    await runDaily(addDays(registerBy, -1));
    await runDaily(addDays(registerBy, -1));
    const [eaid] = await smtp.waitFor((m) => m.rcptTo.includes(staff.email) && m.subject.startsWith('eAid'));
    expect(eaid.subject).toBe(
      `eAid: de-minimissteun voor ${application.reference} registreren uiterlijk ${registerBy.split('-').reverse().join('-')}`,
    );
    await sleep(300);
    expect(smtp.to(owner.email).filter((m) => m.subject.includes('eindrapport'))).toHaveLength(1);
    expect(smtp.to(staff.email).filter((m) => m.subject.startsWith('eAid'))).toHaveLength(1);
  });

  it('reminds the ERDF coordinator when a 4-month period has ended', async () => {
    const member = await t.ctx.newApplicant();
    const own = await t.ctx.newOrganisation(member, { kind: 'non_profit' });
    const other = await t.ctx.newOrganisation(undefined, { kind: 'non_profit' });
    const project = await t.ctx.newErdfProject(staff, {
      coordinatorOrganisationId: own.id,
      partners: [
        { organisationId: own.id, budgetCents: 10_000_000 },
        { organisationId: other.id, budgetCents: 8_000_000 },
      ],
    });
    await runDaily('2017-10-01'); // the first period (1 June – 30 September 2017) ended yesterday
    await runDaily('2017-10-01');
    const [mail] = await smtp.waitFor((m) => m.rcptTo.includes(member.email));
    expect(mail.subject).toBe(
      `EFRO-project ${project.projectNumber}: voortgangsrapport en betaalaanvraag tegen 30-10-2017`,
    );
    await sleep(300);
    expect(smtp.to(member.email)).toHaveLength(1);
  });
});
