import PDFDocument from 'pdfkit';
import { formatEuro } from '../../kernel/money.js';
import type { ApplicationSnapshot } from '../applications/application.entity.js';
import type { LetterLanguage } from './decision-letter-data.js';
import { notoSansFont } from './fonts.js';
import { formatLongDate, formatPercent } from './format.js';
import type { LetterTemplate } from './letter-template.js';
import { drawLogo } from './render-decision-letter.js';

const MM = 72 / 25.4;
const MARGIN = { top: 18 * MM, bottom: 25 * MM, left: 25 * MM, right: 20 * MM };
const TEXT_COLOUR = '#1a1a1a';
const MUTED = '#555555';

/** What a receipt shows besides the snapshot. */
export interface SubmissionReceiptData {
  snapshot: ApplicationSnapshot;
  callTitle: string;
  programmeName: string;
}

const LABELS = {
  nl: {
    title: 'Ontvangstbewijs van uw aanvraag',
    intro:
      'De provincie Vlaams-Brabant heeft de onderstaande aanvraag ontvangen. Dit bewijs geeft weer wat op het ' +
      'moment van indiening werd ingediend; de SHA-256-vingerafdruk van elk document legt de inhoud ervan vast.',
    reference: 'Kenmerk',
    submittedAt: 'Ingediend op',
    call: 'Oproep',
    programme: 'Programma',
    project: 'Project',
    period: 'Projectperiode',
    consortium: 'Consortium',
    coordinator: 'coördinator',
    partner: 'partner',
    enterpriseNumber: 'ondernemingsnummer',
    eligible: 'subsidiabele kosten',
    total: 'totale kosten',
    figures: 'Bedragen',
    totalCosts: 'Totale kosten',
    eligibleCosts: 'Subsidiabele kosten',
    rate: 'Maximaal steunpercentage',
    maxGrant: 'Maximale subsidie',
    requested: 'Gevraagde subsidie',
    documents: 'Documenten',
    noDocuments: 'Er werden geen documenten bijgevoegd.',
    bytes: 'bytes',
    page: 'Pagina {page} van {pages}',
    at: 'om',
  },
  en: {
    title: 'Receipt of your application',
    intro:
      'The Province of Flemish Brabant has received the application below. This receipt shows what was ' +
      'submitted at the time of submission; the SHA-256 fingerprint of each document fixes its content. ' +
      '(English courtesy translation; the Dutch version prevails.)',
    reference: 'Reference',
    submittedAt: 'Submitted on',
    call: 'Call',
    programme: 'Programme',
    project: 'Project',
    period: 'Project period',
    consortium: 'Consortium',
    coordinator: 'coordinator',
    partner: 'partner',
    enterpriseNumber: 'enterprise number',
    eligible: 'eligible costs',
    total: 'total costs',
    figures: 'Figures',
    totalCosts: 'Total costs',
    eligibleCosts: 'Eligible costs',
    rate: 'Maximum funding rate',
    maxGrant: 'Maximum grant',
    requested: 'Requested grant',
    documents: 'Documents',
    noDocuments: 'No documents were attached.',
    bytes: 'bytes',
    page: 'Page {page} of {pages}',
    at: 'at',
  },
} as const satisfies Record<LetterLanguage, Record<string, string>>;

const BRUSSELS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2026-03-02T09:05:00Z` → `2 maart 2026 om 10:05` (Brussels time). */
export function formatSubmissionTime(iso: string, language: LetterLanguage): string {
  const parts = Object.fromEntries(BRUSSELS.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const date = formatLongDate(`${parts.year}-${parts.month}-${parts.day}`, language);
  return `${date} ${LABELS[language].at} ${parts.hour}:${parts.minute}`;
}

/**
 * The receipt of a submission as PDF/A-2b, with the decision letters' letterhead, fonts and layout:
 * reference, submission time, consortium, costs, figures, and every document with its SHA-256, all
 * taken from the snapshot (so it shows what was submitted, whatever changed since), in the
 * application's language. The same snapshot gives the same bytes.
 */
export function renderSubmissionReceipt(
  data: SubmissionReceiptData,
  template: LetterTemplate,
): Promise<Buffer> {
  const { snapshot } = data;
  const lang: LetterLanguage = snapshot.language;
  const l = LABELS[lang];
  const date = new Date(snapshot.submittedAt);
  const regular = notoSansFont(400).forDocument();
  const regularName = regular.postscriptName;
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    font: regular as unknown as string,
    subset: 'PDF/A-2b',
    pdfVersion: '1.7',
    tagged: true,
    lang: lang === 'nl' ? 'nl-BE' : 'en-GB',
    displayTitle: true,
    info: {
      Title: `${l.title} ${snapshot.reference}`,
      Author: template.letterhead.organisation,
      Subject: snapshot.title,
      Keywords: snapshot.reference,
      Creator: 'Subsidies — Province of Flemish Brabant',
      Producer: 'pdfkit',
      CreationDate: date,
      ModDate: date,
    },
  });
  doc.registerFont('bold', notoSansFont(700).forDocument() as unknown as string);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const colour = template.letterhead.colour;
  drawLogo(doc, MARGIN.left, MARGIN.top, colour);
  const senderX = MARGIN.left + 44;
  doc
    .fillColor(colour)
    .font('bold')
    .fontSize(13)
    .text(template.letterhead.organisation, senderX, MARGIN.top + 2);
  doc.fillColor(MUTED).font(regularName).fontSize(8);
  doc.text(template.letterhead.department, senderX, doc.y + 1, { width: width * 0.7 });
  const top = Math.max(doc.y, MARGIN.top + 40) + 4;
  doc
    .moveTo(MARGIN.left, top)
    .lineTo(MARGIN.left + width, top)
    .lineWidth(0.8)
    .strokeColor(colour)
    .stroke();

  doc.x = MARGIN.left;
  doc.y = top + 18;
  doc.fillColor(TEXT_COLOUR).font('bold').fontSize(15).text(l.title, { width });
  doc.moveDown(0.5);
  doc.font(regularName).fontSize(9.5).fillColor(TEXT_COLOUR).text(l.intro, { width, lineGap: 1.5 });
  doc.moveDown(0.8);

  const field = (label: string, value: string): void => {
    if (doc.y > doc.page.height - MARGIN.bottom - 30) doc.addPage();
    const y = doc.y;
    doc
      .fillColor(MUTED)
      .font(regularName)
      .fontSize(9)
      .text(label, MARGIN.left, y, { width: width * 0.3 });
    const afterLabel = doc.y;
    doc
      .fillColor(TEXT_COLOUR)
      .font(regularName)
      .fontSize(9.5)
      .text(value, MARGIN.left + width * 0.32, y, {
        width: width * 0.68,
      });
    doc.y = Math.max(doc.y, afterLabel) + 2;
  };
  const heading = (text: string): void => {
    doc.moveDown(0.6);
    if (doc.y > doc.page.height - MARGIN.bottom - 60) doc.addPage();
    doc.fillColor(colour).font('bold').fontSize(11).text(text, MARGIN.left, doc.y, { width });
    doc.moveDown(0.3);
  };

  field(l.reference, snapshot.reference);
  field(l.submittedAt, formatSubmissionTime(snapshot.submittedAt, lang));
  field(l.programme, data.programmeName);
  field(l.call, data.callTitle);
  field(l.project, snapshot.acronym ? `${snapshot.title} (${snapshot.acronym})` : snapshot.title);
  field(l.period, `${formatLongDate(snapshot.startDate, lang)} – ${formatLongDate(snapshot.endDate, lang)}`);

  heading(l.consortium);
  for (const p of snapshot.partners) {
    field(
      `${p.name}`,
      `${p.role === 'coordinator' ? l.coordinator : l.partner}, ${l.enterpriseNumber} ${p.enterpriseNumber}; ` +
        `${l.total} ${formatEuro(p.totalCostsCents)}, ${l.eligible} ${formatEuro(p.eligibleCostsCents)}`,
    );
  }

  heading(l.figures);
  field(l.totalCosts, formatEuro(snapshot.figures.totalCostsCents));
  field(l.eligibleCosts, formatEuro(snapshot.figures.eligibleCostsCents));
  field(l.rate, formatPercent(snapshot.figures.maxFundingRatePct, lang));
  field(l.maxGrant, formatEuro(snapshot.figures.maxGrantCents));
  field(l.requested, formatEuro(snapshot.figures.requestedCents));

  heading(l.documents);
  const documents = snapshot.documents ?? [];
  if (documents.length === 0) doc.font(regularName).fontSize(9.5).fillColor(TEXT_COLOUR).text(l.noDocuments);
  for (const [i, d] of documents.entries()) {
    if (doc.y > doc.page.height - MARGIN.bottom - 50) doc.addPage();
    doc
      .fillColor(TEXT_COLOUR)
      .font('bold')
      .fontSize(9.5)
      .text(`${i + 1}. ${d.title}`, MARGIN.left, doc.y, { width });
    doc
      .font(regularName)
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(
        `${d.kind} · ${d.fileName} · ${d.contentType} · ${d.sizeBytes.toLocaleString(lang === 'nl' ? 'nl-BE' : 'en-GB')} ${l.bytes}`,
        {
          width,
        },
      );
    doc.fillColor(TEXT_COLOUR).fontSize(8).text(`SHA-256 ${d.sha256}`, { width });
    doc.moveDown(0.4);
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const label = l.page.replace('{page}', String(i + 1)).replace('{pages}', String(range.count));
    doc.fillColor(MUTED).font(regularName).fontSize(8);
    doc.text(
      `${template.letterhead.organisation}  ·  ${snapshot.reference}`,
      MARGIN.left,
      doc.page.height - 15 * MM,
      {
        width: width / 2,
        lineBreak: false,
      },
    );
    doc.text(label, MARGIN.left + width / 2, doc.page.height - 15 * MM, {
      width: width / 2,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
