import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';
import { startSmtpServer, type TestSmtpServer } from '../utils/smtp.js';
import { sleep, waitFor } from '../utils/wait.js';

interface NotificationItem {
  id: string;
  event: string;
  title: string;
  link: string;
  legal: boolean;
  readAt: string | null;
  resourceType: string;
  resourceId: string;
}

describe('notifications of application events, by e-mail and in-app', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let applicant: TestUser;
  let staff: TestUser;

  async function inbox(
    user: TestUser,
    query = '',
  ): Promise<{ items: NotificationItem[]; total: number; unread: number }> {
    const res = await t.http.get(`/api/notifications${query}`).set('Authorization', user.auth).expect(200);
    return res.body as { items: NotificationItem[]; total: number; unread: number };
  }

  function mails(user: TestUser, subject: string): number {
    return smtp.to(user.email).filter((m) => m.subject.includes(subject)).length;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://portal.test.example' });
    applicant = await t.ctx.newApplicant();
    staff = await t.ctx.newStaff();
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('sends the receipt on submission, once, in the language the user chose', async () => {
    await t.http
      .put('/api/notifications/preferences')
      .set('Authorization', applicant.auth)
      .send({ language: 'en' })
      .expect(200);
    const draft = await t.ctx.newApplication(applicant);
    await t.http
      .post(`/api/applications/${draft.id}/submit`)
      .set('Authorization', applicant.auth)
      .expect(200);

    const [mail] = await smtp.waitFor(
      (m) => m.rcptTo.includes(applicant.email) && m.subject.startsWith('Receipt'),
    );
    expect(mail.subject).toBe(`Receipt: application ${draft.reference} has been submitted`);
    expect(mail.text).toMatch(/Submitted on: \d\d-\d\d-\d{4} \d\d:\d\d/);
    expect(mail.text).toContain(`https://portal.test.example/applications/${draft.id}`);
    // Where the receipt PDF (GET …/submission.pdf, the documents issue) is downloaded.
    expect(mail.text).toContain(`/api/applications/${draft.id}/submission.pdf`);

    const box = await inbox(applicant);
    expect(box.unread).toBe(1);
    expect(box.items[0]).toMatchObject({
      event: 'application.submitted',
      title: mail.subject,
      link: `/applications/${draft.id}`,
      resourceType: 'application',
      resourceId: draft.id,
      readAt: null,
    });
    await sleep(200);
    expect(mails(applicant, 'Receipt')).toBe(1);
  });

  it('an opted-out category sends no e-mail (in-app still), a legal one (return for correction) still does', async () => {
    const other = await t.ctx.newUser('applicant');
    const refused = await t.http
      .put('/api/notifications/preferences')
      .set('Authorization', other.auth)
      .send({ categories: [{ category: 'correction', email: false }] })
      .expect(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    const prefs = await t.http
      .put('/api/notifications/preferences')
      .set('Authorization', other.auth)
      .send({ categories: [{ category: 'application', email: false }] })
      .expect(200);
    expect(prefs.body.categories).toEqual(
      expect.arrayContaining([
        { category: 'application', email: false, legal: false },
        { category: 'correction', email: true, legal: true },
        { category: 'decision', email: true, legal: true },
      ]),
    );

    const submitted = await t.ctx.submittedApplication(other);
    await t.http
      .post(`/api/applications/${submitted.id}/screening`)
      .set('Authorization', staff.auth)
      .send({ outcome: 'returned', reason: 'De kostenstaat van de partner ontbreekt.' })
      .expect(200);
    const [returned] = await smtp.waitFor((m) => m.rcptTo.includes(other.email));
    expect(returned.subject).toBe(`Aanvraag ${submitted.reference} teruggestuurd voor correctie`);
    expect(returned.text).toContain('Reden: De kostenstaat van de partner ontbreekt.');

    await t.http
      .post(`/api/applications/${submitted.id}/submit`)
      .set('Authorization', other.auth)
      .expect(200);
    await sleep(500);
    // Only the legal mail: the two receipts (submission, resubmission) stayed in-app.
    expect(smtp.to(other.email)).toHaveLength(1);
    const box = await inbox(other);
    expect(box.items.map((n) => n.event)).toEqual([
      'application.submitted',
      'application.returned',
      'application.submitted',
    ]);
    expect(box.items[1].legal).toBe(true);
  });

  it('tells the evaluator of an assignment, the applicant of screening, decision letter and payment; staff see sent-at and first download', async () => {
    const owner = await t.ctx.newUser('applicant');
    const admissible = await t.ctx.admissibleApplication(owner);
    const { evaluator } = await t.ctx.assignEvaluator(admissible.id);
    const [assigned] = await smtp.waitFor((m) => m.rcptTo.includes(evaluator.email));
    expect(assigned.subject).toBe(`Nieuwe beoordeling: aanvraag ${admissible.reference}`);
    expect((await inbox(evaluator)).items[0].event).toBe('review.assigned');

    // Straight to a decision (the factories' under_review shortcut).
    const app = admissible.id;
    await t.dataSource.query(`UPDATE application SET status = 'under_review' WHERE id = $1`, [app]);
    await t.ctx.approve(app, 5_000_000, staff);
    const [letter] = await smtp.waitFor(
      (m) => m.rcptTo.includes(owner.email) && m.subject.startsWith('Beslissing'),
      {
        timeoutMs: 60_000,
      },
    );
    expect(letter.subject).toBe(
      `Beslissing over aanvraag ${admissible.reference}: uw beslissingsbrief staat klaar`,
    );
    expect(letter.text).toContain('goedgekeurd');

    const decision = await waitFor(async () => {
      const res = await t.http
        .get(`/api/applications/${app}/decision`)
        .set('Authorization', staff.auth)
        .expect(200);
      const body = res.body as {
        notification: {
          notifiedAt: string | null;
          channels: { channel: string; sentAt: string | null }[];
          firstDownloadAt: string | null;
        };
      };
      return body.notification.channels.some((c) => c.channel === 'email' && c.sentAt) && body;
    });
    expect(decision.notification.notifiedAt).not.toBeNull();
    expect(decision.notification.firstDownloadAt).toBeNull();
    // The applicant does not see the record.
    const own = await t.http
      .get(`/api/applications/${app}/decision`)
      .set('Authorization', owner.auth)
      .expect(200);
    expect(own.body.notification).toBeUndefined();

    await t.http.get(`/api/applications/${app}/decision-letter`).set('Authorization', staff.auth).expect(200);
    let after = await t.http
      .get(`/api/applications/${app}/decision`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(after.body.notification.firstDownloadAt).toBeNull(); // staff downloading is not the addressee
    await t.http.get(`/api/applications/${app}/decision-letter`).set('Authorization', owner.auth).expect(200);
    after = await t.http
      .get(`/api/applications/${app}/decision`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(after.body.notification.firstDownloadAt).not.toBeNull();
    expect(after.body.notification.firstDownloadBy).toBe(owner.id);
    const first = after.body.notification.firstDownloadAt as string;
    await t.http.get(`/api/applications/${app}/decision-letter`).set('Authorization', owner.auth).expect(200);
    after = await t.http
      .get(`/api/applications/${app}/decision`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(after.body.notification.firstDownloadAt).toBe(first);

    // The coordinator accepts the grant, as the letter asks: nothing is paid before.
    await t.http
      .post(`/api/applications/${app}/decision/acceptance`)
      .set('Authorization', owner.auth)
      .expect(201);
    await t.ctx.paidAdvance(app, undefined, staff);
    const [paid] = await smtp.waitFor(
      (m) => m.rcptTo.includes(owner.email) && m.subject.startsWith('Betaling'),
    );
    expect(paid.subject).toBe(`Betaling van € 25.000,00 voor aanvraag ${admissible.reference}`);

    await sleep(300);
    const events = (await inbox(owner)).items.map((n) => n.event);
    expect(events).toEqual([
      'payment.made',
      'decision.letter_ready',
      'application.admissible',
      'application.submitted',
    ]);
    // One mail per event (besides the partners' consent to the draft, which is not an in-app event).
    expect(smtp.to(owner.email).filter((m) => !m.subject.includes('ingestemd'))).toHaveLength(4);
  });

  it('marks one notification read, then all; another user’s is 404', async () => {
    const box = await inbox(applicant);
    const id = box.items[0].id;
    await t.http.post(`/api/notifications/${id}/read`).set('Authorization', staff.auth).expect(404);
    const read = await t.http
      .post(`/api/notifications/${id}/read`)
      .set('Authorization', applicant.auth)
      .expect(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await inbox(applicant)).unread).toBe(box.unread - 1);
    await t.http.post('/api/notifications/read-all').set('Authorization', applicant.auth).expect(200);
    expect((await inbox(applicant)).unread).toBe(0);
    expect((await inbox(applicant, '?unread=true')).items).toEqual([]);
  });
});
