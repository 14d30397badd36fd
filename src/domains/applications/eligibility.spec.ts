import { describe, expect, it } from '@jest/globals';
import { resolveProgrammeRules } from '../programmes/programme-rules.js';
import {
  computeFigures,
  distinctUndertakings,
  eligibleCostsByOrganisation,
  type EligibilityInput,
  evaluateEligibility,
  isSmeForRate,
  type OrganisationFacts,
  type PartnerInput,
} from './eligibility.js';

const rules = resolveProgrammeRules();
const orgs = new Map<string, OrganisationFacts>([
  ['sme', { kind: 'sme' }],
  ['uni', { kind: 'knowledge_institution' }],
  ['big', { kind: 'large_enterprise' }],
]);

const euro = (e: number) => e * 100;

function consortium(
  a: string,
  b: string,
  costsA = [{ category: 'staff', amountCents: euro(120_000) }],
  costsB = [{ category: 'operating', amountCents: euro(60_000) }],
): PartnerInput[] {
  return [
    { organisationId: a, role: 'coordinator', costs: costsA },
    { organisationId: b, role: 'partner', costs: costsB },
  ];
}

function input(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    rules,
    partners: consortium('sme', 'uni'),
    requestedCents: euro(90_000),
    organisationsById: orgs,
    cluster: 'health',
    startDate: '2027-01-01',
    endDate: '2028-12-31',
    ...overrides,
  };
}

const rulesOf = (i: EligibilityInput) => evaluateEligibility(i).violations.map((v) => v.rule);

describe('computeFigures', () => {
  it('caps at 50 % of eligible costs when an SME takes part', () => {
    expect(computeFigures(rules, consortium('sme', 'uni'), euro(90_000), orgs)).toEqual({
      totalCostsCents: euro(180_000),
      eligibleCostsCents: euro(180_000),
      maxFundingRatePct: 50,
      maxGrantCents: euro(90_000),
      requestedCents: euro(90_000),
    });
  });

  it('holds a consortium without an SME to 40 %', () => {
    const f = computeFigures(rules, consortium('big', 'uni'), euro(1), orgs);
    expect(f.maxFundingRatePct).toBe(40);
    expect(f.maxGrantCents).toBe(euro(72_000));
  });

  it('never exceeds the € 150.000 cap', () => {
    const big = consortium('sme', 'uni', [{ category: 'staff', amountCents: euro(1_000_000) }]);
    expect(computeFigures(rules, big, 0, orgs).maxGrantCents).toBe(euro(150_000));
  });

  it('leaves investment costs out of the eligible costs but counts them in the total', () => {
    const f = computeFigures(
      rules,
      consortium('sme', 'uni', [
        { category: 'staff', amountCents: euro(100_000) },
        { category: 'investment', amountCents: euro(50_000) },
      ]),
      0,
      orgs,
    );
    expect(f.totalCostsCents).toBe(euro(210_000));
    expect(f.eligibleCostsCents).toBe(euro(160_000));
    expect(f.maxGrantCents).toBe(euro(80_000));
  });

  it('rounds the rate down to the cent', () => {
    const odd = consortium('sme', 'uni', [{ category: 'staff', amountCents: 333 }], []);
    expect(computeFigures(rules, odd, 0, orgs).maxGrantCents).toBe(166);
  });

  it('gives eligible costs per organisation for splitting a grant', () => {
    const parts = consortium('sme', 'uni', [
      { category: 'staff', amountCents: 1_000 },
      { category: 'investment', amountCents: 5_000 },
    ]);
    expect(Object.fromEntries(eligibleCostsByOrganisation(rules, parts))).toEqual({
      sme: 1_000,
      uni: euro(60_000),
    });
  });
});

describe('evaluateEligibility', () => {
  it('accepts an eligible project', () => {
    expect(evaluateEligibility(input())).toEqual({ ok: true, violations: [] });
  });

  it('rejects a request above the € 150.000 cap with the max_grant rule', () => {
    const big = consortium('sme', 'uni', [{ category: 'staff', amountCents: euro(400_000) }]);
    const verdict = evaluateEligibility(input({ partners: big, requestedCents: euro(160_000) }));
    expect(verdict.ok).toBe(false);
    expect(verdict.violations).toEqual([
      { rule: 'max_grant', message: expect.stringContaining('€ 150.000,00') },
    ]);
  });

  it('rejects a request above 50 % of eligible costs', () => {
    expect(rulesOf(input({ requestedCents: euro(100_000) }))).toEqual(['max_funding_rate']);
    expect(rulesOf(input({ requestedCents: euro(90_000) }))).toEqual([]);
    expect(rulesOf(input({ requestedCents: euro(90_000) + 1 }))).toEqual(['max_funding_rate']);
  });

  it('holds a consortium without an SME to 40 % and says why', () => {
    const verdict = evaluateEligibility(
      input({ partners: consortium('big', 'uni'), requestedCents: euro(80_000) }),
    );
    expect(verdict.violations).toEqual([
      { rule: 'max_funding_rate', message: expect.stringContaining('40 % (no SME takes part)') },
    ]);
  });

  it('needs at least two distinct organisations and exactly one coordinator', () => {
    const alone: PartnerInput[] = [{ organisationId: 'sme', role: 'coordinator', costs: [] }];
    expect(rulesOf(input({ partners: alone, requestedCents: 0 }))).toEqual(
      expect.arrayContaining(['min_partners']),
    );
    const twice = consortium('sme', 'sme');
    expect(rulesOf(input({ partners: twice }))).toEqual(['min_partners', 'distinct_partners']);
    const twoCoordinators = consortium('sme', 'uni').map((p) => ({ ...p, role: 'coordinator' as const }));
    expect(rulesOf(input({ partners: twoCoordinators }))).toEqual(['one_coordinator']);
    const noCoordinator = consortium('sme', 'uni').map((p) => ({ ...p, role: 'partner' as const }));
    expect(rulesOf(input({ partners: noCoordinator }))).toEqual(['one_coordinator']);
  });

  it('respects a programme that asks for more partners', () => {
    expect(rulesOf(input({ rules: resolveProgrammeRules({ minPartners: 3 }) }))).toEqual(['min_partners']);
  });

  it('needs a cluster of the programme', () => {
    expect(rulesOf(input({ cluster: 'space' }))).toEqual(['cluster']);
    expect(rulesOf(input({ cluster: 'sports_tech' }))).toEqual([]);
  });

  it('names unknown cost categories', () => {
    const odd = consortium('sme', 'uni', [
      { category: 'staff', amountCents: euro(180_000) },
      { category: 'lunch', amountCents: 1 },
    ]);
    expect(rulesOf(input({ partners: odd }))).toEqual(['cost_categories']);
  });

  it('needs a positive request and an end after the start', () => {
    expect(rulesOf(input({ requestedCents: 0 }))).toEqual(['requested_positive']);
    expect(rulesOf(input({ startDate: '2027-01-01', endDate: '2027-01-01' }))).toEqual(['project_dates']);
    expect(rulesOf(input({ startDate: '2027-02-01', endDate: '2027-01-01' }))).toEqual(['project_dates']);
  });

  it('checks that the call is open only when given the window', () => {
    const window = { opensAt: new Date('2026-01-15T00:00:00Z'), closesAt: new Date('2026-10-15T21:59:59Z') };
    expect(rulesOf(input({ callWindow: { ...window, now: new Date('2026-06-01T00:00:00Z') } }))).toEqual([]);
    expect(rulesOf(input({ callWindow: { ...window, now: new Date('2026-10-15T22:00:00Z') } }))).toEqual([
      'call_open',
    ]);
    expect(rulesOf(input({ callWindow: { ...window, now: new Date('2026-01-01T00:00:00Z') } }))).toEqual([
      'call_open',
    ]);
  });

  it('lists every violation at once', () => {
    const verdict = evaluateEligibility(
      input({
        partners: [
          { organisationId: 'big', role: 'partner', costs: [{ category: 'investment', amountCents: 1 }] },
        ],
        requestedCents: euro(200_000),
        cluster: 'none',
        endDate: '2026-01-01',
      }),
    );
    expect(verdict.violations.map((v) => v.rule)).toEqual([
      'min_partners',
      'one_coordinator',
      'cluster',
      'max_grant',
      'max_funding_rate',
      'project_dates',
    ]);
    for (const v of verdict.violations) expect(v.message.length).toBeGreaterThan(10);
  });
});

describe('required documents', () => {
  const withAnnexes = resolveProgrammeRules({
    requiredDocuments: [
      { kind: 'partnership_agreement', label: 'Samenwerkingsovereenkomst' },
      { kind: 'cost_substantiation', label: 'Kostenonderbouwing', perPartner: true },
    ],
  });
  const doc = (kind: string, organisationId: string | null = null, scanStatus = 'clean' as const) => ({
    kind,
    organisationId,
    scanStatus,
  });

  it('skips the document rules when no documents are given (the calculator)', () => {
    expect(rulesOf(input({ rules: withAnnexes }))).toEqual([]);
  });

  it('names every missing annex, and the partners that lack theirs', () => {
    const verdict = evaluateEligibility(
      input({ rules: withAnnexes, documents: [doc('cost_substantiation', 'sme')] }),
    );
    expect(verdict.violations).toEqual([
      {
        rule: 'required_documents',
        message:
          'Required annexes are missing: Samenwerkingsovereenkomst (partnership_agreement); ' +
          'Kostenonderbouwing (cost_substantiation) for organisation(s) uni',
      },
    ]);
  });

  it('holds when every annex is there, scanned or unscanned', () => {
    const documents = [
      doc('partnership_agreement'),
      doc('cost_substantiation', 'sme'),
      { ...doc('cost_substantiation', 'uni'), scanStatus: 'unscanned' as const },
    ];
    expect(rulesOf(input({ rules: withAnnexes, documents }))).toEqual([]);
  });

  it('does not count a document still being scanned, and holds the submission until it is', () => {
    const documents = [
      doc('partnership_agreement'),
      doc('cost_substantiation', 'sme'),
      { ...doc('cost_substantiation', 'uni'), scanStatus: 'pending' as const },
    ];
    expect(rulesOf(input({ rules: withAnnexes, documents }))).toEqual([
      'required_documents',
      'documents_scanned',
    ]);
    expect(rulesOf(input({ documents: [{ ...doc('annex'), scanStatus: 'pending' }] }))).toEqual([
      'documents_scanned',
    ]);
  });
});

describe('the SME rate and min_partners follow the single undertaking (issue #18, item 6)', () => {
  const linked = new Map<string, OrganisationFacts>([
    ...orgs,
    ['sme-of-group', { kind: 'sme', linkedToLargeEnterprise: true, undertaking: 'group' }],
    ['sister', { kind: 'sme', undertaking: 'group' }],
  ]);

  it('is no SME for the rate when a large enterprise is linked to it', () => {
    expect(isSmeForRate(linked.get('sme'))).toBe(true);
    expect(isSmeForRate(linked.get('sme-of-group'))).toBe(false);
    expect(computeFigures(rules, consortium('sme-of-group', 'uni'), 0, linked).maxFundingRatePct).toBe(40);
    const verdict = evaluateEligibility(
      input({
        partners: consortium('sme-of-group', 'uni'),
        requestedCents: euro(80_000),
        organisationsById: linked,
      }),
    );
    expect(verdict.violations.map((v) => v.rule)).toEqual(['max_funding_rate']);
    expect(verdict.violations[0].message).toContain('linked to a large enterprise');
  });

  it('counts two organisations of one single undertaking as one partner', () => {
    expect(distinctUndertakings(consortium('sme-of-group', 'sister'), linked)).toBe(1);
    expect(distinctUndertakings(consortium('sme', 'uni'), linked)).toBe(2);
    expect(
      rulesOf(
        input({
          partners: consortium('sme-of-group', 'sister'),
          requestedCents: euro(1),
          organisationsById: linked,
        }),
      ),
    ).toEqual(['min_partners']);
  });
});
