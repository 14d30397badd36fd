import PDFDocument from 'pdfkit';
import { formatEuro } from '../../kernel/money.js';
import type { DecisionLetterData } from './decision-letter-data.js';
import { notoSansFont } from './fonts.js';
import { formatLongDate, formatPercent } from './format.js';
import { fillPlaceholders, type LetterTemplate } from './letter-template.js';

const MM = 72 / 25.4;
const MARGIN = { top: 18 * MM, bottom: 25 * MM, left: 25 * MM, right: 20 * MM };
const TEXT_COLOUR = '#1a1a1a';
const MUTED = '#555555';

/** The values the placeholders of a template can use, formatted for the letter's language. */
export function letterValues(data: DecisionLetterData, template: LetterTemplate): Record<string, string> {
  const lang = data.language;
  const base: Record<string, string> = {
    reference: data.reference,
    title: data.applicationTitle,
    acronym: data.acronym ?? '',
    letterDate: formatLongDate(data.letterDate, lang),
    submissionDate: formatLongDate(data.submissionDate, lang),
    callTitle: data.call.title,
    callYear: String(data.call.year),
    programmeName: data.programme.name,
    legalBasis: data.programme.legalBasis,
    coordinatorName: data.addressee.name,
    contactPerson: data.addressee.contactPerson,
    granted: formatEuro(data.grantedCents),
    requested: formatEuro(data.requestedCents),
    eligibleCosts: formatEuro(data.eligibleCostsCents),
    fundingRate: formatPercent(data.fundingRatePct, lang),
    projectStart: formatLongDate(data.project.startDate, lang),
    projectEnd: formatLongDate(data.project.endDate, lang),
    score: data.evaluation ? formatScore(data.evaluation.score, lang) : '',
    rank: data.evaluation?.rank === undefined ? '' : String(data.evaluation.rank),
    motivation: data.motivation,
    advancePct: data.payment ? formatPercent(data.payment.advancePct, lang) : '',
    advance: data.payment ? formatEuro(data.payment.advanceCents) : '',
    balance: data.payment ? formatEuro(data.payment.balanceCents) : '',
    deMinimisRegulation: data.deMinimis?.regulation ?? '',
    decisionId: data.decisionId,
  };
  // Composite phrases are templates too; filled from the plain values (one pass each, never re-read).
  const c = template.common;
  return {
    ...base,
    rankText: data.evaluation?.rank === undefined ? '' : fillPlaceholders(c.rankText, base),
    thresholdText: !data.evaluation ? '' : data.evaluation.thresholdMet ? c.thresholdMet : c.thresholdNotMet,
    acronymText: data.acronym ? fillPlaceholders(c.acronymText, base) : '',
  };
}

function formatScore(score: number, lang: DecisionLetterData['language']): string {
  const text = String(Math.round(score * 10) / 10);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/**
 * Renders a decision letter as PDF/A-2b: A4, embedded Noto Sans, tagged, with its language and
 * metadata. The bytes depend only on `data` and `template` (the creation date is the letter date and
 * the document id derives from the metadata), so rendering again gives the same SHA-256.
 */
export function renderDecisionLetter(data: DecisionLetterData, template: LetterTemplate): Promise<Buffer> {
  const values = letterValues(data, template);
  const fill = (text: string): string => fillPlaceholders(text, values);
  const outcome = data.outcome === 'approved' ? template.approved : template.rejected;
  const date = new Date(`${data.letterDate}T12:00:00Z`);
  // Fonts parsed once per process, a view of them per document (see SharedFont); pdfkit takes a
  // fontkit font where its typings say string.
  const regular = notoSansFont(400).forDocument();
  // pdfkit files the default font under its PostScript name only: asked for under another name, it
  // would open the font again on every call before finding it is the same one.
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
    lang: data.language === 'nl' ? 'nl-BE' : 'en-GB',
    displayTitle: true,
    info: {
      Title: fill(template.labels.documentTitle),
      Author: template.letterhead.organisation,
      Subject: fill(outcome.subject),
      Keywords: `${data.reference}, ${data.decisionId}`,
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

  // Letterhead, top left: the logo and the sender.
  drawLogo(doc, MARGIN.left, MARGIN.top, colour);
  const senderX = MARGIN.left + 44;
  doc
    .fillColor(colour)
    .font('bold')
    .fontSize(13)
    .text(template.letterhead.organisation, senderX, MARGIN.top + 2);
  doc.fillColor(MUTED).font(regularName).fontSize(8);
  doc.text(template.letterhead.department, senderX, doc.y + 1, { width: width * 0.6 });
  doc.text(
    [...template.letterhead.addressLines, ...template.letterhead.contactLines].join('  ·  '),
    senderX,
    doc.y,
    {
      width: width * 0.6,
    },
  );
  const letterheadBottom = Math.max(doc.y, MARGIN.top + 40) + 4;
  doc
    .moveTo(MARGIN.left, letterheadBottom)
    .lineTo(MARGIN.left + width, letterheadBottom)
    .lineWidth(0.8)
    .strokeColor(colour)
    .stroke();

  // Addressee (left) and reference block (right), at the height of a window envelope.
  const blockTop = 52 * MM;
  doc
    .fillColor(TEXT_COLOUR)
    .font('bold')
    .fontSize(10)
    .text(data.addressee.name, MARGIN.left, blockTop, { width: width * 0.55 });
  doc
    .font(regularName)
    .text(`${template.labels.attention} ${data.addressee.contactPerson}`, { width: width * 0.55 });
  for (const line of data.addressee.addressLines) doc.text(line, { width: width * 0.55 });
  const addresseeBottom = doc.y;

  const refX = MARGIN.left + width * 0.62;
  const refWidth = width * 0.38;
  let refY = blockTop;
  for (const [label, value] of [
    [template.labels.ourReference, data.reference],
    [template.labels.date, values.letterDate],
    [
      template.labels.contact,
      template.letterhead.contactLines[1] ?? template.letterhead.contactLines[0] ?? '',
    ],
  ] as const) {
    doc
      .fillColor(MUTED)
      .font(regularName)
      .fontSize(7.5)
      .text(label.toUpperCase(), refX, refY, { width: refWidth });
    doc.fillColor(TEXT_COLOUR).fontSize(9.5).text(value, refX, doc.y, { width: refWidth });
    refY = doc.y + 4;
  }

  doc.x = MARGIN.left;
  doc.y = Math.max(addresseeBottom, refY) + 22;
  if (template.common.notice) {
    doc
      .fillColor(MUTED)
      .font(regularName)
      .fontSize(8.5)
      .text(template.common.notice, MARGIN.left, doc.y, { width });
    doc.moveDown(0.8);
  }

  // Subject, salutation, introduction.
  doc.fillColor(TEXT_COLOUR).font('bold').fontSize(10.5);
  doc.text(`${template.labels.subject}: ${fill(outcome.subject)}`, MARGIN.left, doc.y, { width });
  doc.moveDown(1);
  const paragraph = (text: string): void => {
    doc.fillColor(TEXT_COLOUR).font(regularName).fontSize(10).text(text, MARGIN.left, doc.y, {
      width,
      align: 'left',
      lineGap: 1.5,
    });
    doc.moveDown(0.5);
  };
  paragraph(fill(template.common.salutation));
  paragraph(fill(outcome.intro));

  // Numbered sections.
  let number = 0;
  const section = (title: string, paragraphs: string[]): void => {
    number += 1;
    doc.moveDown(0.4);
    if (doc.y > doc.page.height - MARGIN.bottom - 60) doc.addPage();
    doc
      .fillColor(colour)
      .font('bold')
      .fontSize(10.5)
      .text(`${number}. ${title}`, MARGIN.left, doc.y, { width });
    doc.moveDown(0.3);
    for (const p of paragraphs) paragraph(fill(p));
  };
  const c = template.common;
  // Without an evaluation result, the sentences that cite the score are left out.
  const cited = (paragraphs: string[]): string[] =>
    data.evaluation
      ? paragraphs
      : paragraphs.filter((p) => !/\{\{\s*(score|rankText|thresholdText)\s*\}\}/.test(p));
  section(c.legalBasisTitle, c.legalBasis);
  section(c.factsTitle, cited(c.facts));
  section(outcome.decisionTitle, cited(outcome.decision));
  if (data.outcome === 'approved') {
    const conditions = template.approved.conditions.filter(
      (p) => data.payment || !/\{\{\s*(advance|advancePct|balance)\s*\}\}/.test(p),
    );
    section(template.approved.conditionsTitle, conditions);
    if (data.deMinimis?.applies) section(c.deMinimisTitle, c.deMinimis);
  }
  section(c.appealTitle, c.appeal);

  // Signature block.
  doc.moveDown(1);
  if (doc.y > doc.page.height - MARGIN.bottom - 90) doc.addPage();
  paragraph(fill(c.closing));
  paragraph(fill(c.signatureIntro));
  doc.moveDown(1.8);
  doc
    .fillColor(TEXT_COLOUR)
    .font('bold')
    .fontSize(10)
    .text(data.signatory.name, MARGIN.left, doc.y, { width });
  doc.font(regularName).text(data.signatory.function, { width });
  doc.fillColor(MUTED).fontSize(7.5).moveDown(1).text(fill(c.decisionIdText), { width });

  // Page numbers on every page, in the bottom margin.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const label = fillPlaceholders(template.labels.page, { page: String(i + 1), pages: String(range.count) });
    doc.fillColor(MUTED).font(regularName).fontSize(8);
    doc.text(
      `${template.letterhead.organisation}  ·  ${data.reference}`,
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

/** The logo, drawn with vector shapes: a shield with three stripes. */
export function drawLogo(doc: PDFKit.PDFDocument, x: number, y: number, colour: string): void {
  doc.save();
  doc
    .moveTo(x, y)
    .lineTo(x + 34, y)
    .lineTo(x + 34, y + 24)
    .quadraticCurveTo(x + 34, y + 36, x + 17, y + 42)
    .quadraticCurveTo(x, y + 36, x, y + 24)
    .closePath()
    .fill(colour);
  doc.fillColor('#ffffff');
  for (let i = 0; i < 3; i++) doc.rect(x + 8 + i * 7, y + 7, 4, 22).fill();
  doc
    .fillColor('#f2c200')
    .circle(x + 17, y + 34, 3)
    .fill();
  doc.restore();
}
