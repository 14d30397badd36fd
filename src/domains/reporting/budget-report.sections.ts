import {
  APPLICATION_STATUSES,
  type BudgetFiguresView,
  type BudgetReportSection,
  type BudgetReportView,
} from './dto/report.dto.js';
import type { ExportColumn, ExportRow, ExportSection } from './export.js';
import { clusterLabel, STATUS_LABELS } from './labels.js';

/**
 * The budget report as tables for the CSV and XLSX exports (pure). Every table ends with a total row
 * (`callId` empty, title `Totaal`), so a spreadsheet user sees the same totals as the JSON.
 */

const FIGURE_COLUMNS: ExportColumn[] = [
  { key: 'budgetCents', header: 'Budget (EUR)', type: 'cents' },
  { key: 'committedCents', header: 'Vastgelegd (EUR)', type: 'cents' },
  { key: 'paidCents', header: 'Betaald (EUR)', type: 'cents' },
  { key: 'availableCents', header: 'Beschikbaar (EUR)', type: 'cents' },
  { key: 'applicationCount', header: 'Aanvragen', type: 'integer' },
  { key: 'submittedCount', header: 'Ingediend', type: 'integer' },
  { key: 'decidedCount', header: 'Beslist', type: 'integer' },
  { key: 'approvedCount', header: 'Goedgekeurd', type: 'integer' },
  { key: 'successRatePct', header: 'Slaagkans', type: 'percent' },
  { key: 'medianDaysToDecision', header: 'Mediane doorlooptijd (dagen)', type: 'decimal' },
  { key: 'requestedCents', header: 'Gevraagd (EUR)', type: 'cents' },
  { key: 'grantedCents', header: 'Toegekend (EUR)', type: 'cents' },
];

const CALL_COLUMNS: ExportColumn[] = [
  { key: 'callId', header: 'Oproep-id', type: 'text', width: 38 },
  { key: 'programmeCode', header: 'Programma', type: 'text' },
  { key: 'callTitle', header: 'Oproep', type: 'text', width: 40 },
  { key: 'year', header: 'Jaar', type: 'integer' },
];

function figures(f: BudgetFiguresView): ExportRow {
  return {
    budgetCents: f.budgetCents,
    committedCents: f.committedCents,
    paidCents: f.paidCents,
    availableCents: f.availableCents,
    applicationCount: f.applicationCount,
    submittedCount: f.submittedCount,
    decidedCount: f.decidedCount,
    approvedCount: f.approvedCount,
    successRatePct: f.successRatePct,
    medianDaysToDecision: f.medianDaysToDecision,
    requestedCents: f.requestedCents,
    grantedCents: f.grantedCents,
  };
}

function statusCounts(f: BudgetFiguresView): ExportRow {
  return Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, f.applicationsByStatus[s]]));
}

const TOTAL = { callId: null, programmeCode: null, callTitle: 'Totaal' } as const;

export function budgetReportSections(report: BudgetReportView): Record<BudgetReportSection, ExportSection> {
  const calls: ExportSection = {
    name: 'Oproepen',
    columns: [...CALL_COLUMNS, ...FIGURE_COLUMNS],
    rows: [
      ...report.calls.map((c) => ({
        callId: c.callId,
        programmeCode: c.programmeCode,
        callTitle: c.title,
        year: c.year,
        ...figures(c),
      })),
      { ...TOTAL, year: report.year, ...figures(report.totals) },
    ],
  };
  const statuses: ExportSection = {
    name: 'Status',
    columns: [
      ...CALL_COLUMNS,
      { key: 'applicationCount', header: 'Aanvragen', type: 'integer' },
      ...APPLICATION_STATUSES.map((s): ExportColumn => ({
        key: s,
        header: STATUS_LABELS[s],
        type: 'integer',
      })),
    ],
    rows: [
      ...report.calls.map((c) => ({
        callId: c.callId,
        programmeCode: c.programmeCode,
        callTitle: c.title,
        year: c.year,
        applicationCount: c.applicationCount,
        ...statusCounts(c),
      })),
      {
        ...TOTAL,
        year: report.year,
        applicationCount: report.totals.applicationCount,
        ...statusCounts(report.totals),
      },
    ],
  };
  const clusters: ExportSection = {
    name: 'Clusters',
    columns: [
      ...CALL_COLUMNS,
      { key: 'cluster', header: 'Cluster (code)', type: 'text' },
      { key: 'clusterName', header: 'Cluster', type: 'text' },
      { key: 'applicationCount', header: 'Aanvragen (ingediend)', type: 'integer' },
      { key: 'requestedCents', header: 'Gevraagd (EUR)', type: 'cents' },
      { key: 'grantedCents', header: 'Toegekend (EUR)', type: 'cents' },
    ],
    rows: [
      ...report.calls.flatMap((c) =>
        c.clusters.map((k) => ({
          callId: c.callId,
          programmeCode: c.programmeCode,
          callTitle: c.title,
          year: c.year,
          cluster: k.cluster,
          clusterName: clusterLabel(k.cluster),
          applicationCount: k.applicationCount,
          requestedCents: k.requestedCents,
          grantedCents: k.grantedCents,
        })),
      ),
      ...report.clusters.map((k) => ({
        ...TOTAL,
        year: report.year,
        cluster: k.cluster,
        clusterName: clusterLabel(k.cluster),
        applicationCount: k.applicationCount,
        requestedCents: k.requestedCents,
        grantedCents: k.grantedCents,
      })),
    ],
  };
  return { calls, statuses, clusters };
}
