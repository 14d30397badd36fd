import type {
  BudgetFiguresView,
  BudgetReportView,
  CallBudgetReportView,
  StatusCountsView,
} from '../../src/domains/reporting/dto/report.dto.js';

/** A budget report with hand-picked figures, for the pure tests of its PDF and exports. */

export function statusCounts(overrides: Partial<StatusCountsView> = {}): StatusCountsView {
  return {
    draft: 0,
    submitted: 0,
    returned: 0,
    admissible: 0,
    inadmissible: 0,
    under_review: 0,
    approved: 0,
    rejected: 0,
    withdrawn: 0,
    closed: 0,
    ...overrides,
  };
}

export const sampleFigures: BudgetFiguresView = {
  budgetCents: 60_000_000,
  committedCents: 27_500_000,
  paidCents: 7_500_000,
  availableCents: 32_500_000,
  applicationCount: 5,
  applicationsByStatus: statusCounts({ draft: 1, approved: 2, rejected: 1, under_review: 1 }),
  submittedCount: 4,
  approvedCount: 2,
  decidedCount: 3,
  successRatePct: 66.7,
  medianDaysToDecision: 41.5,
  requestedCents: 45_000_000,
  grantedCents: 27_500_000,
};

export function sampleCall(i: number): CallBudgetReportView {
  return {
    ...sampleFigures,
    callId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title: `Innovatiesubsidie oproep ${i}`,
    year: 2026,
    programmeId: '00000000-0000-4000-8000-000000000099',
    programmeCode: 'IS',
    programmeName: 'Innovatiesubsidie Vlaams-Brabant',
    clusters: [
      { cluster: 'health', applicationCount: 2, requestedCents: 30_000_000, grantedCents: 15_000_000 },
      { cluster: 'cleantech', applicationCount: 2, requestedCents: 15_000_000, grantedCents: 12_500_000 },
    ],
  };
}

export function sampleBudgetReport(callCount: number): BudgetReportView {
  return {
    year: 2026,
    programmeId: null,
    generatedAt: '2026-12-15T09:30:00.000Z',
    calls: Array.from({ length: callCount }, (_, i) => sampleCall(i + 1)),
    clusters: [
      { cluster: 'health', applicationCount: 2, requestedCents: 30_000_000, grantedCents: 15_000_000 },
      { cluster: 'cleantech', applicationCount: 2, requestedCents: 15_000_000, grantedCents: 12_500_000 },
      { cluster: 'food', applicationCount: 1, requestedCents: 5_000_000, grantedCents: 0 },
    ],
    totals: sampleFigures,
  };
}
