import { createRequire } from 'node:module';
import { formatEuro } from '../../kernel/money.js';
import {
  APPLICATION_STATUSES,
  type BudgetFiguresView,
  type BudgetReportView,
  type CallBudgetReportView,
  type ClusterFiguresView,
} from './dto/report.dto.js';
import { clusterLabel, STATUS_LABELS } from './labels.js';

/**
 * The yearly budget report as a PDF for the deputation (in Dutch, the administrative language):
 * key figures, a bar chart of the granted amounts per cluster drawn with pdfkit's vector shapes,
 * and one table per call. Noto Sans is embedded (subset), every page carries its number.
 * Pure: a `BudgetReportView` in, the PDF bytes out.
 */

const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff');
const FONT_BOLD = require.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff');

const PAGE_MARGIN = 50;
const FOOTER_HEIGHT = 30;
const BRAND = '#00587c';
const BAR = '#2f8fb5';
const GRID = '#c9d6de';
const MUTED = '#5b6770';

/** `33,3 %`, or `—` when there is nothing to divide. */
export function formatPct(value: number | null): string {
  return value === null ? '—' : `${value.toLocaleString('nl-BE', { maximumFractionDigits: 1 })} %`;
}

export function formatDays(value: number | null): string {
  if (value === null) return '—';
  const n = value.toLocaleString('nl-BE', { maximumFractionDigits: 1 });
  return `${n} ${value === 1 ? 'dag' : 'dagen'}`;
}

const LONG_DATE = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'Europe/Brussels' });

type Align = 'left' | 'right';
interface TableColumn {
  header: string;
  width: number;
  align: Align;
}

export async function renderBudgetReportPdf(
  report: BudgetReportView,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const generatedAt = new Date(report.generatedAt);
  const title = `Budgetrapport ${report.year}`;
  // Loaded on the first PDF, not at start (pdfkit and fontkit are large; see bench/README.md).
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE_MARGIN, bottom: PAGE_MARGIN + FOOTER_HEIGHT, left: PAGE_MARGIN, right: PAGE_MARGIN },
    bufferPages: true,
    compress: options.compress ?? true,
    info: {
      Title: title,
      Author: 'Provincie Vlaams-Brabant',
      Subject: 'Innovatiesubsidies: budget, vastleggingen, betalingen en aanvragen',
      CreationDate: generatedAt,
    },
  });
  doc.registerFont('Regular', FONT_REGULAR);
  doc.registerFont('Bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * PAGE_MARGIN;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const ensureSpace = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  // Title block
  doc.font('Bold').fontSize(10).fillColor(BRAND).text('Provincie Vlaams-Brabant', PAGE_MARGIN, PAGE_MARGIN);
  doc.font('Regular').fontSize(9).fillColor(MUTED).text('Dienst Economie — Smart Hub Vlaams-Brabant');
  doc.moveDown(1.2);
  doc.font('Bold').fontSize(22).fillColor('black').text(title);
  doc.font('Regular').fontSize(11).fillColor(MUTED).text('Innovatiesubsidies — rapport voor de deputatie');
  doc.text(`Opgemaakt op ${LONG_DATE.format(generatedAt)}`);
  doc.moveDown(1);

  // Key figures over all calls
  heading(doc, 'Kerncijfers');
  keyFigures(doc, report.totals, width);
  doc.moveDown(0.8);

  // Chart
  heading(doc, 'Toegekend bedrag per cluster');
  barChart(doc, report.clusters, width, ensureSpace);
  doc.moveDown(1);

  // One table per call
  if (report.calls.length === 0) {
    doc.font('Regular').fontSize(10).fillColor('black').text(`Geen oproepen in ${report.year}.`);
  }
  for (const call of report.calls) {
    ensureSpace(200);
    callSection(doc, call, width, ensureSpace);
    doc.moveDown(1);
  }

  // Page numbers (and the title) in the footer of every page
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - PAGE_MARGIN - 12;
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not open a new page
    doc.font('Regular').fontSize(8).fillColor(MUTED);
    doc.text(title, PAGE_MARGIN, y, { width, align: 'left', lineBreak: false });
    doc.text(`Pagina ${i - range.start + 1} van ${range.count}`, PAGE_MARGIN, y, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return finished;
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.font('Bold').fontSize(13).fillColor(BRAND).text(text, PAGE_MARGIN);
  doc.moveDown(0.3);
}

function keyFigures(doc: PDFKit.PDFDocument, t: BudgetFiguresView, width: number): void {
  const rows: [string, string][] = [
    ['Budget', formatEuro(t.budgetCents)],
    ['Vastgelegd', formatEuro(t.committedCents)],
    ['Betaald', formatEuro(t.paidCents)],
    ['Beschikbaar', formatEuro(t.availableCents)],
    ['Aanvragen (ingediend)', `${t.submittedCount} van ${t.applicationCount}`],
    ['Gevraagd', formatEuro(t.requestedCents)],
    [
      'Beslist (goedgekeurd / afgewezen)',
      `${t.decidedCount} (${t.approvedCount} / ${t.decidedCount - t.approvedCount})`,
    ],
    ['Slaagkans (goedgekeurd / beslist)', formatPct(t.successRatePct)],
    ['Mediane doorlooptijd van indiening tot beslissing', formatDays(t.medianDaysToDecision)],
  ];
  table(
    doc,
    [
      { header: 'Kerncijfer', width: width * 0.6, align: 'left' },
      { header: 'Waarde', width: width * 0.4, align: 'right' },
    ],
    rows,
    { header: false },
  );
}

function barChart(
  doc: PDFKit.PDFDocument,
  clusters: readonly ClusterFiguresView[],
  width: number,
  ensureSpace: (h: number) => void,
): void {
  const barHeight = 16;
  const gap = 8;
  const labelWidth = 120;
  const valueWidth = 95;
  const plotWidth = width - labelWidth - valueWidth;
  const max = Math.max(0, ...clusters.map((c) => c.grantedCents));
  if (clusters.length === 0 || max === 0) {
    doc.font('Regular').fontSize(10).fillColor('black').text('Nog geen toegekende bedragen.');
    return;
  }
  const height = clusters.length * (barHeight + gap) + gap;
  ensureSpace(height + 20);
  const top = doc.y;
  const x0 = PAGE_MARGIN + labelWidth;
  // Vertical grid lines at quarters of the largest amount
  for (let q = 0; q <= 4; q++) {
    const x = x0 + (plotWidth * q) / 4;
    doc
      .moveTo(x, top)
      .lineTo(x, top + height)
      .lineWidth(0.5)
      .strokeColor(GRID)
      .stroke();
  }
  clusters.forEach((c, i) => {
    const y = top + gap + i * (barHeight + gap);
    const length = c.grantedCents > 0 ? Math.max(1, (plotWidth * c.grantedCents) / max) : 0;
    if (length > 0) doc.rect(x0, y, length, barHeight).fill(BAR);
    doc
      .font('Regular')
      .fontSize(9)
      .fillColor('black')
      .text(clusterLabel(c.cluster), PAGE_MARGIN, y + 3, {
        width: labelWidth - 8,
        align: 'right',
        lineBreak: false,
      });
    doc.text(formatEuro(c.grantedCents), x0 + length + 6, y + 3, { width: valueWidth, lineBreak: false });
  });
  doc
    .moveTo(x0, top)
    .lineTo(x0, top + height)
    .lineWidth(1)
    .strokeColor('black')
    .stroke();
  doc.y = top + height + 6;
  doc.x = PAGE_MARGIN;
  doc
    .font('Regular')
    .fontSize(8)
    .fillColor(MUTED)
    .text(
      `Schaal: 0 tot ${formatEuro(max)}; toegekend = vastgelegd op het budget van de oproep.`,
      PAGE_MARGIN,
    );
}

function callSection(
  doc: PDFKit.PDFDocument,
  call: CallBudgetReportView,
  width: number,
  ensureSpace: (h: number) => void,
): void {
  heading(doc, `${call.programmeCode} — ${call.title}`);
  doc.font('Regular').fontSize(9).fillColor(MUTED).text(`${call.programmeName}, oproep ${call.year}`);
  doc.moveDown(0.4);
  const quarter = width / 4;
  table(
    doc,
    ['Budget', 'Vastgelegd', 'Betaald', 'Beschikbaar'].map((header) => ({
      header,
      width: quarter,
      align: 'right',
    })),
    [[call.budgetCents, call.committedCents, call.paidCents, call.availableCents].map(formatEuro)],
  );
  doc.moveDown(0.4);
  const statuses = APPLICATION_STATUSES.filter((s) => call.applicationsByStatus[s] > 0)
    .map((s) => `${call.applicationsByStatus[s]} ${STATUS_LABELS[s]}`)
    .join(', ');
  doc
    .font('Regular')
    .fontSize(9)
    .fillColor('black')
    .text(`Aanvragen: ${call.applicationCount}${statuses ? ` (${statuses})` : ''}.`, PAGE_MARGIN, doc.y, {
      width,
    });
  doc.text(
    `Slaagkans ${formatPct(call.successRatePct)} (${call.approvedCount} van ${call.decidedCount} beslist); ` +
      `mediane doorlooptijd ${formatDays(call.medianDaysToDecision)}.`,
    { width },
  );
  doc.moveDown(0.4);
  ensureSpace(60);
  const rows = call.clusters.map((c) => [
    clusterLabel(c.cluster),
    String(c.applicationCount),
    formatEuro(c.requestedCents),
    formatEuro(c.grantedCents),
  ]);
  rows.push([
    'Totaal',
    String(call.submittedCount),
    formatEuro(call.requestedCents),
    formatEuro(call.grantedCents),
  ]);
  table(
    doc,
    [
      { header: 'Cluster', width: width * 0.34, align: 'left' },
      { header: 'Aanvragen', width: width * 0.16, align: 'right' },
      { header: 'Gevraagd', width: width * 0.25, align: 'right' },
      { header: 'Toegekend', width: width * 0.25, align: 'right' },
    ],
    rows,
    { boldLast: true },
  );
}

/** A simple ruled table that continues on a new page (with its header) when it runs out of room. */
function table(
  doc: PDFKit.PDFDocument,
  columns: TableColumn[],
  rows: string[][],
  options: { header?: boolean; boldLast?: boolean } = {},
): void {
  const rowHeight = 18;
  const padding = 4;
  const fontSize = 9;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const drawRow = (cells: string[], bold: boolean, fill?: string) => {
    if (doc.y + rowHeight > bottom()) {
      doc.addPage();
      if (options.header !== false)
        drawRow(
          columns.map((c) => c.header),
          true,
          '#e6eef2',
        );
    }
    const y = doc.y;
    const totalWidth = columns.reduce((s, c) => s + c.width, 0);
    if (fill) doc.rect(PAGE_MARGIN, y, totalWidth, rowHeight).fill(fill);
    let x = PAGE_MARGIN;
    doc
      .font(bold ? 'Bold' : 'Regular')
      .fontSize(fontSize)
      .fillColor('black');
    columns.forEach((c, i) => {
      doc.text(cells[i] ?? '', x + padding, y + (rowHeight - fontSize) / 2 - 1, {
        width: c.width - 2 * padding,
        align: c.align,
        lineBreak: false,
        ellipsis: true,
      });
      x += c.width;
    });
    doc
      .moveTo(PAGE_MARGIN, y + rowHeight)
      .lineTo(PAGE_MARGIN + totalWidth, y + rowHeight)
      .lineWidth(0.5)
      .strokeColor(GRID)
      .stroke();
    doc.x = PAGE_MARGIN;
    doc.y = y + rowHeight;
  };
  if (options.header !== false)
    drawRow(
      columns.map((c) => c.header),
      true,
      '#e6eef2',
    );
  rows.forEach((cells, i) => drawRow(cells, options.boldLast === true && i === rows.length - 1));
}
