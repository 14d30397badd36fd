import { describe, expect, it } from '@jest/globals';
import { PDFParse } from 'pdf-parse';
import { renderBudgetReportPdf } from './budget-report.pdf.js';
import type {
  BudgetFiguresView,
  BudgetReportView,
  CallBudgetReportView,
  StatusCountsView,
} from './dto/report.dto.js';

function statuses(overrides: Partial<StatusCountsView> = {}): StatusCountsView {
  return {
    draft: 0,
    submitted: 0,
    returned: 0,
    admissible: 0,
    inadmissible: 0,
    under_review: 0,
    approved: 0,
    rejected: 0,
    withdrawn: 0,
    closed: 0,
    ...overrides,
  };
}

const figures: BudgetFiguresView = {
  budgetCents: 60_000_000,
  committedCents: 27_500_000,
  paidCents: 7_500_000,
  availableCents: 32_500_000,
  applicationCount: 5,
  applicationsByStatus: statuses({ draft: 1, approved: 2, rejected: 1, under_review: 1 }),
  submittedCount: 4,
  approvedCount: 2,
  decidedCount: 3,
  successRatePct: 66.7,
  medianDaysToDecision: 41.5,
  requestedCents: 45_000_000,
  grantedCents: 27_500_000,
};

function call(i: number): CallBudgetReportView {
  return {
    ...figures,
    callId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title: `Innovatiesubsidie oproep ${i}`,
    year: 2026,
    programmeId: '00000000-0000-4000-8000-000000000099',
    programmeCode: 'IS',
    programmeName: 'Innovatiesubsidie Vlaams-Brabant',
    clusters: [
      { cluster: 'health', applicationCount: 2, requestedCents: 30_000_000, grantedCents: 15_000_000 },
      { cluster: 'cleantech', applicationCount: 2, requestedCents: 15_000_000, grantedCents: 12_500_000 },
    ],
  };
}

function report(callCount: number): BudgetReportView {
  return {
    year: 2026,
    programmeId: null,
    generatedAt: '2026-12-15T09:30:00.000Z',
    calls: Array.from({ length: callCount }, (_, i) => call(i + 1)),
    clusters: [
      { cluster: 'health', applicationCount: 2, requestedCents: 30_000_000, grantedCents: 15_000_000 },
      { cluster: 'cleantech', applicationCount: 2, requestedCents: 15_000_000, grantedCents: 12_500_000 },
      { cluster: 'food', applicationCount: 1, requestedCents: 5_000_000, grantedCents: 0 },
    ],
    totals: figures,
  };
}

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
