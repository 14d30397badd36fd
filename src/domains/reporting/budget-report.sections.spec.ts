import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { sampleBudgetReport } from '../../../test/utils/report-fixtures.js';
import { budgetReportSections } from './budget-report.sections.js';
import { parseCsv, toCsv, toXlsx } from './export.js';

describe('budget report tables', () => {
  const report = sampleBudgetReport(2);
  const sections = budgetReportSections(report);

  it('lists every call and a total row whose CSV parses back to the same cents', () => {
    const rows = parseCsv(toCsv(sections.calls));
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.callId)).toEqual([report.calls[0].callId, report.calls[1].callId, '']);
    for (const [i, call] of report.calls.entries()) {
      expect(Number(rows[i].budgetCents)).toBe(call.budgetCents);
      expect(Number(rows[i].committedCents)).toBe(call.committedCents);
      expect(Number(rows[i].paidCents)).toBe(call.paidCents);
      expect(Number(rows[i].availableCents)).toBe(call.availableCents);
      expect(Number(rows[i].successRatePct.replace(',', '.'))).toBe(call.successRatePct);
    }
    expect(rows[2].callTitle).toBe('Totaal');
    expect(Number(rows[2].committedCents)).toBe(report.totals.committedCents);
    expect(rows[2].committedEur).toBe('275000,00');
  });

  it('counts applications per status with one column per status', () => {
    const rows = parseCsv(toCsv(sections.statuses));
    expect(Object.keys(rows[0])).toEqual(
      expect.arrayContaining(['draft', 'submitted', 'under_review', 'approved', 'rejected', 'closed']),
    );
    expect(rows[0].approved).toBe('2');
    expect(rows[0].draft).toBe('1');
    expect(rows.at(-1)!.applicationCount).toBe(String(report.totals.applicationCount));
  });

  it('lists the clusters per call and then over all calls', () => {
    const rows = parseCsv(toCsv(sections.clusters));
    expect(rows).toHaveLength(2 * 2 + 3);
    expect(rows[0]).toMatchObject({ cluster: 'health', clusterName: 'Gezondheid', grantedCents: '15000000' });
    expect(rows.slice(4).map((r) => [r.callTitle, r.cluster])).toEqual([
      ['Totaal', 'health'],
      ['Totaal', 'cleantech'],
      ['Totaal', 'food'],
    ]);
  });

  it('puts every table on its own sheet of the workbook, amounts as number cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(Object.values(sections))) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Oproepen', 'Status', 'Clusters']);
    const sheet = workbook.getWorksheet('Oproepen')!;
    const header = sheet.getRow(1).values as string[];
    const committed = header.indexOf('Vastgelegd (EUR)');
    expect(committed).toBeGreaterThan(0);
    const cell = sheet.getRow(2).getCell(committed);
    expect(cell.type).toBe(ExcelJS.ValueType.Number);
    expect(Math.round((cell.value as number) * 100)).toBe(report.calls[0].committedCents);
  });
});
