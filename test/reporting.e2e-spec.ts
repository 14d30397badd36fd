import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { parseCsv } from '../src/reporting/export.js';
import { createTestApp, type TestApp } from './utils/create-app.js';
import type { TestUser } from './utils/factories.js';

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
});
