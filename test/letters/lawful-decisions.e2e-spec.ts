import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PDFParse } from 'pdf-parse';
import type { Response } from 'supertest';
import { ReviewsService } from '../../src/domains/reviews/reviews.service.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { TEST_PAYEE_IBAN, type TestUser } from '../utils/factories.js';
import { waitFor } from '../utils/wait.js';

/** Issue #17 on real decisions: the stored rows and the text of the PDFs. */
async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

function binary(res: Response, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('lawful decisions and their letters', () => {
  let t: TestApp;
  let staff: TestUser;
  let applicant: TestUser;
  let callId: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.ctx.newStaff();
    applicant = await t.ctx.newApplicant();
    callId = (await t.ctx.newCall({ budgetCents: 100_000_000 })).id;
  });
  afterAll(() => t.close());

  const decide = (applicationId: string, body: Record<string, unknown>) =>
    t.http.post(`/api/applications/${applicationId}/decision`).set('Authorization', staff.auth).send(body);
  const download = (user: TestUser, applicationId: string, query = '') =>
    t.http
      .get(`/api/applications/${applicationId}/decision-letter${query}`)
      .set('Authorization', user.auth)
      .buffer(true)
      .parse(binary);
  const ready = (user: TestUser, applicationId: string, query = '') =>
    waitFor(
      async () => {
        const res = await download(user, applicationId, query);
        return res.status === 200 ? res : undefined;
      },
      { what: 'the decision letter', timeoutMs: 30_000 },
    );
  const letterRows = async (decisionId: string) =>
    (await t.dataSource.query(
      `SELECT id, language, kind, version, sha256, supersedes_id, dispatched_on::text AS dispatched_on
         FROM decision_letter WHERE decision_id = $1 ORDER BY language DESC, version`,
      [decisionId],
    )) as {
      id: string;
      language: string;
      kind: string;
      version: number;
      sha256: string;
      supersedes_id: string | null;
    }[];

  it('1. an English application gets the Dutch act and an English translation, both stored with hashes', async () => {
    const app = await t.ctx.underReviewApplication(applicant, { callId, language: 'en' });
    const decision = await decide(app.id, {
      outcome: 'approved',
      grantedCents: 10_000_000,
      motivation: 'A strong consortium with a clear plan.',
    }).expect(201);
    const act = await ready(applicant, app.id, '?lang=nl');
    const translation = await ready(applicant, app.id, '?lang=en');
    const rows = await waitFor(async () => {
      const r = await letterRows(decision.body.id);
      return r.length === 2 ? r : undefined;
    });
    expect(rows.map((r) => [r.language, r.kind, r.version])).toEqual([
      ['nl', 'act', 1],
      ['en', 'translation', 1],
    ]);
    expect(rows[0].sha256).toBe(sha(act.body as Buffer));
    expect(rows[1].sha256).toBe(sha(translation.body as Buffer));
    const nl = await pdfText(act.body as Buffer);
    const en = await pdfText(translation.body as Buffer);
    expect(nl).toContain('De deputatie van de provincie Vlaams-Brabant besliste in zitting van');
    expect(nl).toContain(`besluit nr. ${decision.body.decisionNumber}`);
    expect(en).toContain('Courtesy translation');
    expect(en).toContain(rows[0].sha256); // refers to the Dutch original by its hash
    // The default download of an English application is the translation; a Dutch one has none.
    expect(sha((await ready(applicant, app.id)).body as Buffer)).toBe(rows[1].sha256);
  });

  it('2. records who decided and when; the letter quotes it and has its own dispatch date', async () => {
    const app = await t.ctx.underReviewApplication(applicant, { callId });
    await decide(app.id, {
      outcome: 'approved',
      grantedCents: 5_000_000,
      motivation: 'Goed project.',
      decidingBody: 'delegated_official',
    }).expect(400); // a delegation needs its act
    const res = await decide(app.id, {
      outcome: 'approved',
      grantedCents: 5_000_000,
      motivation: 'Goed project.',
      decidingBody: 'delegated_official',
      delegationReference: 'DEP-2025-0142',
      decidedOn: '2026-01-20',
      decisionNumber: 'DEL/2026/7',
    }).expect(201);
    expect(res.body).toMatchObject({
      decidingBody: 'delegated_official',
      decidedOn: '2026-01-20',
      decisionNumber: 'DEL/2026/7',
    });
    expect(res.body.enteredOn >= '2026-01-20').toBe(true);
    const text = await pdfText((await ready(applicant, app.id)).body as Buffer);
    expect(text).toContain(
      'Bij delegatie van de deputatie (DEP-2025-0142) werd op 20 januari 2026 beslist (besluit nr. DEL/2026/7)',
    );
    expect(text).toContain('Dina Mandaat'); // the delegate configured for that act (fictitious demo name)
    expect(text).toContain('Gelet op het Provinciedecreet van 9 december 2005, art. 57, § 3');
    expect(text).toContain('Vlaamse Toezichtcommissie');
    await decide((await t.ctx.underReviewApplication(applicant, { callId })).id, {
      outcome: 'approved',
      grantedCents: 5_000_000,
      motivation: 'Goed project.',
      decidedOn: '2999-01-01',
    }).expect(400);
  });

  it('5. a refusal without grounds is 400; its grounds are printed with figures', async () => {
    const app = await t.ctx.underReviewApplication(applicant, { callId });
    const none = await decide(app.id, { outcome: 'rejected', motivation: 'Onvoldoende.' }).expect(400);
    expect(none.body.code).toBe('VALIDATION_FAILED');
    await decide(app.id, {
      outcome: 'rejected',
      motivation: 'Onvoldoende.',
      refusalGrounds: [{ type: 'other', text: 'te kort' }],
    }).expect(400);
    await decide(app.id, {
      outcome: 'rejected',
      motivation: 'Het budget van de oproep is op.',
      refusalGrounds: [
        {
          type: 'below_funding_line',
          budgetCents: 100_000_000,
          committedAboveCents: 95_000_000,
          availableCents: 5_000_000,
          requestedCents: 10_000_000,
        },
      ],
    }).expect(201);
    const text = await pdfText((await ready(applicant, app.id)).body as Buffer);
    expect(text).toContain(
      'van het budget van € 1.000.000,00 gaat € 950.000,00 naar hoger gerangschikte aanvragen; er blijft € 50.000,00 over, minder dan de gevraagde € 100.000,00',
    );
  });

  it('6 and 7. a consensus-decided refusal needs its panel and a derogation reason, and prints mean and consensus', async () => {
    // Two experts: 8 and 7 on every criterion → mean 75, thresholds met, within the budget.
    const app = await t.ctx.reviewedApplication(applicant, { callId }, [8, 7]);
    await t.ctx.get(ReviewsService).consensus(staff.actor, app.id, {
      score: 40,
      justification: 'Het panel acht de marktanalyse onvoldoende onderbouwd.',
    });
    const grounds = [
      {
        type: 'other',
        text: 'De marktanalyse is onvoldoende onderbouwd volgens het consensuspanel van de oproep.',
      },
    ];
    const panel = {
      members: ['dossierbeheerder (voorzitter)', 'deskundige A', 'deskundige B'],
      meetingDate: '2026-02-03',
    };
    await decide(app.id, { outcome: 'rejected', motivation: 'Zie gronden.', refusalGrounds: grounds }).expect(
      400,
    );
    const noReason = await decide(app.id, {
      outcome: 'rejected',
      motivation: 'Zie gronden.',
      refusalGrounds: grounds,
      consensusPanel: panel,
    }).expect(422);
    expect(noReason.body.code).toBe('DEROGATION_REASON_REQUIRED');
    const res = await decide(app.id, {
      outcome: 'rejected',
      motivation: 'Zie gronden.',
      refusalGrounds: grounds,
      consensusPanel: panel,
      derogationReason:
        'De consensusscore van het panel weegt zwaarder dan de rangschikking op basis van het gemiddelde.',
    }).expect(201);
    expect(res.body.evaluation).toMatchObject({ score: 40, meanScore: 75 });
    const [row] = (await t.dataSource.query(
      `SELECT evaluation_consensus, derogation_reason FROM decision WHERE id = $1`,
      [res.body.id],
    )) as { evaluation_consensus: { panel: { members: string[] } }; derogation_reason: string }[];
    expect(row.evaluation_consensus.panel.members).toEqual(panel.members);
    const text = await pdfText((await ready(applicant, app.id)).body as Buffer);
    expect(text).toContain(
      'De score van 40/100 is een consensusscore. Het gemiddelde van de deskundigen was 75/100.',
    );
    expect(text).toContain('samengesteld uit dossierbeheerder (voorzitter),');
    expect(text).toContain('deskundige A, deskundige B, op 3 februari 2026');
    expect(text).toContain('Het panel acht de marktanalyse onvoldoende onderbouwd.');
    expect(text).toContain('Afwijking van de rangschikking – motivering: De consensusscore');
    expect(text).toContain('De gemiddelde scores van de deskundigen per criterium:');
    expect(text.split('gewogen score').length - 1).toBe(1);
  });

  it('8. the de minimis annex lists each partner’s amount with the Regulation’s title and OJ reference', async () => {
    const app = await t.ctx.underReviewApplication(applicant, { callId });
    const decision = await decide(app.id, {
      outcome: 'approved',
      grantedCents: 10_000_000,
      motivation: 'Goed.',
    }).expect(201);
    const aid = (await t.dataSource.query(
      `SELECT o.name, a.amount_cents::bigint AS amount FROM de_minimis_aid a JOIN organisation o ON o.id = a.organisation_id
        WHERE a.application_id = $1 ORDER BY o.name`,
      [app.id],
    )) as { name: string; amount: string }[];
    expect(aid.length).toBeGreaterThan(0);
    const text = await pdfText((await ready(applicant, app.id)).body as Buffer);
    aid.forEach((a, i) => {
      expect(text).toContain(`Bijlage ${i + 1} – Kennisgeving van de-minimissteun aan ${a.name}`);
      const euros = (Number(a.amount) / 100).toLocaleString('nl-BE', { minimumFractionDigits: 2 });
      expect(text).toContain(`bruto-subsidie-equivalent): € ${euros}`);
    });
    expect(text).toContain(
      'Verordening (EU) 2023/2831 van de Commissie van 13 december 2023 betreffende de toepassing van de artikelen 107 en 108',
    );
    expect(text).toContain('PB L, 2023/2831, 15.12.2023');
    expect(decision.body.legalBasis.length).toBeGreaterThan(0);
  });

  it('8. a decision of 2023 cites the € 200.000 ceiling of Regulation 1407/2013', async () => {
    const app = await t.ctx.underReviewApplication(applicant, { callId });
    await decide(app.id, {
      outcome: 'approved',
      grantedCents: 10_000_000,
      motivation: 'Goed.',
      decidedOn: '2023-06-15',
    }).expect(201);
    const text = await pdfText((await ready(applicant, app.id)).body as Buffer);
    expect(text).toContain('Verordening (EU) nr. 1407/2013');
    expect(text).toContain('PB L 352 van 24.12.2013');
    expect(text).toContain('€ 200.000 over een periode van drie belastingjaren');
    expect(text).not.toContain('€ 300.000');
    expect(text).toContain('Ria Voorbeeld'); // the chair configured for 2023 (fictitious)
  });

  it('4. a regeneration keeps the earlier version, downloadable by staff with its hash', async () => {
    const app = await t.ctx.underReviewApplication(applicant, { callId });
    const decision = await decide(app.id, {
      outcome: 'approved',
      grantedCents: 5_000_000,
      motivation: 'Eerste motivering.',
    }).expect(201);
    const first = await ready(applicant, app.id);
    // A correction of the recorded decision (here directly in the table), then the call's regeneration.
    await t.dataSource.query(`UPDATE decision SET motivation = 'Gecorrigeerde motivering.' WHERE id = $1`, [
      decision.body.id,
    ]);
    await t.http.post(`/api/calls/${callId}/decision-letters`).set('Authorization', staff.auth).expect(202);
    const rows = await waitFor(
      async () => {
        const r = await letterRows(decision.body.id);
        return r.length === 2 ? r : undefined;
      },
      { what: 'the new version', timeoutMs: 30_000 },
    );
    expect(rows[0]).toMatchObject({ version: 1, sha256: sha(first.body as Buffer) });
    expect(rows[1]).toMatchObject({ version: 2, supersedes_id: rows[0].id });
    const latest = await ready(applicant, app.id);
    expect(await pdfText(latest.body as Buffer)).toContain('Gecorrigeerde motivering.');
    expect(latest.headers['x-letter-version']).toBe('2');
    const v1 = await download(staff, app.id, '?version=1').expect(200);
    expect(sha(v1.body as Buffer)).toBe(rows[0].sha256);
    await download(applicant, app.id, '?version=1').expect(403);
    const list = await t.http
      .get(`/api/applications/${app.id}/decision-letters`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(list.body.map((l: { version: number; sha256: string }) => [l.version, l.sha256])).toEqual(
      rows.map((r) => [r.version, r.sha256]),
    );
  });

  it('4. a grant lowered after the final report is a new decision with its own letter, referring to the original', async () => {
    const app = await t.ctx.underReviewApplication(applicant, { callId, language: 'en' });
    // € 80.000 on € 250.000 eligible costs (32 %).
    const original = await decide(app.id, {
      outcome: 'approved',
      grantedCents: 8_000_000,
      motivation: 'A strong consortium with a clear plan.',
    }).expect(201);
    await ready(applicant, app.id, '?lang=nl');
    await t.http
      .post(`/api/applications/${app.id}/decision/acceptance`)
      .set('Authorization', applicant.auth)
      .expect(201);
    await download(applicant, app.id, '?letter=final_grant').expect(404); // no such decision yet
    const partner = (role: string) => app.partners.find((p) => p.role === role)!.organisationId;
    const backToToday = t.ctx.afterProjectEnd();
    try {
      await t.http
        .post(`/api/applications/${app.id}/final-report`)
        .set('Authorization', applicant.auth)
        .send({
          summary: 'Eindverslag',
          costs: [
            {
              organisationId: partner('coordinator'),
              category: 'staff',
              description: 'Ingenieurs',
              amountCents: 12_000_000,
            },
            {
              organisationId: partner('partner'),
              category: 'staff',
              description: 'Onderzoekers',
              amountCents: 10_000_000,
            },
          ],
        })
        .expect(200);
      const accepted = await t.http
        .post(`/api/applications/${app.id}/final-report/accept`)
        .set('Authorization', staff.auth)
        .send({ version: 1, decisionNumber: 'EIND/2029/7' })
        .expect(200);
      // ⌊8 000 000 × 22 000 000 ÷ 25 000 000⌋
      expect(accepted.body.finalGrantCents).toBe(7_040_000);
      const decision = await t.http
        .get(`/api/applications/${app.id}/decision`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(decision.body).toMatchObject({
        decisionNumber: original.body.decisionNumber,
        finalGrantCents: 7_040_000,
        finalDecision: { decisionNumber: 'EIND/2029/7', decidedOn: '2029-01-15', decidingBody: 'deputatie' },
      });
      const act = await ready(applicant, app.id, '?letter=final_grant&lang=nl');
      expect(act.headers['x-letter-kind']).toBe('final_grant_act');
      expect(act.headers['content-disposition']).toContain(`definitieve-subsidie-${app.reference}.pdf`);
      const translation = await ready(applicant, app.id, '?letter=final_grant&lang=en');
      const nl = await pdfText(act.body as Buffer);
      expect(nl).toContain('Vaststelling van de definitieve subsidie');
      expect(nl).toContain(
        'De deputatie van de provincie Vlaams-Brabant besliste in zitting van 15 januari 2029 (besluit nr. EIND/2029/7)',
      );
      expect(nl).toContain(`Bij besluit nr. ${original.body.decisionNumber} van`);
      expect(nl).toContain(
        'De subsidie wordt definitief vastgesteld op € 70.400,00 in plaats van € 80.000,00: € 9.600,00 minder.',
      );
      expect(nl).toContain('€ 220.000,00 subsidiabele kosten');
      expect(nl).toContain(`wijzigt besluit nr. ${original.body.decisionNumber}`);
      expect(nl).toContain('Raad van State');
      expect(nl).toContain('Demi Voorbeeld'); // the chair configured for 2029 (fictitious)
      const en = await pdfText(translation.body as Buffer);
      expect(en).toContain('Courtesy translation');
      expect(en).toContain('The final grant is set at € 70.400,00 instead of € 80.000,00');
      // Stored rows: the original letters untouched, the final-grant letters a kind of their own.
      const rows = (await t.dataSource.query(
        `SELECT kind, version, sha256 FROM decision_letter WHERE decision_id = $1 ORDER BY kind, version`,
        [original.body.id],
      )) as { kind: string; version: number; sha256: string }[];
      expect(rows.map((r) => [r.kind, r.version])).toEqual([
        ['act', 1],
        ['final_grant_act', 1],
        ['final_grant_translation', 1],
        ['translation', 1],
      ]);
      expect(rows[1].sha256).toBe(sha(act.body as Buffer));
      expect(en).toContain(rows[1].sha256); // the translation names the Dutch final-grant act
      const audit = (await t.dataSource.query(
        `SELECT data FROM audit_event WHERE action = 'decision.final_grant' AND entity_id = $1`,
        [original.body.id],
      )) as { data: { finalGrantCents: number; originalDecisionNumber: string } }[];
      expect(audit).toEqual([
        expect.objectContaining({
          data: expect.objectContaining({
            finalGrantCents: 7_040_000,
            originalDecisionNumber: original.body.decisionNumber,
          }),
        }),
      ]);
    } finally {
      backToToday();
    }
  });

  it('13. wording: one "oproep", "Gelet op het …", a neutral salutation, a contact person, Dutch categories', async () => {
    const call = await t.ctx.newCall({ budgetCents: 100_000_000, title: 'Oproep Innovatie Testregio 2026' });
    const app = await t.ctx.underReviewApplication(applicant, { callId: call.id });
    await decide(app.id, { outcome: 'approved', grantedCents: 4_999_999, motivation: 'Goed.' }).expect(201);
    const text = await pdfText((await ready(applicant, app.id)).body as Buffer);
    expect(text).toContain('in het kader van de oproep „Innovatie Testregio 2026”');
    expect(text).not.toMatch(/oproep\s+„?Oproep/i);
    expect(text).not.toMatch(/Gelet op Reglement/);
    expect(text).toContain('Gelet op het reglement van de provincieraad van 16 mei 2017');
    expect(text).toContain('Geachte mevrouw, geachte heer,');
    expect(text).toMatch(/CONTACTPERSOON Lien Dossier, dossierbeheerder/);
    expect(text).not.toMatch(/CONTACTPERSOON \S+@/);
    expect(text).toMatch(
      /subsidiabele kosten van het project zoals beschreven in de aanvraag: (personeelskosten|werkingskosten)/,
    );
    // € 49.999,99 of € 250.000 is 19,999996 %: rounded down, so that rate × costs never exceeds the grant
    // (20 % would be € 50.000,00).
    expect(text).toContain('Dat is 19,99 % van de subsidiabele kosten van € 250.000,00');
  });

  it('10. the coordinator accepts the grant (audited); the advance is refused before', async () => {
    const app = await t.ctx.underReviewApplication(applicant, { callId });
    const decision = await decide(app.id, {
      outcome: 'approved',
      grantedCents: 5_000_000,
      motivation: 'Goed.',
    }).expect(201);
    const early = await t.http
      .post(`/api/applications/${app.id}/payments`)
      .set('Authorization', staff.auth)
      .send({ kind: 'advance', payeeIban: TEST_PAYEE_IBAN })
      .expect(409);
    expect(early.body.code).toBe('GRANT_NOT_ACCEPTED');
    await t.http
      .post(`/api/applications/${app.id}/decision/acceptance`)
      .set('Authorization', staff.auth)
      .expect(403);
    const accepted = await t.http
      .post(`/api/applications/${app.id}/decision/acceptance`)
      .set('Authorization', applicant.auth)
      .expect(201);
    expect(accepted.body.acceptedAt).toEqual(expect.any(String));
    const audit = (await t.dataSource.query(
      `SELECT actor_id FROM audit_event WHERE action = 'grant.accepted' AND entity_id = $1`,
      [decision.body.id],
    )) as unknown[];
    expect(audit).toHaveLength(1);
    await t.http
      .post(`/api/applications/${app.id}/payments`)
      .set('Authorization', staff.auth)
      .send({ kind: 'advance', payeeIban: TEST_PAYEE_IBAN })
      .expect(201);
  });
});

describe('regeneration of a call’s letters is de-duplicated (#20, 4a)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ QUEUE_BACKEND: 'inline', RUN_WORKERS: 'false' });
  });
  afterAll(() => t.close());

  it('40 requests while one is pending queue the letters once', async () => {
    const staff = await t.ctx.newStaff();
    const applicant = await t.ctx.newApplicant();
    const call = await t.ctx.newCall({ budgetCents: 100_000_000 });
    for (let i = 0; i < 5; i++) {
      const app = await t.ctx.underReviewApplication(applicant, { callId: call.id });
      await t.ctx.approve(app.id, 1_000_000, staff);
    }
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        t.http.post(`/api/calls/${call.id}/decision-letters`).set('Authorization', staff.auth),
      ),
    );
    for (const a of answers) expect(a.status).toBe(202);
    expect(answers.filter((a) => a.body.alreadyPending === false)).toHaveLength(1);
    const [{ n }] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM job_outbox WHERE job_name = 'decision-letter' AND (payload->>'regenerate')::boolean
          AND payload->>'callId' = $1`,
      [call.id],
    )) as { n: number }[];
    expect(n).toBe(5);
  });
});
