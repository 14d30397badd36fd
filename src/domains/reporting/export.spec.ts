import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import {
  centsToDecimalComma,
  defuseFormula,
  downloadFile,
  type ExportSection,
  parseCsv,
  safeFileName,
  safeSheetName,
  toCsv,
  toXlsx,
} from './export.js';

const section: ExportSection = {
  name: 'Oproepen',
  columns: [
    { key: 'title', header: 'Oproep', type: 'text' },
    { key: 'budgetCents', header: 'Budget (EUR)', type: 'cents' },
    { key: 'applications', header: 'Aanvragen', type: 'integer' },
    { key: 'successRatePct', header: 'Slaagkans', type: 'percent' },
    { key: 'medianDays', header: 'Mediaan dagen', type: 'decimal' },
    { key: 'closesOn', header: 'Sluit op', type: 'date' },
  ],
  rows: [
    {
      title: 'Innovatiesubsidie 2026; "samenwerking"',
      budgetCents: 60_000_001,
      applications: 7,
      successRatePct: 33.3,
      medianDays: 12.5,
      closesOn: '2026-10-15',
    },
    {
      title: '=HYPERLINK("http://evil")',
      budgetCents: -150,
      applications: 0,
      successRatePct: null,
      medianDays: null,
      closesOn: null,
    },
  ],
};

describe('CSV export', () => {
  it('starts with a UTF-8 byte order mark, separates with ";" and ends lines with CRLF', () => {
    const csv = toCsv(section);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFtitle;budgetCents;budgetEur;applications;successRatePct;medianDays;closesOn',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes amounts as exact integer cents next to euros with a decimal comma', () => {
    const [first, second] = parseCsv(toCsv(section));
    expect(first.budgetCents).toBe('60000001');
    expect(first.budgetEur).toBe('600000,01');
    expect(second.budgetCents).toBe('-150');
    expect(second.budgetEur).toBe('-1,50');
    expect(first.successRatePct).toBe('33,3');
    expect(first.medianDays).toBe('12,5');
    expect(first.closesOn).toBe('2026-10-15');
    expect(second.successRatePct).toBe('');
  });

  it('quotes fields with separators and quotes, and parses them back unchanged', () => {
    const csv = toCsv(section);
    expect(csv).toContain('"Innovatiesubsidie 2026; ""samenwerking"""');
    expect(parseCsv(csv)[0].title).toBe('Innovatiesubsidie 2026; "samenwerking"');
  });

  it('defuses text cells that a spreadsheet would run as a formula', () => {
    expect(parseCsv(toCsv(section))[1].title).toBe(`'=HYPERLINK("http://evil")`);
    for (const start of ['=', '+', '-', '@']) expect(defuseFormula(`${start}1`)).toBe(`'${start}1`);
    expect(defuseFormula('Leuven')).toBe('Leuven');
  });

  it('formats cents with a decimal comma without going through floating point', () => {
    expect(centsToDecimalComma(0)).toBe('0,00');
    expect(centsToDecimalComma(5)).toBe('0,05');
    expect(centsToDecimalComma(900_719_925_474_099)).toBe('9007199254740,99');
  });
});

describe('XLSX export', () => {
  it('writes a workbook with a frozen header row, typed number cells and euro formats', async () => {
    const bytes = await toXlsx([section, { ...section, name: 'Tweede blad' }], { title: 'Budget 2026' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Oproepen', 'Tweede blad']);
    const sheet = workbook.getWorksheet('Oproepen')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Oproep',
      'Budget (EUR)',
      'Aanvragen',
      'Slaagkans',
      'Mediaan dagen',
      'Sluit op',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const budget = sheet.getCell('B2');
    expect(budget.type).toBe(ExcelJS.ValueType.Number);
    expect(Math.round((budget.value as number) * 100)).toBe(60_000_001);
    expect(budget.numFmt).toContain('€');
    expect(sheet.getCell('C2').value).toBe(7);
    expect(sheet.getCell('D2').value).toBeCloseTo(0.333, 10);
    expect(sheet.getCell('D2').numFmt).toBe('0.0%');
    expect(sheet.getCell('F2').type).toBe(ExcelJS.ValueType.Date);
    expect((sheet.getCell('F2').value as Date).toISOString().slice(0, 10)).toBe('2026-10-15');
    // Formula-like text stays text in a workbook: a string cell, never a formula.
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('D3').value).toBeNull();
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(16);
  });

  it('keeps sheet names within what Excel accepts', () => {
    expect(safeSheetName('Clusters / call: 2026 [final] and a very long tail')).toHaveLength(31);
    expect(safeSheetName('a/b')).toBe('a b');
  });
});

describe('downloads', () => {
  it('names the file safely and sets the content type and disposition', () => {
    const file = downloadFile('a;b\r\n', 'budget-report-2026', 'csv');
    expect(file.options.type).toBe('text/csv; charset=utf-8');
    expect(file.options.disposition).toBe('attachment; filename="budget-report-2026.csv"');
    expect(safeFileName('erdf-report-1161 Société "x"')).toBe('erdf-report-1161-Societe-x');
  });
});
