import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PDFParse } from 'pdf-parse';
import type { Response } from 'supertest';
import { JobRunner } from '../../src/platform/jobs/job-runner.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';
import { waitFor } from '../utils/wait.js';

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

/** supertest: keep a binary body as a Buffer. */
function binary(res: Response, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

async function setUp(t: TestApp) {
  const staff = await t.ctx.newStaff();
  const applicant = await t.ctx.newApplicant();
  const call = await t.ctx.newCall({ budgetCents: 100_000_000 });
  return { staff, applicant, call };
}

function decide(t: TestApp, staff: TestUser, applicationId: string, body: Record<string, unknown>) {
  return t.http
    .post(`/api/applications/${applicationId}/decision`)
    .set('Authorization', staff.auth)
    .send(body);
}

function download(t: TestApp, user: TestUser, applicationId: string) {
  return t.http
    .get(`/api/applications/${applicationId}/decision-letter`)
    .set('Authorization', user.auth)
    .buffer(true)
    .parse(binary);
}

describe('decision letters: 202 until the job has run', () => {
  let t: TestApp;

  // No worker in this process: the letter request waits in the outbox until the test runs the job.
  beforeAll(async () => {
    t = await createTestApp({ QUEUE_BACKEND: 'inline', RUN_WORKERS: 'false' });
  });
  afterAll(() => t.close());

  it('answers 202 pending before the job ran and 200 with the PDF after; one job per decision', async () => {
    const { staff, applicant, call } = await setUp(t);
    const app = await t.ctx.underReviewApplication(applicant, { callId: call.id });
    await download(t, applicant, app.id).expect(404);
    const decision = await decide(t, staff, app.id, {
      outcome: 'approved',
      grantedCents: 10_000_000,
      motivation: 'Goed project',
    }).expect(201);

    const pending = await t.http
      .get(`/api/applications/${app.id}/decision-letter`)
      .set('Authorization', applicant.auth)
      .expect(202);
    expect(pending.body).toEqual({ status: 'pending' });

    const jobs = (await t.dataSource.query(
      `SELECT id, job_name, payload, status FROM job_outbox WHERE dedupe_key = $1`,
      [`decision-letter:${decision.body.id}`],
    )) as { id: string; job_name: string; payload: unknown; status: string }[];
    expect(jobs).toEqual([
      expect.objectContaining({
        job_name: 'decision-letter',
        payload: { decisionId: decision.body.id },
        status: 'pending',
      }),
    ]);
    const runner = t.ctx.get(JobRunner);
    const job = {
      id: jobs[0].id,
      name: jobs[0].job_name,
      payload: jobs[0].payload,
      attempt: 1,
      maxAttempts: 5,
    };
    await runner.run(job);
    await runner.run(job); // delivered twice: produced once

    const ready = await download(t, applicant, app.id).expect(200);
    expect(ready.headers['content-type']).toBe('application/pdf');
    expect((ready.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const letters = (await t.dataSource.query(`SELECT 1 FROM decision_letter WHERE decision_id = $1`, [
      decision.body.id,
    ])) as unknown[];
    expect(letters).toHaveLength(1);
  });
});

describe('decision letters', () => {
  let t: TestApp;
  let staff: TestUser;
  let applicant: TestUser;
  let callId: string;

  beforeAll(async () => {
    t = await createTestApp();
    ({
      staff,
      applicant,
      call: { id: callId },
    } = await setUp(t));
  });
  afterAll(() => t.close());

  const ready = (user: TestUser, applicationId: string) =>
    waitFor(
      async () => {
        const res = await download(t, user, applicationId);
        return res.status === 200 ? res : undefined;
      },
      { what: 'the decision letter', timeoutMs: 30_000 },
    );

  it('writes a Dutch approval with the reference, Belgian amounts, the funding rate and the appeal clause', async () => {
    const app = await t.ctx.underReviewApplication(applicant, { callId });
    await decide(t, staff, app.id, {
      outcome: 'approved',
      grantedCents: 10_000_000,
      motivation: 'Het project versterkt de cluster health.',
    }).expect(201);
    const first = await ready(applicant, app.id);
    expect(first.headers['content-disposition']).toContain(`beslissing-${app.reference}.pdf`);
    const text = await pdfText(first.body as Buffer);
    expect(text).toContain(app.reference);
    expect(text).toContain('€ 100.000,00'); // granted (and requested)
    expect(text).toContain('€ 250.000,00'); // eligible costs
    expect(text).toContain('40 %'); // € 100.000 of € 250.000
    expect(text).toContain('€ 50.000,00'); // the advance: 50 % of the grant
    expect(text).toContain('Raad van State');
    expect(text).toContain('zestig (60) dagen');
    expect(text).toContain('Het project versterkt de cluster health.');
    expect(text).toContain('de-minimissteun');

    // The same bytes on every download; the audit trail holds their hash.
    const again = await download(t, staff, app.id).expect(200);
    expect(Buffer.compare(again.body as Buffer, first.body as Buffer)).toBe(0);
    const sha256 = createHash('sha256')
      .update(first.body as Buffer)
      .digest('hex');
    expect(first.headers.etag).toBe(`"${sha256}"`);
    const audit = (await t.dataSource.query(
      `SELECT data FROM audit_event WHERE action = 'letter.generated' AND data->>'applicationId' = $1`,
      [app.id],
    )) as { data: { sha256: string } }[];
    expect(audit).toHaveLength(1);
    expect(audit[0].data.sha256).toBe(sha256);
  });

  it('states the grounds of a refusal', async () => {
    const app = await t.ctx.underReviewApplication(applicant, { callId });
    await decide(t, staff, app.id, {
      outcome: 'rejected',
      refusalGrounds: [
        { type: 'ineligible', rule: 'De aanvraag voldoet niet aan artikel 4 van het reglement (test).' },
      ],
      motivation: 'De aanvraag haalt de minimumscore voor innovatie niet.',
    }).expect(201);
    const text = await pdfText((await ready(applicant, app.id)).body as Buffer);
    expect(text).toContain('Motivering: De aanvraag haalt de minimumscore voor innovatie niet.');
    expect(text).toContain('zestig (60) dagen');
    expect(text).not.toContain('Voorwaarden en betalingsschema');
  });

  it('writes in English for an application in English', async () => {
    const app = await t.ctx.underReviewApplication(applicant, {
      callId,
      language: 'en',
      requestedCents: 12_500_000,
    });
    await decide(t, staff, app.id, {
      outcome: 'approved',
      grantedCents: 12_500_000,
      motivation: 'A strong consortium.',
    }).expect(201);
    const res = await ready(applicant, app.id);
    expect(res.headers['content-disposition']).toContain(`decision-translation-${app.reference}.pdf`);
    const text = await pdfText(res.body as Buffer);
    expect(text).toContain('sixty (60) days');
    expect(text).toContain('€ 125.000,00');
    expect(text).toContain('50%');
    expect(text).toContain('A strong consortium.');
  });

  it('is for the consortium and staff only', async () => {
    const app = await t.ctx.underReviewApplication(applicant, { callId });
    await download(t, applicant, app.id).expect(404); // not decided yet
    await decide(t, staff, app.id, {
      outcome: 'rejected',
      refusalGrounds: [
        { type: 'ineligible', rule: 'De aanvraag voldoet niet aan artikel 4 van het reglement (test).' },
      ],
      motivation: 'Onvoldoende',
    }).expect(201);
    await ready(applicant, app.id);
    const stranger = await t.ctx.newApplicant();
    await download(t, stranger, app.id).expect(404);
    const evaluator = await t.ctx.newEvaluator();
    await download(t, evaluator, app.id).expect(403);
  });

  it('regenerates the letters of a call in the background (staff)', async () => {
    await t.http
      .post(`/api/calls/${callId}/decision-letters`)
      .set('Authorization', applicant.auth)
      .expect(403);
    const res = await t.http
      .post(`/api/calls/${callId}/decision-letters`)
      .set('Authorization', staff.auth)
      .expect(202);
    const decided = (await t.dataSource.query(`SELECT id FROM decision WHERE call_id = $1`, [callId])) as {
      id: string;
    }[];
    expect(res.body).toEqual({ callId, status: 'pending', decisions: decided.length, alreadyPending: false });
    await waitFor(
      async () => {
        const rows = (await t.dataSource.query(
          `SELECT count(*)::int AS n FROM job_outbox
            WHERE job_name = 'decision-letter' AND (payload->>'regenerate')::boolean AND status = 'completed'`,
        )) as { n: number }[];
        return rows[0].n === decided.length;
      },
      { what: 'the regeneration jobs', timeoutMs: 30_000 },
    );
    // Same data, same template: the same bytes, so every letter stays at version 1.
    const versions = (await t.dataSource.query(
      `SELECT DISTINCT ON (l.decision_id) l.version FROM decision_letter l JOIN decision d ON d.id = l.decision_id
        WHERE d.call_id = $1 AND l.kind = 'act' ORDER BY l.decision_id, l.version DESC`,
      [callId],
    )) as { version: number }[];
    expect(versions).toHaveLength(decided.length);
    for (const v of versions) expect(v.version).toBe(1);
    await t.http
      .post(`/api/calls/00000000-0000-4000-8000-000000000000/decision-letters`)
      .set('Authorization', staff.auth)
      .expect(404);
  });
});

describe('decision letters citing the evaluation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('stores the score and rank of the ranking at the decision and states them in the letter', async () => {
    const { staff, applicant, call } = await setUp(t);
    // Two evaluators: 8 and 7 on every criterion → weighted 80 and 70, mean 75; the only one ranked.
    const app = await t.ctx.reviewedApplication(applicant, { callId: call.id }, [8, 7]);
    expect(app.status).toBe('under_review');
    const res = await decide(t, staff, app.id, {
      outcome: 'approved',
      grantedCents: 10_000_000,
      motivation: 'Eerste in de rangschikking.',
    }).expect(201);
    expect(res.body.evaluation).toEqual({
      score: 75,
      rank: 1,
      thresholdsMet: true,
      meanScore: 75,
      withinFundingLine: true,
      consensus: null,
    });
    const letter = await waitFor(
      async () => {
        const r = await download(t, applicant, app.id);
        return r.status === 200 ? r : undefined;
      },
      { what: 'the decision letter', timeoutMs: 30_000 },
    );
    const text = await pdfText(letter.body as Buffer);
    expect(text).toContain('gewogen score van 75/100 en staat op plaats 1');
    expect(text).toContain('de aanvraag haalt de minimumscores');
  });
});
