import { DEFAULT_LEGAL_CITATIONS } from '../programmes/legal-basis.js';
import type { DecisionLetterData } from './decision-letter-data.js';
import { DE_MINIMIS_REGULATIONS } from './decision-letter-data.loader.js';

/** A realistic approval (demo data, fictitious names), for the docs images (`npm run docs:letter`) and the tests. */
export function sampleApproval(overrides: Partial<DecisionLetterData> = {}): DecisionLetterData {
  const language = overrides.language ?? 'nl';
  return {
    language,
    kind: language === 'nl' ? 'act' : 'translation',
    decisionId: '7f0c1c1e-4a4b-4d7e-9a51-2f5d8c0e6b11',
    applicationId: '0b9d6a52-3c7e-4f0e-8d0a-5e2b7c9f1a24',
    decisionDate: '2026-11-19',
    dispatchDate: '2026-11-22',
    decisionNumber: '2026/00042',
    decidingBody: 'deputatie',
    reference: 'IVB-2026-004',
    applicationTitle: 'Snelle point-of-care diagnostiek van sepsis',
    acronym: 'SEPSIS-POC',
    submissionDate: '2026-10-09',
    call:
      language === 'nl'
        ? { title: '„Innovatiesubsidie Vlaams-Brabant 2026”', year: 2026 }
        : { title: '“Flemish Brabant Innovation Subsidy 2026”', year: 2026 },
    programme: {
      name:
        language === 'nl'
          ? '„Innovatiesubsidie voor samenwerkingsprojecten”'
          : '“Innovation Subsidy for Collaborative Projects”',
    },
    legalBasis: DEFAULT_LEGAL_CITATIONS.map((c) => ({
      instrument: c.instrument[language],
      date: c.date,
      title: c.title[language],
      article: c.article,
    })),
    addressee: {
      name: 'Vitalis Diagnostics BV (demo)',
      addressLines: ['Kapeldreef 60', '3001 Leuven'],
      contactPerson: 'An Voorbeeld',
    },
    outcome: 'approved',
    grantedCents: 15_000_000,
    requestedCents: 15_000_000,
    eligibleCostsCents: 30_000_000,
    fundingRatePct: 50,
    maxFundingRatePct: 50,
    project: { startDate: '2027-01-01', endDate: '2028-12-31' },
    evaluation: {
      score: 84.5,
      rank: 2,
      thresholdMet: true,
      criteria: [
        {
          label: language === 'nl' ? 'Innovatief karakter' : 'Innovation',
          mean: 8.5,
          maxScore: 10,
          threshold: 5,
        },
        { label: language === 'nl' ? 'Samenwerking' : 'Collaboration', mean: 8, maxScore: 10 },
      ],
    },
    motivation:
      language === 'nl'
        ? 'Het project scoort hoog op innovatie en samenwerking tussen bedrijven en kennisinstellingen, past in de cluster Gezondheid van Smart Hub Vlaams-Brabant en past binnen het budget van de oproep.'
        : 'The project scores highly on innovation and on collaboration between companies and knowledge institutions, fits the Health cluster of Smart Hub Flemish Brabant and fits within the call budget.',
    refusalGrounds: [],
    conditions: {
      eligibleCategories:
        language === 'nl'
          ? ['personeelskosten', 'werkingskosten', 'onderaanneming']
          : ['staff costs', 'operating costs', 'subcontracting'],
      settlement: 'proportional',
      reportDeadline: '2029-03-31',
      iban: 'BE68 5390 0754 7034',
      paymentTermDays: 30,
    },
    payment: { advancePct: 50, advanceCents: 7_500_000, balanceCents: 7_500_000 },
    deMinimis: {
      regulationTitle: DE_MINIMIS_REGULATIONS['2023/2831'].title[language],
      ojReference: DE_MINIMIS_REGULATIONS['2023/2831'].oj[language],
      ceilingCents: DE_MINIMIS_REGULATIONS['2023/2831'].ceilingCents,
      partners: [
        { name: 'Vitalis Diagnostics BV (demo)', enterpriseNumber: '0999.000.101', amountCents: 9_000_000 },
        { name: 'Sensilab NV (demo)', enterpriseNumber: '0999.000.202', amountCents: 6_000_000 },
      ],
    },
    signatories: [
      {
        name: 'Demi Voorbeeld',
        function: language === 'nl' ? 'voorzitter van de deputatie' : 'Chair of the Provincial Executive',
      },
      {
        name: 'Fictor Proef',
        function: language === 'nl' ? 'provinciegriffier' : 'Provincial Clerk (provinciegriffier)',
      },
    ],
    ...overrides,
  };
}

/** A refusal on grounds with figures, for the docs image. */
export function sampleRefusal(): DecisionLetterData {
  return sampleApproval({
    outcome: 'rejected',
    grantedCents: 0,
    fundingRatePct: 0,
    maxFundingRatePct: 50,
    reference: 'IVB-2026-011',
    evaluation: {
      score: 58,
      rank: 9,
      thresholdMet: false,
      criteria: [
        { label: 'Innovatief karakter', mean: 4.5, maxScore: 10, threshold: 5 },
        { label: 'Samenwerking', mean: 7, maxScore: 10 },
      ],
      consensus: {
        meanScore: 61.25,
        justification: 'Eén deskundige waardeerde de marktanalyse te hoog; het panel volgt de andere twee.',
        panelMembers: ['een dossierbeheerder (voorzitter)', 'deskundige A', 'deskundige B'],
        panelDate: '2026-11-05',
      },
    },
    motivation: 'De aanvraag haalt de minimumscore voor het innovatief karakter niet.',
    refusalGrounds: [{ type: 'below_threshold', criterion: 'Innovatief karakter', score: 4.5, threshold: 5 }],
    conditions: undefined,
    payment: undefined,
    deMinimis: undefined,
  });
}

/**
 * The decision on a final grant (a grant lowered after the final report), for the docs image: a new
 * decision, by its own number and date, that amends the approval above.
 */
export function sampleFinalGrant(): DecisionLetterData {
  const approval = sampleApproval();
  return sampleApproval({
    decisionNumber: '2029/00317',
    decisionDate: '2029-04-19',
    dispatchDate: '2029-04-23',
    payment: undefined,
    conditions: undefined,
    deMinimis: undefined,
    finalGrant: {
      original: { decisionNumber: approval.decisionNumber, decisionDate: approval.decisionDate },
      grantedCents: 15_000_000,
      finalGrantCents: 13_200_000,
      acceptedEligibleCostsCents: 26_400_000,
      reportSubmittedOn: '2029-03-12',
      settlement: 'proportional',
      recoveryCents: 0,
      paymentTermDays: 30,
      iban: 'BE68 5390 0754 7034',
    },
  });
}
