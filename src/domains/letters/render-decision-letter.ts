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

const NBSP = '\u00a0';
/** `€ 1.234,00` with a non-breaking space after the euro sign. */
const euro = (cents: number): string => formatEuro(cents).replace(/^€\s/, `€${NBSP}`);
/** A long date whose parts never break over two lines. */
const longDate = (iso: string, lang: DecisionLetterData['language']): string =>
  formatLongDate(iso, lang).replace(/ /g, NBSP);

/** The values the placeholders of a template can use, formatted for the letter's language. */
export function letterValues(data: DecisionLetterData, template: LetterTemplate): Record<string, string> {
  const lang = data.language;
  const base: Record<string, string> = {
    reference: data.reference,
    title: data.applicationTitle,
    acronym: data.acronym ?? '',
    letterDate: longDate(data.dispatchDate, lang),
    decisionDate: longDate(data.decisionDate, lang),
    decisionNumber: data.decisionNumber,
    delegationReference: data.delegationReference ?? '',
    submissionDate: longDate(data.submissionDate, lang),
    callTitle: data.call.title,
    callYear: String(data.call.year),
    programmeName: data.programme.name,
    coordinatorName: data.addressee.name,
    contactPerson: data.addressee.contactPerson,
    granted: euro(data.grantedCents),
    requested: euro(data.requestedCents),
    eligibleCosts: euro(data.eligibleCostsCents),
    fundingRate: formatPercent(data.fundingRatePct, lang).replace(' ', NBSP),
    maxFundingRate: formatPercent(data.maxFundingRatePct, lang).replace(' ', NBSP),
    projectStart: longDate(data.project.startDate, lang),
    projectEnd: longDate(data.project.endDate, lang),
    score: data.evaluation ? formatScore(data.evaluation.score, lang) : '',
    meanScore: data.evaluation?.consensus ? formatScore(data.evaluation.consensus.meanScore, lang) : '',
    panelMembers: data.evaluation?.consensus?.panelMembers.join(', ') ?? '',
    panelDate: data.evaluation?.consensus ? longDate(data.evaluation.consensus.panelDate, lang) : '',
    consensusJustification: data.evaluation?.consensus?.justification ?? '',
    rank: data.evaluation?.rank === undefined ? '' : String(data.evaluation.rank),
    motivation: data.motivation,
    derogationReason: data.derogationReason ?? '',
    advancePct: data.payment ? formatPercent(data.payment.advancePct, lang).replace(' ', NBSP) : '',
    advance: data.payment ? euro(data.payment.advanceCents) : '',
    balance: data.payment ? euro(data.payment.balanceCents) : euro(data.grantedCents),
    eligibleCategories: data.conditions?.eligibleCategories.join(', ') ?? '',
    reportDeadline: data.conditions ? longDate(data.conditions.reportDeadline, lang) : '',
    paymentTermDays: String(data.conditions?.paymentTermDays ?? ''),
    iban: data.conditions?.iban ?? template.approved.ibanMissing,
    deMinimisRegulation: data.deMinimis?.regulationTitle ?? '',
    deMinimisOj: data.deMinimis?.ojReference ?? '',
    deMinimisCeilingText: !data.deMinimis
      ? ''
      : data.deMinimis.ceilingCents === 20_000_000
        ? template.common.deMinimisCeiling1407
        : template.common.deMinimisCeiling2831,
    decisionId: data.decisionId,
    originalSha256: data.original?.sha256 ?? '',
    originalVersion: String(data.original?.version ?? ''),
    // The decision on the final grant (empty for the other letters).
    finalGrant: data.finalGrant ? euro(data.finalGrant.finalGrantCents) : '',
    originalDecisionNumber: data.finalGrant?.original.decisionNumber ?? '',
    originalDecisionDate: data.finalGrant ? longDate(data.finalGrant.original.decisionDate, lang) : '',
    reportSubmittedOn: data.finalGrant ? longDate(data.finalGrant.reportSubmittedOn, lang) : '',
    acceptedEligibleCosts: data.finalGrant ? euro(data.finalGrant.acceptedEligibleCostsCents) : '',
    reduction: data.finalGrant ? euro(data.finalGrant.grantedCents - data.finalGrant.finalGrantCents) : '',
    recovery: data.finalGrant ? euro(data.finalGrant.recoveryCents) : '',
  };
  if (data.finalGrant) {
    base.paymentTermDays = String(data.finalGrant.paymentTermDays);
    base.iban = data.finalGrant.iban ?? template.approved.ibanMissing;
  }
  // Composite phrases are templates too; filled from the plain values (one pass each, never re-read).
  const c = template.common;
  return {
    ...base,
    rankText: data.evaluation?.rank === undefined ? '' : fillPlaceholders(c.rankText, base),
    thresholdText: !data.evaluation ? '' : data.evaluation.thresholdMet ? c.thresholdMet : c.thresholdNotMet,
    acronymText: data.acronym ? fillPlaceholders(c.acronymText, base) : '',
    decidedBy: fillPlaceholders(
      data.decidingBody === 'delegated_official' ? c.decidedByDelegate : c.decidedByDeputation,
      base,
    ),
    settlementText: fillPlaceholders(
      data.conditions?.settlement === 'rate_cap'
        ? template.approved.settlementRateCap
        : template.approved.settlementProportional,
      base,
    ),
    finalSettlementText: !data.finalGrant
      ? ''
      : fillPlaceholders(
          data.finalGrant.settlement === 'rate_cap'
            ? template.finalGrant.settlementRateCap
            : template.finalGrant.settlementProportional,
          base,
        ),
    finalPaymentText: !data.finalGrant
      ? ''
      : fillPlaceholders(
          data.finalGrant.recoveryCents > 0 ? template.finalGrant.recovery : template.finalGrant.balance,
          base,
        ),
  };
}

function formatScore(score: number, lang: DecisionLetterData['language']): string {
  const text = String(Math.round(score * 100) / 100);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/** The printed sentence of each refusal ground, with its figures. */
export function groundSentences(data: DecisionLetterData, template: LetterTemplate): string[] {
  const lang = data.language;
  return data.refusalGrounds.map((g) => {
    const values: Record<string, string> = {
      criterionLabel: g.type === 'below_threshold' ? g.criterion : '',
      groundScore: g.type === 'below_threshold' ? formatScore(g.score, lang) : '',
      groundThreshold: g.type === 'below_threshold' ? formatScore(g.threshold, lang) : '',
      groundBudget: g.type === 'below_funding_line' ? euro(g.budgetCents) : '',
      groundCommitted: g.type === 'below_funding_line' ? euro(g.committedAboveCents) : '',
      groundAvailable: g.type === 'below_funding_line' ? euro(g.availableCents) : '',
      groundRequested: g.type === 'below_funding_line' ? euro(g.requestedCents) : '',
      groundRule: g.type === 'ineligible' ? g.rule : '',
      groundText: g.type === 'other' ? g.text : '',
    };
    return fillPlaceholders(template.grounds[g.type], values);
  });
}

/**
 * Renders a decision letter as PDF/A-2b: A4, embedded Noto Sans, tagged with a real structure tree
 * (Document → H1 subject, Sect with H2 heading and P paragraphs, L/LI/LBody lists; letterhead, logo,
 * rules and the page footer as artifacts), with its language and metadata. The bytes depend only on
 * `data` and `template` (the creation date is the dispatch date and the document id derives from the
 * metadata), so rendering again gives the same SHA-256.
 */
export function renderDecisionLetter(data: DecisionLetterData, template: LetterTemplate): Promise<Buffer> {
  const values = letterValues(data, template);
  const fill = (text: string): string => fillPlaceholders(text, values);
  const outcome = data.finalGrant
    ? template.finalGrant
    : data.outcome === 'approved'
      ? template.approved
      : template.rejected;
  const date = new Date(`${data.dispatchDate}T12:00:00Z`);
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
    lang: data.language === 'nl' ? 'nl-BE' : 'en-GB',
    displayTitle: true,
    info: {
      Title: fill(template.labels.documentTitle),
      Author: template.letterhead.organisation,
      Subject: fill(outcome.subject),
      Keywords: `${data.reference}, ${data.decisionNumber}, ${data.decisionId}`,
      Creator: 'Subsidies — Province of Flemish Brabant',
      Producer: 'pdfkit',
      CreationDate: date,
      ModDate: date,
    },
  });
  doc.registerFont('bold', notoSansFont(700).forDocument() as unknown as string);
  escapeXmpInfo(doc);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const artifact = (draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void => {
    doc.markContent('Artifact', { type });
    draw();
    doc.endMarkedContent();
  };

  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const colour = template.letterhead.colour;

  // Letterhead, top left: the logo and the sender (decoration: artifacts; the sender is also in the footer).
  const sender = doc.struct('Div');
  root.add(sender);
  artifact(() => drawLogo(doc, MARGIN.left, MARGIN.top, colour));
  const senderX = MARGIN.left + 44;
  doc
    .fillColor(colour)
    .font('bold')
    .fontSize(13)
    .text(template.letterhead.organisation, senderX, MARGIN.top + 2, {
      structParent: sender,
      structType: 'P',
    });
  doc.fillColor(MUTED).font(regularName).fontSize(8);
  doc.text(template.letterhead.department, senderX, doc.y + 1, {
    width: width * 0.6,
    structParent: sender,
    structType: 'P',
  });
  doc.text(
    [...template.letterhead.addressLines, ...template.letterhead.contactLines].join('  ·  '),
    senderX,
    doc.y,
    { width: width * 0.6, structParent: sender, structType: 'P' },
  );
  const letterheadBottom = Math.max(doc.y, MARGIN.top + 40) + 4;
  artifact(() =>
    doc
      .moveTo(MARGIN.left, letterheadBottom)
      .lineTo(MARGIN.left + width, letterheadBottom)
      .lineWidth(0.8)
      .strokeColor(colour)
      .stroke(),
  );

  // Addressee (left) and reference block (right), at the height of a window envelope.
  const blockTop = 52 * MM;
  const addressee = doc.struct('Div');
  root.add(addressee);
  doc
    .fillColor(TEXT_COLOUR)
    .font('bold')
    .fontSize(10)
    .text(data.addressee.name, MARGIN.left, blockTop, { width: width * 0.55, structParent: addressee });
  doc.font(regularName).text(`${template.labels.attention} ${data.addressee.contactPerson}`, {
    width: width * 0.55,
    structParent: addressee,
  });
  for (const line of data.addressee.addressLines) {
    doc.text(line, { width: width * 0.55, structParent: addressee });
  }
  const addresseeBottom = doc.y;

  const refX = MARGIN.left + width * 0.62;
  const refWidth = width * 0.38;
  let refY = blockTop;
  const refBlock = doc.struct('Div');
  root.add(refBlock);
  for (const [label, value] of [
    [template.labels.ourReference, data.reference],
    [template.labels.decisionNumber, data.decisionNumber],
    [template.labels.date, values.letterDate],
    [template.labels.contact, template.letterhead.contactPerson],
  ] as const) {
    doc
      .fillColor(MUTED)
      .font(regularName)
      .fontSize(7.5)
      .text(label.toUpperCase(), refX, refY, { width: refWidth, structParent: refBlock });
    doc
      .fillColor(TEXT_COLOUR)
      .fontSize(9.5)
      .text(value, refX, doc.y, { width: refWidth, structParent: refBlock });
    refY = doc.y + 4;
  }

  doc.x = MARGIN.left;
  doc.y = Math.max(addresseeBottom, refY) + 22;
  if (template.common.notice && data.kind === 'translation') {
    doc
      .fillColor(MUTED)
      .font(regularName)
      .fontSize(8.5)
      .text(fill(template.common.notice), MARGIN.left, doc.y, { width, structParent: root, structType: 'P' });
    doc.moveDown(0.8);
  }

  // Subject (the document's heading), salutation, introduction.
  doc.fillColor(TEXT_COLOUR).font('bold').fontSize(10.5);
  doc.text(`${template.labels.subject}: ${fill(outcome.subject)}`, MARGIN.left, doc.y, {
    width,
    structParent: root,
    structType: 'H1',
  });
  doc.moveDown(1);
  const paragraph = (text: string, parent: PDFKit.PDFStructureElement = root): void => {
    doc.fillColor(TEXT_COLOUR).font(regularName).fontSize(10).text(text, MARGIN.left, doc.y, {
      width,
      align: 'left',
      lineGap: 1.5,
      structParent: parent,
      structType: 'P',
    });
    doc.moveDown(0.5);
  };
  const list = (items: string[], parent: PDFKit.PDFStructureElement): void => {
    const l = doc.struct('L');
    parent.add(l);
    for (const item of items) {
      const li = doc.struct('LI');
      l.add(li);
      doc
        .fillColor(TEXT_COLOUR)
        .font(regularName)
        .fontSize(10)
        .text(`–${NBSP}${item}`, MARGIN.left + 10, doc.y, {
          width: width - 10,
          lineGap: 1.5,
          structParent: li,
          structType: 'LBody',
        });
      doc.moveDown(0.2);
    }
    doc.moveDown(0.3);
  };
  paragraph(fill(template.common.salutation));
  paragraph(fill(outcome.intro));

  // Numbered sections.
  let number = 0;
  const section = (
    title: string,
    paragraphs: string[],
    extra?: (sect: PDFKit.PDFStructureElement) => void,
  ) => {
    number += 1;
    const sect = doc.struct('Sect');
    root.add(sect);
    doc.moveDown(0.4);
    if (doc.y > doc.page.height - MARGIN.bottom - 60) doc.addPage();
    doc
      .fillColor(colour)
      .font('bold')
      .fontSize(10.5)
      .text(`${number}. ${title}`, MARGIN.left, doc.y, { width, structParent: sect, structType: 'H2' });
    doc.moveDown(0.3);
    for (const p of paragraphs) paragraph(fill(p), sect);
    extra?.(sect);
  };
  const c = template.common;
  // Without an evaluation result, the sentences that cite the score are left out.
  const cited = (paragraphs: string[]): string[] =>
    data.evaluation
      ? paragraphs
      : paragraphs.filter((p) => !/\{\{\s*(score|rankText|thresholdText)\s*\}\}/.test(p));
  const citations = data.legalBasis.map((l) =>
    fillPlaceholders(c.citation, {
      instrument: l.instrument,
      citationDate: longDate(l.date, data.language),
      article: l.article,
      citationTitle: l.title,
    }),
  );
  section(c.legalBasisTitle, [], (sect) => list([...c.legalBasis.map(fill), ...citations], sect));
  if (data.finalGrant) {
    // The decision on the final grant: the original decision and the final report are its facts.
    section(c.factsTitle, template.finalGrant.facts);
    section(template.finalGrant.decisionTitle, template.finalGrant.decision);
  } else
    section(c.factsTitle, cited(c.facts), (sect) => {
      const evaluation = data.evaluation;
      if (!evaluation) return;
      if (evaluation.criteria.length > 0) {
        paragraph(c.criteriaIntro, sect);
        list(
          evaluation.criteria.map((k) =>
            fillPlaceholders(c.criterion, {
              criterionLabel: k.label,
              criterionMean: formatScore(k.mean, data.language),
              criterionMax: String(k.maxScore),
              criterionThresholdText:
                k.threshold === undefined
                  ? ''
                  : fillPlaceholders(c.criterionThreshold, {
                      criterionThreshold: formatScore(k.threshold, data.language),
                    }),
            }),
          ),
          sect,
        );
      }
      if (evaluation.consensus) paragraph(fill(c.consensus), sect);
    });
  if (!data.finalGrant) {
    section(outcome.decisionTitle, outcome.decision, (sect) => {
      if (data.outcome === 'rejected' && data.refusalGrounds.length > 0) {
        paragraph(`${template.groundTitle}:`, sect);
        list(groundSentences(data, template), sect);
      }
      if (data.derogationReason) paragraph(fill(c.derogation), sect);
    });
  }
  if (data.outcome === 'approved' && !data.finalGrant) {
    const conditions = template.approved.conditions.filter(
      (p) => data.payment || !/\{\{\s*(advance|advancePct)\s*\}\}/.test(p),
    );
    section(template.approved.conditionsTitle, [], (sect) => list(conditions.map(fill), sect));
    if (data.deMinimis) section(c.deMinimisTitle, c.deMinimis);
  }
  section(c.privacyTitle, c.privacy);
  section(c.appealTitle, c.appeal);

  // Signature block.
  doc.moveDown(1);
  if (doc.y > doc.page.height - MARGIN.bottom - 90) doc.addPage();
  const signature = doc.struct('Div');
  root.add(signature);
  paragraph(fill(c.closing), signature);
  paragraph(
    data.decidingBody === 'delegated_official' ? c.signatureIntroDelegate : c.signatureIntroDeputation,
    signature,
  );
  doc.moveDown(1.8);
  const signY = doc.y;
  data.signatories.forEach((s, i) => {
    const x = MARGIN.left + i * (width / 2);
    doc
      .fillColor(TEXT_COLOUR)
      .font('bold')
      .fontSize(10)
      .text(s.name, x, signY, { width: width / 2 - 8, structParent: signature });
    doc.font(regularName).text(s.function, x, doc.y, { width: width / 2 - 8, structParent: signature });
  });
  doc.x = MARGIN.left;
  doc
    .fillColor(MUTED)
    .fontSize(7.5)
    .moveDown(1)
    .text(fill(c.decisionIdText), MARGIN.left, doc.y, { width, structParent: signature });

  // The de minimis notice: an annex per partner undertaking that receives aid.
  data.deMinimis?.partners.forEach((partner, i) => {
    doc.addPage();
    const annex = doc.struct('Sect');
    root.add(annex);
    const partnerValues = {
      ...values,
      annexNumber: String(i + 1),
      partnerName: partner.name,
      partnerNumber: partner.enterpriseNumber,
      partnerAmount: euro(partner.amountCents),
    };
    doc
      .fillColor(colour)
      .font('bold')
      .fontSize(10.5)
      .text(fillPlaceholders(c.annexTitle, partnerValues), MARGIN.left, MARGIN.top, {
        width,
        structParent: annex,
        structType: 'H2',
      });
    doc.moveDown(0.5);
    for (const p of c.annex) paragraph(fillPlaceholders(p, partnerValues), annex);
  });

  // Page numbers on every page, in the bottom margin: pagination artifacts.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const label = fillPlaceholders(template.labels.page, { page: String(i + 1), pages: String(range.count) });
    artifact(() => {
      doc.fillColor(MUTED).font(regularName).fontSize(8);
      doc.text(
        `${template.letterhead.organisation}  ·  ${data.reference}`,
        MARGIN.left,
        doc.page.height - 15 * MM,
        { width: width / 2, lineBreak: false },
      );
      doc.text(label, MARGIN.left + width / 2, doc.page.height - 15 * MM, {
        width: width / 2,
        align: 'right',
        lineBreak: false,
      });
    }, 'Pagination');
    doc.page.margins.bottom = bottom;
  }
  // The Info dictionary's ModDate has its XMP twin (PDF/A: the two must agree); pdfkit writes CreateDate only.
  const moment = `${date.toISOString().split('.')[0]}Z`;
  doc.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${moment}</xmp:ModifyDate>
            <xmp:MetadataDate>${moment}</xmp:MetadataDate>
        </rdf:Description>
        `);
  root.end();
  doc.end();
  return done;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * pdfkit copies the Info strings into the XMP metadata as they are: a title such as "R&D <AI>" (user
 * text, in the subject) would make the XMP invalid XML, and the PDF no longer PDF/A. The Info dictionary
 * is written before the XMP, so the strings are escaped for the XMP only, then restored.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const target = doc as unknown as { _addInfo: () => void; info: Record<string, unknown> };
  const addInfo = target._addInfo.bind(doc);
  target._addInfo = () => {
    const original = { ...target.info };
    for (const [key, value] of Object.entries(original)) {
      if (typeof value === 'string') target.info[key] = value.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);
    }
    try {
      addInfo();
    } finally {
      Object.assign(target.info, original);
    }
  };
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
