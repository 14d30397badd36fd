import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LetterLanguage } from './decision-letter-data.js';

/** The wording of a decision letter in one language: `templates/decision-letter/<language>.json`. */
export interface LetterTemplate {
  /** Explicit version, raised by whoever changes the wording. */
  version: string;
  language: LetterLanguage;
  letterhead: {
    organisation: string;
    department: string;
    addressLines: string[];
    contactLines: string[];
    /** The contact person printed under "Contactpersoon" (a person, not an e-mail address). */
    contactPerson: string;
    /** `#rrggbb` */
    colour: string;
  };
  labels: Record<
    | 'ourReference'
    | 'date'
    | 'contact'
    | 'attention'
    | 'subject'
    | 'page'
    | 'documentTitle'
    | 'decisionNumber',
    string
  >;
  common: {
    /** A line printed above the letter (the English courtesy-translation notice). */
    notice?: string;
    salutation: string;
    legalBasisTitle: string;
    legalBasis: string[];
    /** One legal citation: `{{instrument}}`, `{{citationDate}}`, `{{article}}`, `{{citationTitle}}`. */
    citation: string;
    factsTitle: string;
    facts: string[];
    criteriaIntro: string;
    criterion: string;
    criterionThreshold: string;
    consensus: string;
    rankText: string;
    thresholdMet: string;
    thresholdNotMet: string;
    acronymText: string;
    derogation: string;
    decidedByDeputation: string;
    decidedByDelegate: string;
    deMinimisTitle: string;
    deMinimis: string[];
    deMinimisCeiling1407: string;
    deMinimisCeiling2831: string;
    annexTitle: string;
    annex: string[];
    privacyTitle: string;
    privacy: string[];
    appealTitle: string;
    appeal: string[];
    closing: string;
    signatureIntroDeputation: string;
    signatureIntroDelegate: string;
    decisionIdText: string;
  };
  groundTitle: string;
  grounds: Record<'below_threshold' | 'below_funding_line' | 'ineligible' | 'other', string>;
  approved: OutcomeTemplate & {
    conditionsTitle: string;
    conditions: string[];
    settlementProportional: string;
    settlementRateCap: string;
    ibanMissing: string;
  };
  rejected: OutcomeTemplate;
  /** The decision on the final grant (a grant lowered after the final report), which amends the original. */
  finalGrant: OutcomeTemplate & {
    facts: string[];
    settlementProportional: string;
    settlementRateCap: string;
    balance: string;
    recovery: string;
  };
}

export interface OutcomeTemplate {
  subject: string;
  intro: string;
  decisionTitle: string;
  decision: string[];
}

/** A template as loaded from disk, with the version stored next to every letter made with it. */
export interface LoadedTemplate {
  template: LetterTemplate;
  /** `<version>+sha256:<hash of the file>`: changes whenever the file changes, even if the version does not. */
  templateVersion: string;
  sha256: string;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/**
 * Replaces `{{name}}` placeholders in one pass. Substituted values are never scanned again, so text
 * from users (a title containing `{{reference}}`) appears literally. An unknown placeholder is a
 * mistake in the template and throws, naming it.
 */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(values, name)) {
      throw new Error(`Unknown placeholder {{${name}}} in the decision letter template`);
    }
    return values[name];
  });
}

/** Checks the shape of a parsed template, so a typo in a staff edit fails loudly, not in a letter. */
export function validateTemplate(value: unknown, file: string): LetterTemplate {
  const problems: string[] = [];
  const t = value as Partial<LetterTemplate> | null;
  const isText = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';
  const isTexts = (v: unknown): boolean => Array.isArray(v) && v.length > 0 && v.every(isText);
  if (!t || typeof t !== 'object') throw new Error(`${file}: not a JSON object`);
  if (!isText(t.version)) problems.push('version is missing');
  if (t.language !== 'nl' && t.language !== 'en') problems.push('language must be nl or en');
  const lh = t.letterhead;
  if (
    !lh ||
    !isText(lh.organisation) ||
    !isTexts(lh.addressLines) ||
    !isText(lh.contactPerson) ||
    !/^#[0-9a-fA-F]{6}$/.test(lh.colour ?? '')
  ) {
    problems.push('letterhead needs organisation, addressLines and a #rrggbb colour');
  }
  for (const key of [
    'ourReference',
    'date',
    'contact',
    'attention',
    'subject',
    'page',
    'documentTitle',
    'decisionNumber',
  ] as const) {
    if (!isText(t.labels?.[key])) problems.push(`labels.${key} is missing`);
  }
  const c = t.common;
  for (const key of [
    'salutation',
    'legalBasisTitle',
    'citation',
    'factsTitle',
    'criteriaIntro',
    'criterion',
    'criterionThreshold',
    'consensus',
    'rankText',
    'thresholdMet',
    'thresholdNotMet',
    'acronymText',
    'derogation',
    'decidedByDeputation',
    'decidedByDelegate',
    'deMinimisTitle',
    'deMinimisCeiling1407',
    'deMinimisCeiling2831',
    'annexTitle',
    'privacyTitle',
    'appealTitle',
    'closing',
    'signatureIntroDeputation',
    'signatureIntroDelegate',
    'decisionIdText',
  ] as const) {
    if (!isText(c?.[key])) problems.push(`common.${key} is missing`);
  }
  if (!isText(t.groundTitle)) problems.push('groundTitle is missing');
  for (const key of ['below_threshold', 'below_funding_line', 'ineligible', 'other'] as const) {
    if (!isText(t.grounds?.[key])) problems.push(`grounds.${key} is missing`);
  }
  for (const key of ['legalBasis', 'facts', 'deMinimis', 'annex', 'privacy', 'appeal'] as const) {
    if (!isTexts(c?.[key])) problems.push(`common.${key} must be a list of paragraphs`);
  }
  for (const outcome of ['approved', 'rejected'] as const) {
    const o = t[outcome];
    if (!o || !isText(o.subject) || !isText(o.intro) || !isText(o.decisionTitle) || !isTexts(o.decision)) {
      problems.push(`${outcome} needs subject, intro, decisionTitle and decision paragraphs`);
    }
  }
  if (
    !isText(t.approved?.conditionsTitle) ||
    !isTexts(t.approved?.conditions) ||
    !isText(t.approved?.settlementProportional) ||
    !isText(t.approved?.settlementRateCap) ||
    !isText(t.approved?.ibanMissing)
  ) {
    problems.push('approved needs conditionsTitle, conditions, settlement texts and ibanMissing');
  }
  const f = t.finalGrant;
  if (
    !f ||
    !isText(f.subject) ||
    !isText(f.intro) ||
    !isText(f.decisionTitle) ||
    !isTexts(f.decision) ||
    !isTexts(f.facts) ||
    !isText(f.settlementProportional) ||
    !isText(f.settlementRateCap) ||
    !isText(f.balance) ||
    !isText(f.recovery)
  ) {
    problems.push(
      'finalGrant needs subject, intro, decisionTitle, decision, facts, settlement, balance and recovery texts',
    );
  }
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
  return t as LetterTemplate;
}

/** The folder `templates/decision-letter`, found upwards from this file (works from src/ and dist/). */
export function defaultTemplateDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'templates', 'decision-letter');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return join(process.cwd(), 'templates', 'decision-letter');
}

/**
 * Loads the templates from disk at run time, so staff can change the wording without a release.
 * A template is read again when its file changes (modification time or size).
 */
export class LetterTemplates {
  private readonly cache = new Map<
    LetterLanguage,
    { mtimeMs: number; size: number; loaded: LoadedTemplate }
  >();

  constructor(private readonly dir: string = defaultTemplateDir()) {}

  async load(language: LetterLanguage): Promise<LoadedTemplate> {
    const file = join(this.dir, `${language}.json`);
    const info = await stat(file);
    const cached = this.cache.get(language);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.loaded;
    const bytes = await readFile(file);
    const template = validateTemplate(JSON.parse(bytes.toString('utf8')), file);
    if (template.language !== language) throw new Error(`${file}: language is ${template.language}`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const loaded = { template, sha256, templateVersion: `${template.version}+sha256:${sha256}` };
    this.cache.set(language, { mtimeMs: info.mtimeMs, size: info.size, loaded });
    return loaded;
  }
}
