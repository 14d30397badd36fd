import type { DecisionLetterData } from './decision-letter-data.js';

/** A realistic approval, for the docs image (`npm run docs:letter`) and the tests. */
export function sampleApproval(overrides: Partial<DecisionLetterData> = {}): DecisionLetterData {
  return {
    language: 'nl',
    decisionId: '7f0c1c1e-4a4b-4d7e-9a51-2f5d8c0e6b11',
    applicationId: '0b9d6a52-3c7e-4f0e-8d0a-5e2b7c9f1a24',
    letterDate: '2026-11-22',
    reference: 'IVB-2026-004',
    applicationTitle: 'Snelle point-of-care diagnostiek van sepsis',
    acronym: 'SEPSIS-POC',
    submissionDate: '2026-10-09',
    call: { title: 'Innovatiesubsidie Vlaams-Brabant 2026', year: 2026 },
    programme: {
      name: 'Innovatiesubsidie voor samenwerkingsprojecten',
      legalBasis:
        'het reglement van de provincieraad van 16 mei 2017 betreffende de toekenning van innovatiesubsidies voor samenwerkingsprojecten',
    },
    addressee: {
      name: 'Vitalis Diagnostics BV',
      addressLines: ['Kapeldreef 60', '3001 Leuven'],
      contactPerson: 'mevrouw An Peeters',
    },
    outcome: 'approved',
    grantedCents: 15_000_000,
    requestedCents: 15_000_000,
    eligibleCostsCents: 30_000_000,
    fundingRatePct: 50,
    project: { startDate: '2027-01-01', endDate: '2028-12-31' },
    evaluation: { score: 84.5, rank: 2, thresholdMet: true },
    motivation:
      'Het project scoort hoog op innovatie en samenwerking tussen bedrijven en kennisinstellingen, past in de cluster health van Smart Hub Vlaams-Brabant en past binnen het budget van de oproep.',
    payment: { advancePct: 50, advanceCents: 7_500_000, balanceCents: 7_500_000 },
    deMinimis: {
      applies: true,
      regulation: 'Verordening (EU) 2023/2831 van de Commissie van 13 december 2023',
    },
    signatory: { name: 'Ann Schevenels', function: 'gedeputeerde voor Economie' },
    ...overrides,
  };
}
