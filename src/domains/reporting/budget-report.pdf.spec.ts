import { describe, expect, it } from '@jest/globals';
import { PDFParse } from 'pdf-parse';
import { renderBudgetReportPdf } from './budget-report.pdf.js';
import {
  sampleBudgetReport as report,
  sampleFigures as figures,
} from '../../../test/utils/report-fixtures.js';
import type { BudgetReportView } from './dto/report.dto.js';

async function textOf(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

describe('budget report PDF', () => {
  it('shows the title, the calls and amounts as Belgians write them', async () => {
    const pdf = await renderBudgetReportPdf(report(1));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await textOf(pdf);
    expect(text).toContain('Budgetrapport 2026');
    expect(text).toContain('Provincie Vlaams-Brabant');
    expect(text).toContain('IS — Innovatiesubsidie oproep 1');
    expect(text).toContain('€ 600.000,00'); // budget
    expect(text).toContain('€ 275.000,00'); // committed
    expect(text).toContain('€ 75.000,00'); // paid
    expect(text).toContain('€ 150.000,00'); // granted in health (a bar label and a table cell)
    expect(text).toContain('66,7 %');
    expect(text).toContain('41,5 dagen');
    expect(text).toContain('Toegekend bedrag per cluster');
    expect(text).toContain('Gezondheid');
  });

  it('embeds Noto Sans and draws the chart as vector shapes', async () => {
    const pdf = await renderBudgetReportPdf(report(1));
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans/);
    expect(raw).toContain('/FontFile2');
    // Uncompressed, the content streams show the bars: filled rectangles (`re` … `f`), two with
    // lengths in proportion to their amounts (15.000.000 : 12.500.000), and none for food (0).
    const plain = (await renderBudgetReportPdf(report(1), { compress: false })).toString('latin1');
    const bars = [...plain.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) 16 re\n[^\n]*\n[^\n]*scn\nf\n/g)].map((m) =>
      Number(m[3]),
    );
    expect(bars).toHaveLength(2);
    expect(bars[1] / bars[0]).toBeCloseTo(12_500_000 / 15_000_000, 3);
  });

  it('numbers every page when the calls run over several pages', async () => {
    const { text, pages } = await textOf(await renderBudgetReportPdf(report(12)));
    expect(pages).toBeGreaterThan(2);
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Pagina ${p} van ${pages}`);
    expect(text).toContain('Innovatiesubsidie oproep 12');
  });

  it('says so when a year has no calls and nothing was granted', async () => {
    const empty: BudgetReportView = {
      ...report(0),
      clusters: [],
      totals: { ...figures, successRatePct: null, medianDaysToDecision: null },
    };
    const { text } = await textOf(await renderBudgetReportPdf(empty));
    expect(text).toContain('Geen oproepen in 2026.');
    expect(text).toContain('Nog geen toegekende bedragen.');
    expect(text).toContain('Pagina 1 van 1');
  });
});
