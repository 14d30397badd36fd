import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import type { ApplicationView } from '../../src/domains/applications/dto/application.dto.js';
import { Clock } from '../../src/kernel/clock.js';
import { formatEuro } from '../../src/kernel/money.js';
import { parseCsv } from '../../src/domains/reporting/export.js';
import { runSeed } from '../../src/seed/run-seed.js';
import {
  missingRequiredFields,
  REQUIRED_GRANT_FIELDS,
} from '../../src/domains/reporting/three-sixty-giving.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { binaryBody, type TestUser } from '../utils/factories.js';

interface LedgerSums {
  call_id: string;
  budget: number;
  committed: number;
  paid: number;
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('reports', () => {
  let t: TestApp;
  let staff: TestUser;
  let applicant: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.ctx.newStaff();
    applicant = await t.ctx.newApplicant();
  });
  afterAll(() => t.close());

  describe('budget report', () => {
    const DAY = 86_400_000;
    let programmeId: string;
    let year: number;
    let callA: string;
    let callB: string;
    const apps: Record<string, ApplicationView> = {};
    let decidedOn: Record<string, string>;

    /** Budget, committed and paid per call, summed straight from the ledger table. */
    const ledger = async (): Promise<Map<string, LedgerSums>> => {
      const rows = (await t.dataSource.query(
        `SELECT l.call_id,
                SUM(l.amount_cents) FILTER (WHERE l.kind = 'budget')::int AS budget,
                COALESCE(SUM(l.amount_cents) FILTER (WHERE l.kind IN ('commitment','decommitment')), 0)::int AS committed,
                COALESCE(SUM(l.amount_cents) FILTER (WHERE l.kind IN ('payment','recovery')), 0)::int AS paid
           FROM budget_ledger_entry l JOIN call c ON c.id = l.call_id
          WHERE c.programme_id = $1 GROUP BY l.call_id`,
        [programmeId],
      )) as LedgerSums[];
      return new Map(rows.map((r) => [r.call_id, r]));
    };
    const report = async (query = '') =>
      (
        await t.http
          .get(`/api/reports/budget?year=${year}&programmeId=${programmeId}${query}`)
          .set('Authorization', staff.auth)
          .expect(200)
      ).body;
    const decide = async (id: string, body: Record<string, unknown>) => {
      const decided = (
        await t.http
          .post(`/api/applications/${id}/decision`)
          .set('Authorization', staff.auth)
          .send({ motivation: 'Gemotiveerd op basis van de evaluatie.', ...body })
          .expect(201)
      ).body as { decidedOn: string };
      // The coordinator accepts a grant before anything is paid.
      if (body.outcome === 'approved') {
        await t.http
          .post(`/api/applications/${id}/decision/acceptance`)
          .set('Authorization', applicant.auth)
          .expect(201);
      }
      return decided;
    };

    beforeAll(async () => {
      const clock = t.ctx.get(Clock);
      programmeId = (await t.ctx.newProgramme()).id;
      year = Number(clock.today().slice(0, 4));
      callA = (await t.ctx.newCall({ programmeId, year, budgetCents: 60_000_000 })).id;
      callB = (await t.ctx.newCall({ programmeId, year, budgetCents: 30_000_000 })).id;
      const under = (callId: string, cluster: string, requestedCents: number) =>
        t.ctx.underReviewApplication(applicant, { callId, cluster, requestedCents });
      apps.health1 = await under(callA, 'health', 10_000_000);
      apps.health2 = await under(callA, 'health', 9_000_000);
      apps.cleantech = await under(callA, 'cleantech', 8_000_000);
      apps.food = await t.ctx.submittedApplication(applicant, {
        callId: callA,
        cluster: 'food',
        requestedCents: 5_000_000,
      });
      apps.draft = await t.ctx.newApplication(applicant, { callId: callA, cluster: 'logistics' });
      apps.withdrawn = await t.ctx.submittedApplication(applicant, { callId: callA, cluster: 'cleantech' });
      await t.http
        .post(`/api/applications/${apps.withdrawn.id}/withdraw`)
        .set('Authorization', applicant.auth)
        .send({ reason: 'The consortium fell apart' })
        .expect(200);
      apps.b = await under(callB, 'cleantech', 10_000_000);
      apps.closed = await under(callB, 'cleantech', 10_000_000);

      // Decide 5, 10, 20 and 30 days after submission: the median over call A is 10 days.
      const start = clock.now().getTime();
      decidedOn = {};
      try {
        clock.travelTo(new Date(start + 5 * DAY));
        decidedOn.health1 = (
          await decide(apps.health1.id, { outcome: 'approved', grantedCents: 10_000_000 })
        ).decidedOn;
        clock.travelTo(new Date(start + 10 * DAY));
        decidedOn.health2 = (
          await decide(apps.health2.id, { outcome: 'approved', grantedCents: 7_654_321 })
        ).decidedOn;
        clock.travelTo(new Date(start + 20 * DAY));
        await decide(apps.cleantech.id, {
          outcome: 'rejected',
          refusalGrounds: [{ type: 'ineligible', rule: 'Investeringen komen niet in aanmerking (test).' }],
        });
        clock.travelTo(new Date(start + 25 * DAY));
        decidedOn.closed = (
          await decide(apps.closed.id, { outcome: 'approved', grantedCents: 10_000_000 })
        ).decidedOn;
        clock.travelTo(new Date(start + 30 * DAY));
        decidedOn.b = (await decide(apps.b.id, { outcome: 'approved', grantedCents: 9_999_999 })).decidedOn;
      } finally {
        clock.reset();
      }
      for (const id of [apps.health1.id, apps.b.id]) await t.ctx.paidAdvance(id, undefined, staff);
      // A grant lowered by its final report: € 80.000 paid, final grant € 40.000, so the ledger
      // de-commits € 60.000 and books a recovery of € 40.000; the application is closed.
      await t.ctx.paidAdvance(apps.closed.id, 8_000_000, staff);
      const partner = (role: string) => apps.closed.partners.find((p) => p.role === role)!.organisationId;
      await t.http
        .post(`/api/applications/${apps.closed.id}/final-report`)
        .set('Authorization', applicant.auth)
        .send({
          summary: 'Het prototype is gevalideerd.',
          costs: [
            {
              organisationId: partner('coordinator'),
              category: 'staff',
              description: 'Ingenieurs',
              amountCents: 6_000_000,
            },
            {
              organisationId: partner('partner'),
              category: 'staff',
              description: 'Onderzoekers',
              amountCents: 4_000_000,
            },
          ],
        })
        .expect(200);
      // Accepted once the project has ended (the factories' projects end on 2028-12-31).
      const backToToday = t.ctx.afterProjectEnd();
      let accepted: { body: unknown };
      try {
        accepted = await t.http
          .post(`/api/applications/${apps.closed.id}/final-report/accept`)
          .set('Authorization', staff.auth)
          .send({ version: 1 })
          .expect(200);
      } finally {
        backToToday();
      }
      expect(accepted.body).toMatchObject({
        finalGrantCents: 4_000_000,
        decommitCents: 6_000_000,
        recoverCents: 4_000_000,
      });
    });

    it("gives per call the ledger's budget, committed and paid to the cent, and their totals", async () => {
      const body = await report();
      const sums = await ledger();
      expect(body.calls.map((c: { callId: string }) => c.callId).sort()).toEqual([callA, callB].sort());
      for (const call of body.calls) {
        const own = sums.get(call.callId)!;
        expect(call).toMatchObject({
          budgetCents: own.budget,
          committedCents: own.committed,
          paidCents: own.paid,
          availableCents: own.budget - own.committed,
          grantedCents: own.committed,
        });
        const budget = await t.http
          .get(`/api/calls/${call.callId}/budget`)
          .set('Authorization', staff.auth)
          .expect(200);
        expect(budget.body).toMatchObject({
          budgetCents: call.budgetCents,
          committedCents: call.committedCents,
          paidCents: call.paidCents,
          availableCents: call.availableCents,
        });
      }
      const kinds = (await t.dataSource.query(
        `SELECT DISTINCT l.kind FROM budget_ledger_entry l JOIN call c ON c.id = l.call_id WHERE c.programme_id = $1`,
        [programmeId],
      )) as { kind: string }[];
      expect(kinds.map((k) => k.kind).sort()).toEqual([
        'budget',
        'commitment',
        'decommitment',
        'payment',
        'recovery',
      ]);
      expect(body.totals).toMatchObject({
        budgetCents: 90_000_000,
        committedCents: 10_000_000 + 7_654_321 + 9_999_999 + 4_000_000,
        paidCents: 5_000_000 + 4_999_999 + 4_000_000,
        availableCents: 90_000_000 - (10_000_000 + 7_654_321 + 9_999_999 + 4_000_000),
        grantedCents: 10_000_000 + 7_654_321 + 9_999_999 + 4_000_000,
      });
      expect([...sums.values()].reduce((s, r) => s + r.committed, 0)).toBe(body.totals.committedCents);
      expect([...sums.values()].reduce((s, r) => s + r.paid, 0)).toBe(body.totals.paidCents);
    });

    it('counts applications by status and per cluster, with the success rate and the median days', async () => {
      const body = await report();
      const a = body.calls.find((c: { callId: string }) => c.callId === callA);
      expect(a.applicationsByStatus).toEqual({
        draft: 1,
        submitted: 1,
        returned: 0,
        admissible: 0,
        inadmissible: 0,
        under_review: 0,
        approved: 2,
        rejected: 1,
        withdrawn: 1,
        closed: 0,
      });
      expect(a).toMatchObject({
        applicationCount: 6,
        submittedCount: 5,
        decidedCount: 3,
        approvedCount: 2,
        successRatePct: 66.7,
        medianDaysToDecision: 10,
        requestedCents: 10_000_000 + 9_000_000 + 8_000_000 + 5_000_000 + apps.withdrawn.requestedCents,
      });
      // Drafts are not in the clusters (logistics only has a draft); sorted by granted amount.
      expect(a.clusters).toEqual([
        { cluster: 'health', applicationCount: 2, requestedCents: 19_000_000, grantedCents: 17_654_321 },
        {
          cluster: 'cleantech',
          applicationCount: 2,
          requestedCents: 8_000_000 + apps.withdrawn.requestedCents,
          grantedCents: 0,
        },
        { cluster: 'food', applicationCount: 1, requestedCents: 5_000_000, grantedCents: 0 },
      ]);
      expect(body.clusters[0]).toEqual({
        cluster: 'health',
        applicationCount: 2,
        requestedCents: 19_000_000,
        grantedCents: 17_654_321,
      });
      expect(body.clusters.find((c: { cluster: string }) => c.cluster === 'cleantech').grantedCents).toBe(
        9_999_999 + 4_000_000,
      );
      const b = body.calls.find((c: { callId: string }) => c.callId === callB);
      expect(b.applicationsByStatus).toMatchObject({ approved: 1, closed: 1 });
      expect(b).toMatchObject({
        approvedCount: 2,
        decidedCount: 2,
        successRatePct: 100,
        medianDaysToDecision: 27.5,
      });
      expect(body.totals).toMatchObject({
        applicationCount: 8,
        decidedCount: 5,
        approvedCount: 4,
        successRatePct: 80,
        medianDaysToDecision: 20,
      });
    });

    it('downloads the calls as CSV that parses back to the same figures', async () => {
      const res = await t.http
        .get(`/api/reports/budget?year=${year}&programmeId=${programmeId}&format=csv`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="budget-report-${year}-calls.csv"`,
      );
      const json = await report();
      const rows = parseCsv(res.text);
      expect(rows).toHaveLength(json.calls.length + 1);
      const sums = await ledger();
      for (const call of json.calls) {
        const row = rows.find((r) => r.callId === call.callId)!;
        for (const key of [
          'budgetCents',
          'committedCents',
          'paidCents',
          'availableCents',
          'requestedCents',
          'grantedCents',
        ]) {
          expect(Number(row[key])).toBe(call[key]);
        }
        expect(Number(row.committedCents)).toBe(sums.get(call.callId)!.committed);
        expect(Number(row.paidCents)).toBe(sums.get(call.callId)!.paid);
      }
      const total = rows.find((r) => r.callTitle === 'Totaal')!;
      expect(Number(total.committedCents)).toBe(json.totals.committedCents);
      expect(total.committedEur).toBe('316543,20');
      const clusters = parseCsv(
        (
          await t.http
            .get(`/api/reports/budget?year=${year}&programmeId=${programmeId}&format=csv&section=clusters`)
            .set('Authorization', staff.auth)
            .expect(200)
        ).text,
      );
      const overAll = clusters.filter((r) => r.callTitle === 'Totaal');
      expect(overAll.reduce((s, r) => s + Number(r.grantedCents), 0)).toBe(json.totals.committedCents);
    });

    it('downloads a workbook that opens with exceljs and has number cells', async () => {
      const res = await t.http
        .get(`/api/reports/budget?year=${year}&programmeId=${programmeId}&format=xlsx`)
        .set('Authorization', staff.auth)
        .responseType('blob')
        .expect(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="budget-report-${year}.xlsx"`);
      const workbook = await workbookOf(res.body as Buffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Oproepen', 'Status', 'Clusters']);
      const sheet = workbook.getWorksheet('Oproepen')!;
      const header = sheet.getRow(1).values as string[];
      const committed = header.indexOf('Vastgelegd (EUR)');
      const total = sheet.getRow(sheet.rowCount);
      expect(total.getCell(header.indexOf('Oproep')).value).toBe('Totaal');
      expect(total.getCell(committed).type).toBe(ExcelJS.ValueType.Number);
      expect(Math.round((total.getCell(committed).value as number) * 100)).toBe(31_654_320);
      expect(sheet.getRow(2).getCell(header.indexOf('Aanvragen')).type).toBe(ExcelJS.ValueType.Number);
    });

    it('downloads the PDF for the deputation with the titles and amounts', async () => {
      const res = await t.http
        .get(`/api/reports/budget?year=${year}&programmeId=${programmeId}&format=pdf`)
        .set('Authorization', staff.auth)
        .responseType('blob')
        .expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="budget-report-${year}.pdf"`);
      const parser = new PDFParse({ data: new Uint8Array(res.body as Buffer) });
      const { text } = await parser.getText();
      await parser.destroy();
      expect(text).toContain(`Budgetrapport ${year}`);
      expect(text).toContain(formatEuro(31_654_320)); // committed over both calls
      expect(text).toContain(formatEuro(17_654_321)); // granted in health
      expect(text).toContain('Pagina 1 van');
    });

    it('is limited to the programme, 404s for an unknown one and validates the query', async () => {
      const other = await t.ctx.newCall({ year });
      const all = (
        await t.http.get(`/api/reports/budget?year=${year}`).set('Authorization', staff.auth).expect(200)
      ).body;
      expect(all.calls.map((c: { callId: string }) => c.callId)).toEqual(
        expect.arrayContaining([callA, callB, other.id]),
      );
      expect((await report()).calls.map((c: { callId: string }) => c.callId)).not.toContain(other.id);
      const none = (
        await t.http.get(`/api/reports/budget?year=2001`).set('Authorization', staff.auth).expect(200)
      ).body;
      expect(none.calls).toEqual([]);
      expect(none.totals).toMatchObject({
        budgetCents: 0,
        committedCents: 0,
        successRatePct: null,
        medianDaysToDecision: null,
      });
      const missing = await t.http
        .get(`/api/reports/budget?programmeId=00000000-0000-4000-8000-000000000000`)
        .set('Authorization', staff.auth)
        .expect(404);
      expect(missing.body.code).toBe('NOT_FOUND');
      for (const query of [
        'format=docx',
        'year=abc',
        'year=1999',
        'programmeId=nope',
        'section=x',
        'limit=5',
      ]) {
        const bad = await t.http
          .get(`/api/reports/budget?${query}`)
          .set('Authorization', staff.auth)
          .expect(400);
        expect(bad.body.code).toBe('VALIDATION_FAILED');
      }
    });

    it('publishes the grants awarded in the year as a 360Giving package with the required fields', async () => {
      const awardYear = Number(decidedOn.health2.slice(0, 4));
      const res = await t.http
        .get(`/api/reports/360giving?year=${awardYear}`)
        .set('Authorization', staff.auth)
        .expect(200);
      const ours = (res.body.grants as Record<string, unknown>[]).filter((g) =>
        [apps.health1, apps.health2, apps.b, apps.closed].some(
          (a) => g.id === `360G-provincievlaamsbrabant-${a.reference}`,
        ),
      );
      const inYear = Object.values(decidedOn).filter((d) => d.startsWith(String(awardYear))).length;
      expect(ours).toHaveLength(inYear);
      for (const grant of res.body.grants) {
        for (const field of REQUIRED_GRANT_FIELDS) expect(grant).toHaveProperty(field);
        expect(missingRequiredFields(grant)).toEqual([]);
        expect(grant.currency).toBe('EUR');
        expect(grant.recipientOrganization[0].id).toMatch(/^BE-BCE_KBO-[01]\d{9}$/);
        // The funder is the province's org-id from the configuration (PROVINCE_ENTERPRISE_NUMBER).
        expect(grant.fundingOrganization).toEqual([
          { id: 'BE-BCE_KBO-0253973219', name: 'Provincie Vlaams-Brabant' },
        ]);
      }
      const health2 = ours.find((g) => g.id === `360G-provincievlaamsbrabant-${apps.health2.reference}`);
      const coordinator = apps.health2.partners.find((p) => p.role === 'coordinator')!;
      const org = (
        await t.http.get(`/api/organisations/${coordinator.organisationId}`).set('Authorization', staff.auth)
      ).body;
      expect(health2).toMatchObject({
        title: apps.health2.title,
        amountAwarded: 76_543.21,
        amountAppliedFor: 90_000,
        awardDate: decidedOn.health2,
        plannedDates: [{ startDate: apps.health2.startDate, endDate: apps.health2.endDate }],
        recipientOrganization: [
          expect.objectContaining({
            id: `BE-BCE_KBO-${org.enterpriseNumber.replace(/\D/g, '')}`,
            name: org.name,
          }),
        ],
        grantProgramme: [expect.objectContaining({ code: expect.any(String) })],
        beneficiaryLocation: [{ name: 'Provincie Vlaams-Brabant', countryCode: 'BE' }],
        classifications: [{ vocabulary: 'Smart Hub cluster', code: 'health', title: 'Gezondheid' }],
      });
      // Rejected and undecided applications are not grants.
      const ids = (res.body.grants as { id: string }[]).map((g) => g.id);
      for (const a of [apps.cleantech, apps.food, apps.withdrawn]) {
        expect(ids).not.toContain(`360G-provincievlaamsbrabant-${a.reference}`);
      }
    });

    it('answers 404 NOT_FOUND for a year without awarded grants (an empty package is invalid)', async () => {
      const res = await t.http
        .get('/api/reports/360giving?year=2001')
        .set('Authorization', staff.auth)
        .expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
      expect(res.body.message).toContain('No grants were awarded in 2001');
    });

    it('refuses applicants and evaluators on every report', async () => {
      const evaluator = await t.ctx.newEvaluator();
      for (const user of [applicant, evaluator]) {
        for (const path of [
          `/api/reports/budget?year=${year}`,
          '/api/reports/360giving',
          `/api/reports/budget?format=pdf`,
        ]) {
          const res = await t.http.get(path).set('Authorization', user.auth).expect(403);
          expect(res.body.code).toBe('FORBIDDEN');
        }
      }
      await t.http.get('/api/reports/360giving').expect(401);
    });
  });

  describe('ERDF project report', () => {
    let projectId: string;
    let projectNumber: string;

    beforeAll(async () => {
      // A partner whose name a spreadsheet would run as a formula.
      const hostile = await t.ctx.newOrganisation(undefined, {
        kind: 'non_profit',
        name: '=HYPERLINK("http://evil.example","Klik")',
      });
      const coordinator = await t.ctx.newOrganisation(undefined, { kind: 'public_body' });
      const project = await t.ctx.newErdfProject(staff, {
        coordinatorOrganisationId: coordinator.id,
        partners: [
          { organisationId: coordinator.id, budgetCents: 10_000_000 },
          { organisationId: hostile.id, budgetCents: 8_000_000 },
        ],
      });
      projectId = project.id;
      projectNumber = project.projectNumber;
      const [a, b] = project.partners.map((p) => p.organisationId);
      const expenses: [string, string, number, string][] = [
        [a, 'staff', 1_000_000, '2018-03-01'],
        [a, 'travel', 123_456, '2018-03-05'],
        [b, 'staff', 500_001, '2018-03-10'],
        [b, 'equipment', 75_000, '2018-08-01'],
      ];
      for (const [partnerOrganisationId, category, amountCents, paidOn] of expenses) {
        await t.http
          .post(`/api/erdf-projects/${projectId}/expenses`)
          .set('Authorization', staff.auth)
          .send({
            partnerOrganisationId,
            category,
            amountCents,
            incurredOn: paidOn,
            paidOn,
            description: `Costs ${category}`,
            invoiceRef: `INV-${amountCents}`,
          })
          .expect(201);
      }
      await t.http
        .post(`/api/erdf-projects/${projectId}/claims`)
        .set('Authorization', staff.auth)
        .send({ periodFrom: '2018-02-01', periodTo: '2018-05-31' })
        .expect(201);
      await t.http
        .post(`/api/erdf-projects/${projectId}/indicators`)
        .set('Authorization', staff.auth)
        .send({ code: 'O1', name: 'Companies supported', kind: 'output', unit: 'companies', target: 60 })
        .expect(201);
      await t.http
        .post(`/api/erdf-projects/${projectId}/indicators/O1/values`)
        .set('Authorization', staff.auth)
        .send({ on: '2018-03-31', value: 21 })
        .expect(201);
    });

    it('returns the same report as the ERDF module', async () => {
      const report = await t.http
        .get(`/api/reports/erdf/${projectId}`)
        .set('Authorization', staff.auth)
        .expect(200);
      const own = await t.http
        .get(`/api/erdf-projects/${projectId}/report`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(report.body).toEqual(own.body);
      expect(report.body.totals.spentCents).toBe(1_000_000 + 123_456 + 500_001 + 75_000);
    });

    it('downloads the partner table as CSV that parses back to the same cents', async () => {
      const res = await t.http
        .get(`/api/reports/erdf/${projectId}?format=csv`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="erdf-report-${projectNumber}-partners.csv"`,
      );
      const json = (await t.http.get(`/api/reports/erdf/${projectId}`).set('Authorization', staff.auth)).body;
      const rows = parseCsv(res.text);
      const total = rows.find((r) => r.rowType === 'total')!;
      expect(Number(total.spentCents)).toBe(json.totals.spentCents);
      expect(Number(total.claimedCents)).toBe(json.totals.claimedCents);
      expect(Number(total.erdfClaimedCents)).toBe(json.totals.erdfClaimedCents);
      const categories = rows.filter((r) => r.rowType === 'category');
      expect(categories.reduce((s, r) => s + Number(r.spentCents), 0)).toBe(json.totals.spentCents);
      // In CSV, it is defused with a leading apostrophe.
      expect(rows.filter((r) => r.partner.startsWith('=')).length).toBe(0);
      expect(rows.some((r) => r.partner === `'=HYPERLINK("http://evil.example","Klik")`)).toBe(true);
      for (const partner of json.partners as { organisationId: string; budgetCents: number }[]) {
        const row = rows.find((r) => r.rowType === 'partner' && r.organisationId === partner.organisationId)!;
        expect(Number(row.budgetCents)).toBe(partner.budgetCents);
      }
    });

    it('downloads the indicators or the claims as CSV on request', async () => {
      const indicators = await t.http
        .get(`/api/reports/erdf/${projectId}?format=csv&section=indicators`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(parseCsv(indicators.text)).toEqual([
        expect.objectContaining({ code: 'O1', target: '60', achieved: '21', achievedPct: '35' }),
      ]);
      const claims = await t.http
        .get(`/api/reports/erdf/${projectId}?format=csv&section=claims`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(parseCsv(claims.text)).toEqual([
        expect.objectContaining({ number: '1', periodFrom: '2018-02-01', expensesCents: String(1_623_457) }),
      ]);
    });

    it('downloads a workbook with a sheet per table and number cells', async () => {
      const res = await t.http
        .get(`/api/reports/erdf/${projectId}?format=xlsx`)
        .set('Authorization', staff.auth)
        .responseType('blob')
        .expect(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="erdf-report-${projectNumber}.xlsx"`,
      );
      const workbook = await workbookOf(res.body as Buffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Partners', 'Declaraties', 'Indicatoren']);
      const sheet = workbook.getWorksheet('Partners')!;
      const header = sheet.getRow(1).values as string[];
      const spent = header.indexOf('Uitgegeven (EUR)');
      const last = sheet.getRow(sheet.rowCount);
      expect(last.getCell(1).value).toBe('total');
      expect(last.getCell(spent).type).toBe(ExcelJS.ValueType.Number);
      expect(Math.round((last.getCell(spent).value as number) * 100)).toBe(1_698_457);
      // In a workbook, a formula-like partner name stays a plain text cell.
      const names = sheet.getColumn(3).values.filter((v) => typeof v === 'string');
      expect(names).toContain('=HYPERLINK("http://evil.example","Klik")');
      sheet.getColumn(3).eachCell((cell) => expect(cell.type).toBe(ExcelJS.ValueType.String));
    });

    it('is for staff only and 404s for an unknown project', async () => {
      const denied = await t.http
        .get(`/api/reports/erdf/${projectId}`)
        .set('Authorization', applicant.auth)
        .expect(403);
      expect(denied.body.code).toBe('FORBIDDEN');
      await t.http.get(`/api/reports/erdf/${projectId}`).expect(401);
      const missing = await t.http
        .get('/api/reports/erdf/00000000-0000-4000-8000-000000000000')
        .set('Authorization', staff.auth)
        .expect(404);
      expect(missing.body.code).toBe('NOT_FOUND');
    });

    it('rejects an unknown format or section', async () => {
      const res = await t.http
        .get(`/api/reports/erdf/${projectId}?format=pdf`)
        .set('Authorization', staff.auth)
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      await t.http
        .get(`/api/reports/erdf/${projectId}?format=csv&section=nope`)
        .set('Authorization', staff.auth)
        .expect(400);
    });
  });
  describe('on the demo seed', () => {
    let programmeId: string;

    beforeAll(async () => {
      // The demo data of `npm run seed`, built through the real services.
      const { runner } = await runSeed(t.app);
      expect(runner.outcomes.filter((o) => o.status !== 'done')).toEqual([]);
      const [programme] = (await t.dataSource.query(`SELECT id FROM programme WHERE code = 'IS'`)) as {
        id: string;
      }[];
      programmeId = programme.id;
    }, 300_000);

    it('reports committed and paid equal to the budget ledger, per call and in total, every year', async () => {
      const years = (await t.dataSource.query(
        `SELECT DISTINCT year FROM call WHERE programme_id = $1 ORDER BY year`,
        [programmeId],
      )) as { year: number }[];
      expect(years.length).toBeGreaterThanOrEqual(2);
      let decided = 0;
      for (const { year } of years) {
        const body = (
          await t.http
            .get(`/api/reports/budget?year=${year}&programmeId=${programmeId}`)
            .set('Authorization', staff.auth)
            .expect(200)
        ).body;
        const sums = (await t.dataSource.query(
          `SELECT l.call_id,
                  SUM(l.amount_cents) FILTER (WHERE l.kind = 'budget')::bigint::text AS budget,
                  COALESCE(SUM(l.amount_cents) FILTER (WHERE l.kind IN ('commitment','decommitment')), 0)::text AS committed,
                  COALESCE(SUM(l.amount_cents) FILTER (WHERE l.kind IN ('payment','recovery')), 0)::text AS paid
             FROM budget_ledger_entry l JOIN call c ON c.id = l.call_id
            WHERE c.programme_id = $1 AND c.year = $2 GROUP BY l.call_id`,
          [programmeId, year],
        )) as { call_id: string; budget: string; committed: string; paid: string }[];
        expect(body.calls).toHaveLength(sums.length);
        for (const own of sums) {
          const call = body.calls.find((c: { callId: string }) => c.callId === own.call_id);
          expect(call).toMatchObject({
            budgetCents: Number(own.budget),
            committedCents: Number(own.committed),
            paidCents: Number(own.paid),
            grantedCents: Number(own.committed),
          });
          const clusterSum = call.clusters.reduce(
            (s: number, c: { grantedCents: number }) => s + c.grantedCents,
            0,
          );
          expect(clusterSum).toBe(Number(own.committed));
        }
        expect(body.totals.committedCents).toBe(sums.reduce((s, r) => s + Number(r.committed), 0));
        expect(body.totals.paidCents).toBe(sums.reduce((s, r) => s + Number(r.paid), 0));
        decided += body.totals.decidedCount;
      }
      expect(decided).toBeGreaterThan(0);
    });

    it('reports ERDF project 1161 in every format', async () => {
      const [project] = (await t.dataSource.query(
        `SELECT id FROM erdf_project WHERE project_number = '1161'`,
      )) as { id: string }[];
      const json = (
        await t.http.get(`/api/reports/erdf/${project.id}`).set('Authorization', staff.auth).expect(200)
      ).body;
      expect(json.partners.length).toBeGreaterThanOrEqual(4);
      expect(json.claims.length).toBeGreaterThan(0);
      const csv = await t.http
        .get(`/api/reports/erdf/${project.id}?format=csv`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(csv.headers['content-disposition']).toBe('attachment; filename="erdf-report-1161-partners.csv"');
      const total = parseCsv(csv.text).find((r) => r.rowType === 'total')!;
      // Its invented figures say so (issue #17, honest demo data) in every format.
      expect(json.demo).toBe(true);
      expect(parseCsv(csv.text).every((r) => r.demo === 'demo')).toBe(true);
      expect(Number(total.spentCents)).toBe(json.totals.spentCents);
      expect(Number(total.erdfPaidCents)).toBe(json.totals.erdfPaidCents);
      const xlsx = await t.http
        .get(`/api/reports/erdf/${project.id}?format=xlsx`)
        .set('Authorization', staff.auth)
        .responseType('blob')
        .expect(200);
      const workbook = await workbookOf(xlsx.body as Buffer);
      expect(workbook.getWorksheet('Indicatoren')!.rowCount).toBe(json.indicators.length + 1);
      expect(workbook.getWorksheet('Declaraties')!.getCell('A1').value).toBe('Demo (verzonnen cijfers)');
    });

    it('keeps the sourced facts of project 1161 and uses fictitious enterprise numbers (honest demo data)', async () => {
      const activities = (await t.dataSource.query(
        `SELECT a.title, a.start_date::text AS start, a.end_date::text AS end, a.place, a.participants
           FROM erdf_activity a JOIN erdf_project p ON p.id = a.project_id
          WHERE p.project_number = '1161' ORDER BY a.start_date, a.title`,
      )) as {
        title: string;
        start: string;
        end: string | null;
        place: string;
        participants: number | null;
      }[];
      expect(activities).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            title: 'Life-on-Chip – The Road from Idea to Reality (organised by the province)',
            start: '2019-02-21',
            end: '2019-02-22',
            place: 'Leuven',
            participants: 143,
          }),
          expect.objectContaining({
            title: 'Acquisition actions at The MedTech Conference',
            start: '2018-09-24',
            end: '2018-09-26',
            place: 'USA',
          }),
          expect.objectContaining({
            title: 'Acquisition actions at the Single Cell seminar',
            start: '2018-09-28',
          }),
          expect.objectContaining({
            title: 'Going International (modular training)',
            place: 'not stated in the source',
          }),
        ]),
      );
      const [note] = (await t.dataSource.query(
        `SELECT v.note FROM erdf_indicator_value v JOIN erdf_indicator i ON i.id = v.indicator_id
           JOIN erdf_project p ON p.id = i.project_id
          WHERE p.project_number = '1161' AND v.value = 143`,
      )) as { note: string }[];
      expect(note.note).toContain('about 230');
      const flandersBio = (await t.dataSource.query(
        `SELECT o.name FROM organisation o JOIN erdf_partner ep ON ep.organisation_id = o.id
           JOIN erdf_project p ON p.id = ep.project_id WHERE p.project_number = '1161' AND o.name LIKE 'FlandersBio%'`,
      )) as { name: string }[];
      expect(flandersBio).toEqual([{ name: 'FlandersBio vzw (demo; partner inferred)' }]);
      // The seeded organisations: fictitious numbers 0100.…, the province alone with its own.
      const seeded = (await t.dataSource.query(
        `SELECT name, enterprise_number FROM organisation
          WHERE name IN ('Vitalis Diagnostics BV', 'AgroSense BV', 'MedTech Leuven BV', 'Provincie Vlaams-Brabant',
                         'DSP Valley vzw (demo)', 'Leuven MindGate vzw (demo)', 'Universiteit Leuven (demo)')`,
      )) as { name: string; enterprise_number: string }[];
      expect(seeded.length).toBeGreaterThanOrEqual(7);
      for (const o of seeded) {
        if (o.name === 'Provincie Vlaams-Brabant') expect(o.enterprise_number).toBe('0253.973.219');
        else expect(o.enterprise_number).toMatch(/^0100\.0/);
      }
      // The province is a partner in no application of its own programmes.
      const [{ n }] = (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM application_partner ap JOIN organisation o ON o.id = ap.organisation_id
          WHERE o.enterprise_number = '0253.973.219'`,
      )) as { n: number }[];
      expect(n).toBe(0);
    });

    it('publishes the seeded grants as 360Giving and renders the PDF of every year', async () => {
      const years = (await t.dataSource.query(
        `SELECT DISTINCT extract(year FROM decided_on)::int AS year FROM decision WHERE outcome = 'approved'`,
      )) as { year: number }[];
      expect(years.length).toBeGreaterThan(0);
      for (const { year } of years) {
        const pkg = (
          await t.http.get(`/api/reports/360giving?year=${year}`).set('Authorization', staff.auth).expect(200)
        ).body;
        const [{ n }] = (await t.dataSource.query(
          `SELECT count(*)::int AS n FROM decision WHERE outcome = 'approved' AND extract(year FROM decided_on) = $1`,
          [year],
        )) as { n: number }[];
        expect(pkg.grants).toHaveLength(n);
        for (const grant of pkg.grants) expect(missingRequiredFields(grant)).toEqual([]);
        const pdf = await t.http
          .get(`/api/reports/budget?year=${year}&format=pdf`)
          .set('Authorization', staff.auth)
          .responseType('blob')
          .expect(200);
        expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      }
    });

    it('shows the demo invoice behind an unclaimed expense of project 1161, downloadable with its hash', async () => {
      const [expense] = (await t.dataSource.query(
        `SELECT e.project_id, e.id FROM erdf_expense e JOIN erdf_project p ON p.id = e.project_id
          WHERE p.project_number = '1161' AND e.invoice_ref = 'FB-2018-301'`,
      )) as { project_id: string; id: string }[];
      const path = `/api/erdf-projects/${expense.project_id}/expenses/${expense.id}/documents`;
      const list = await t.http.get(path).set('Authorization', staff.auth).expect(200);
      expect(list.body).toEqual([
        expect.objectContaining({ kind: 'invoice', title: 'Factuur FB-2018-301 (demo)' }),
      ]);
      const pdf = await t.http
        .get(`${path}/${list.body[0].id}`)
        .set('Authorization', staff.auth)
        .buffer(true)
        .parse(binaryBody)
        .expect(200);
      expect(
        createHash('sha256')
          .update(pdf.body as Buffer)
          .digest('hex'),
      ).toBe(list.body[0].sha256);
    });
  });
});
