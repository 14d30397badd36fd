/**
 * The legal basis of a programme as structured citations (issue #17, point 9): instrument, date, title
 * and article, in Dutch and English, including the deputation's competence and the budget credit.
 * A decision stores them as they stood at decision time; its letter prints them ("Gelet op …").
 * Pure: no database.
 */
export const LEGAL_CITATION_KINDS = ['regulation', 'competence', 'budget', 'other'] as const;
export type LegalCitationKind = (typeof LEGAL_CITATION_KINDS)[number];

export interface LegalCitationText {
  nl: string;
  en: string;
}

export interface ProgrammeLegalCitation {
  kind: LegalCitationKind;
  /** The instrument, e.g. "het Provinciedecreet" / "the Provincial Decree". */
  instrument: LegalCitationText;
  /** `YYYY-MM-DD`: the date of the instrument. */
  date: string;
  /** Its title, e.g. "houdende de organisatie van de provincies". */
  title: LegalCitationText;
  /** The article(s) relied on, e.g. "art. 57, § 3". */
  article: string;
}

/**
 * The citations of the innovation subsidy when a programme is created without its own. **Demo values**:
 * the regulation's date is the one the programme has always cited; its articles, the competence article
 * and the budget key must be checked against the province's own acts before production use
 * (`legalCitations` on `POST /api/programmes`).
 */
export const DEFAULT_LEGAL_CITATIONS: readonly ProgrammeLegalCitation[] = Object.freeze([
  {
    kind: 'competence',
    instrument: { nl: 'het Provinciedecreet', en: 'the Provincial Decree' },
    date: '2005-12-09',
    title: { nl: 'Provinciedecreet', en: 'Provincial Decree' },
    article: 'art. 57, § 3',
  },
  {
    kind: 'regulation',
    instrument: {
      nl: 'het reglement van de provincieraad',
      en: 'the regulation of the provincial council',
    },
    date: '2017-05-16',
    title: {
      nl: 'Reglement Innovatiesubsidie Vlaams-Brabant',
      en: 'Regulation on the Flemish Brabant Innovation Subsidy',
    },
    article: 'art. 2 tot en met 9',
  },
  {
    kind: 'budget',
    instrument: { nl: 'het meerjarenplan van de provincie', en: 'the multi-annual plan of the province' },
    date: '2025-12-11',
    title: {
      nl: 'Meerjarenplan 2026–2031, kredietbeheer Economie (demo)',
      en: 'Multi-annual plan 2026–2031, credit Economy (demo)',
    },
    article: 'budgetsleutel 64900000/0500',
  },
]);

/** A citation as it reads in a letter: "het Provinciedecreet van 9 december 2005, art. 57, § 3 (Provinciedecreet)". */
export function isValidCitation(c: Partial<ProgrammeLegalCitation>): boolean {
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  return (
    LEGAL_CITATION_KINDS.includes(c.kind as LegalCitationKind) &&
    text(c.instrument?.nl) &&
    text(c.instrument?.en) &&
    text(c.title?.nl) &&
    text(c.title?.en) &&
    text(c.article) &&
    /^\d{4}-\d{2}-\d{2}$/.test(c.date ?? '')
  );
}
