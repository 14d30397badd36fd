import { describe, expect, it } from '@jest/globals';
import { PDFParse } from 'pdf-parse';
import type { DecisionLetterData } from './decision-letter-data.js';
import { sha256Hex } from './decision-letter.store.js';
import { formatLongDate, formatPercent } from './format.js';
import { fillPlaceholders, LetterTemplates } from './letter-template.js';
import { renderDecisionLetter } from './render-decision-letter.js';
import { sampleApproval, sampleFinalGrant } from './sample-letter-data.js';

const templates = new LetterTemplates();

/** The letter's text with whitespace runs collapsed, and its metadata. */
async function render(
  data: DecisionLetterData,
): Promise<{ pdf: Buffer; text: string; info: Record<string, unknown>; pages: number }> {
  const { template } = await templates.load(data.language);
  const pdf = await renderDecisionLetter(data, template);
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    const info = await parser.getInfo();
    return { pdf, text, info: (info.info ?? {}) as Record<string, unknown>, pages: info.total };
  } finally {
    await parser.destroy();
  }
}

const rejection = (overrides: Partial<DecisionLetterData> = {}): DecisionLetterData =>
  sampleApproval({
    outcome: 'rejected',
    grantedCents: 0,
    fundingRatePct: 0,
    payment: undefined,
    deMinimis: undefined,
    evaluation: { score: 48.25, thresholdMet: false, criteria: [] },
    motivation:
      'De aanvraag haalt de minimumscore voor het criterium samenwerking niet (4 op 10, drempel 6).',
    refusalGrounds: [{ type: 'below_threshold', criterion: 'Samenwerking', score: 4, threshold: 6 }],
    conditions: undefined,
    ...overrides,
  });

describe('decision letter PDF', () => {
  it('states a Dutch approval with reference, amounts, funding rate, period, legal basis and the appeal clause', async () => {
    const { text, info, pages, pdf } = await render(sampleApproval());
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(text).toContain('Provincie Vlaams-Brabant');
    expect(text).toContain('IVB-2026-004');
    expect(text).toContain('22 november 2026');
    expect(text).toContain('Vitalis Diagnostics BV');
    expect(text).toContain('Kapeldreef 60');
    expect(text).toContain('Betreft: Toekenning van een subsidie');
    expect(text).toContain('een subsidie toegekend van € 150.000,00');
    // Who decided and when, quoted; the letter has its own dispatch date.
    expect(text).toContain(
      'De deputatie van de provincie Vlaams-Brabant besliste in zitting van 19 november 2026 (besluit nr. 2026/00042)',
    );
    // Structured citations with article and title.
    expect(text).toContain('Gelet op het Provinciedecreet van 9 december 2005, art. 57, § 3');
    expect(text).not.toMatch(/Gelet op Reglement/);
    // Conditions from the rules; the acceptance is asked for.
    expect(text).toContain('personeelskosten, werkingskosten, onderaanneming');
    expect(text).toContain('evenredige afrekening');
    expect(text).toContain('BE68 5390 0754 7034');
    expect(text).toContain('pas na die aanvaarding betaald');
    // The de minimis notice: one annex per partner with the amount, the full title and the OJ reference.
    expect(text).toContain('Bijlage 1 – Kennisgeving van de-minimissteun aan Vitalis Diagnostics BV (demo)');
    expect(text).toContain('Bijlage 2 – Kennisgeving van de-minimissteun aan Sensilab NV (demo)');
    expect(text).toContain('bruto-subsidie-equivalent): € 90.000,00');
    expect(text).toContain('bruto-subsidie-equivalent): € 60.000,00');
    expect(text).toContain('betreffende de toepassing van de artikelen 107 en 108 van het Verdrag');
    expect(text).toContain('PB L, 2023/2831, 15.12.2023');
    expect(text).toContain('€ 300.000 over een periode van drie jaar');
    // Privacy notice.
    expect(text).toContain('artikel 6, lid 1, e)');
    expect(text).toContain('Vlaamse Toezichtcommissie');
    // The score sentence once.
    expect(text.split('gewogen score').length - 1).toBe(1);
    expect(text).toContain('50 % van de subsidiabele kosten van € 300.000,00');
    expect(text).toContain('van 1 januari 2027 tot en met 31 december 2028');
    expect(text).toContain('wet van 29 juli 1991 betreffende de uitdrukkelijke motivering');
    expect(text).toContain('Reglement Innovatiesubsidie Vlaams-Brabant');
    expect(text).toContain('score van 84,5/100 en staat op plaats 2');
    expect(text).toContain('Een voorschot van 50 % (€ 75.000,00)');
    expect(text).toContain('Verordening (EU) 2023/2831');
    expect(text).toContain('beroep tot nietigverklaring instellen bij de Raad van State');
    expect(text).toContain('binnen een termijn van zestig (60) dagen na de kennisgeving');
    expect(text).toContain('Demi Voorbeeld');
    expect(text).toContain('Fictor Proef');
    expect(text).toContain('provinciegriffier');
    expect(text).toContain(`Pagina 1 van ${pages}`);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
    expect(info).toMatchObject({
      Title: 'Beslissing over de subsidieaanvraag IVB-2026-004',
      Author: 'Provincie Vlaams-Brabant',
    });
  });

  it('has a real structure tree: headings, paragraphs and lists; footer and decoration as artifacts', async () => {
    const { pdf } = await render(sampleApproval());
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    for (const type of ['Document', 'H1', 'H2', 'Sect', 'P', 'L', 'LI', 'LBody']) {
      expect(raw).toContain(`/S /${type}`);
    }
    // Artifacts (letterhead rule, logo, page footer) live in the compressed content streams.
  });

  it('is a PDF/A-2b document in Dutch with embedded fonts only', async () => {
    const { pdf } = await render(sampleApproval());
    const raw = pdf.toString('latin1');
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    // The XMP metadata carries the dates of the Info dictionary (the dispatch date, at noon UTC).
    expect(raw).toContain('<xmp:CreateDate>2026-11-22T12:00:00Z</xmp:CreateDate>');
    expect(raw).toContain('<xmp:ModifyDate>2026-11-22T12:00:00Z</xmp:ModifyDate>');
    const modDate = /\/ModDate (\d+) 0 R/.exec(raw)![1];
    expect(raw).toContain(`${modDate} 0 obj\n(D:20261122120000Z)`);
    expect(raw).toMatch(/\/Lang \(nl-BE\)/);
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('keeps the XMP metadata well-formed XML when the title holds & and <', async () => {
    const { pdf, text } = await render(sampleApproval({ applicationTitle: 'R&D <AI> voor "zorg"' }));
    const raw = pdf.toString('latin1');
    const xmp = raw.slice(raw.indexOf('<x:xmpmeta'), raw.indexOf('</x:xmpmeta>'));
    expect(xmp).toContain('R&amp;D &lt;AI&gt; voor &quot;zorg&quot;');
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
    expect(text).toContain('„R&D <AI> voor "zorg"”');
  });

  it('states the grounds and the evaluation result in a rejection, without amounts granted or de minimis', async () => {
    const { text } = await render(rejection());
    expect(text).toContain('Betreft: Weigering van een subsidie');
    expect(text).toContain('Er wordt geen subsidie toegekend voor de aanvraag IVB-2026-004');
    expect(text).toContain(
      'Gronden van de weigering: – De aanvraag haalt de minimumscore voor het criterium „Samenwerking” niet: 4 tegenover een drempel van 6.',
    );
    expect(text).toContain('score van 48,25/100; de aanvraag haalt de minimumscores niet');
    expect(text.split('gewogen score').length - 1).toBe(1);
    expect(text).toContain('binnen een termijn van zestig (60) dagen');
    expect(text).not.toContain('De-minimissteun');
    expect(text).not.toContain('voorschot');
  });

  it('leaves out the sentences citing the evaluation when there is no evaluation result', async () => {
    const approval = await render(sampleApproval({ evaluation: undefined }));
    expect(approval.text).not.toContain('gewogen score');
    expect(approval.text).toContain('De aanvrager vroeg een subsidie van € 150.000,00');
    const refusal = await render(rejection({ evaluation: undefined }));
    expect(refusal.text).not.toContain('gewogen score');
    expect(refusal.text).toContain('Gronden van de weigering:');
    expect(refusal.text).not.toContain('gemiddelde scores van de deskundigen');
  });

  it('leaves out the de minimis statement when it does not apply', async () => {
    const { text } = await render(sampleApproval({ deMinimis: undefined }));
    expect(text).not.toContain('de-minimissteun in de zin van');
  });

  it('writes the decision on a lowered final grant: its own number and date, the original it amends', async () => {
    const { text } = await render(sampleFinalGrant());
    expect(text).toContain('Betreft: Vaststelling van de definitieve subsidie – IVB-2026-004');
    expect(text).toContain(
      'De deputatie van de provincie Vlaams-Brabant besliste in zitting van 19 april 2029 (besluit nr. 2029/00317)',
    );
    expect(text).toContain('Bij besluit nr. 2026/00042 van 19 november 2026 kende de provincie');
    expect(text).toContain('De provincie aanvaardde daarin € 264.000,00 subsidiabele kosten');
    expect(text).toContain(
      'De subsidie wordt definitief vastgesteld op € 132.000,00 in plaats van € 150.000,00: € 18.000,00 minder.',
    );
    expect(text).toContain('evenredige afrekening');
    expect(text).toContain('binnen 30 dagen op rekening BE68 5390 0754 7034');
    expect(text).toContain('wijzigt besluit nr. 2026/00042 van 19 november 2026 alleen wat het bedrag');
    expect(text).toContain('Raad van State');
    // No conditions, no advance, no de minimis annex: those belong to the original decision.
    expect(text).not.toContain('Voorwaarden en betalingsschema');
    expect(text).not.toContain('Bijlage 1');
    const recovery = await render({
      ...sampleFinalGrant(),
      finalGrant: { ...sampleFinalGrant().finalGrant!, recoveryCents: 500_000 },
    });
    expect(recovery.text).toContain('Er werd € 5.000,00 meer betaald dan de definitieve subsidie');
  });

  it('prints the maximum rate, not the grant’s own rate, as the cap of a rate_cap settlement', async () => {
    const { text } = await render(
      sampleApproval({
        grantedCents: 11_250_000,
        fundingRatePct: 37.5,
        maxFundingRatePct: 50,
        conditions: { ...sampleApproval().conditions!, settlement: 'rate_cap' },
      }),
    );
    expect(text).toContain('37,5 % van de subsidiabele kosten');
    expect(text).toContain('beperkt tot 50 % van de aanvaarde kosten');
  });

  it('writes an English letter, marked as a courtesy translation, for an English application', async () => {
    const { text, pdf } = await render(
      sampleApproval({
        language: 'en',
        fundingRatePct: 37.5,
        grantedCents: 11_250_000,
        evaluation: { score: 71, thresholdMet: true, criteria: [] },
      }),
    );
    expect(text).toContain('Courtesy translation');
    expect(text).toContain('only the Dutch original');
    expect(text).toContain('legally binding');
    expect(text).toContain('Subject: Award of a grant');
    expect(text).toContain('22 November 2026');
    expect(text).toContain('A grant of € 112.500,00');
    expect(text).toContain('This is 37.5% of the eligible costs of € 300.000,00');
    expect(text).toContain('Council of State (Raad van State)');
    expect(text).toContain('within sixty (60) days of its notification');
    expect(text).toContain('Page 1 of');
    expect(text).not.toContain('Geachte');
    expect(pdf.toString('latin1')).toMatch(/\/Lang \(en-GB\)/);
  });

  it('renders the same bytes for the same data and template', async () => {
    const first = await render(sampleApproval());
    const second = await render(sampleApproval());
    expect(sha256Hex(second.pdf)).toBe(sha256Hex(first.pdf));
    const other = await render(sampleApproval({ dispatchDate: '2026-11-23' }));
    expect(sha256Hex(other.pdf)).not.toBe(sha256Hex(first.pdf));
  });

  it('renders the same bytes whatever the process rendered before (fonts are shared between letters)', async () => {
    const plain = sampleApproval({
      applicationTitle: 'Naïeve coöperatie ı',
      motivation: 'Officieel efficiënt.',
    });
    const before = (await render(plain)).pdf;
    // Decomposed accents and ligatures shape into glyphs that the plain letter also uses.
    await render(
      rejection({ applicationTitle: 'Nai\u0308eve coo\u0308peratie', motivation: 'ffi fl ı\u0308 e\u0301' }),
    );
    await render(sampleApproval({ language: 'en', applicationTitle: 'Coöperatie ﬁets i\u0307' }));
    expect(sha256Hex((await render(plain)).pdf)).toBe(sha256Hex(before));
  });

  it('keeps the text of decomposed accents (copy, search, screen readers)', async () => {
    const { text } = await render(sampleApproval({ applicationTitle: 'Nai\u0308eve coo\u0308peratie' }));
    expect(text.normalize('NFC')).toContain('Naïeve coöperatie');
  });

  it('prints user text literally: placeholders and markup in a title or motivation are not interpreted', async () => {
    const { text } = await render(
      sampleApproval({
        applicationTitle: 'Project {{reference}} <script>alert(1)</script> {{granted}}',
        motivation: 'Zie {{ motivation }} & {{unknown}} — 100% $1',
      }),
    );
    expect(text).toContain('Project {{reference}} <script>alert(1)</script> {{granted}}');
    expect(text).toContain('Motivering: Zie {{ motivation }} & {{unknown}} — 100% $1');
  });
});

describe('letter formatting', () => {
  it('writes dates out in Dutch and English', () => {
    expect(formatLongDate('2026-11-22', 'nl')).toBe('22 november 2026');
    expect(formatLongDate('2027-03-01', 'en')).toBe('1 March 2027');
    expect(() => formatLongDate('2026-13-01', 'nl')).toThrow(RangeError);
  });

  it('writes percentages as Belgians and the English do', () => {
    expect(formatPercent(50, 'nl')).toBe('50 %');
    expect(formatPercent(37.5, 'nl')).toBe('37,5 %');
    expect(formatPercent(37.5, 'en')).toBe('37.5%');
  });

  it('fills placeholders in one pass and refuses unknown ones', () => {
    expect(fillPlaceholders('{{a}}-{{b}}', { a: '{{b}}', b: 'x' })).toBe('{{b}}-x');
    expect(() => fillPlaceholders('{{nope}}', {})).toThrow('Unknown placeholder {{nope}}');
  });
});
