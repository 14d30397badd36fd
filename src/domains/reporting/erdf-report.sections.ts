import type { ErdfReportView } from '../erdf/dto/erdf.dto.js';
import type { ErdfReportSection } from './dto/report.dto.js';
import type { ExportSection } from './export.js';
import { CLAIM_STATUS_LABELS, EXPENSE_CATEGORY_LABELS, INDICATOR_KIND_LABELS } from './labels.js';

/**
 * The ERDF project report (built by the ERDF module) as tables for the CSV and XLSX exports (pure).
 * The partner table mixes three kinds of rows, told apart by `rowType` so that a spreadsheet user
 * can filter before summing: `category` (a partner's spending in one cost category), `partner`
 * (the partner's totals and budget) and `total` (the project).
 */
export function erdfReportSections(report: ErdfReportView): Record<ErdfReportSection, ExportSection> {
  const partners: ExportSection = {
    name: 'Partners',
    columns: [
      { key: 'rowType', header: 'Soort rij', type: 'text' },
      { key: 'organisationId', header: 'Organisatie-id', type: 'text', width: 38 },
      { key: 'partner', header: 'Partner', type: 'text', width: 32 },
      { key: 'category', header: 'Kostencategorie (code)', type: 'text' },
      { key: 'categoryName', header: 'Kostencategorie', type: 'text', width: 28 },
      { key: 'budgetCents', header: 'Budget (EUR)', type: 'cents' },
      { key: 'spentCents', header: 'Uitgegeven (EUR)', type: 'cents' },
      { key: 'claimedCents', header: 'Gedeclareerd (EUR)', type: 'cents' },
      { key: 'remainingCents', header: 'Resterend budget (EUR)', type: 'cents' },
      { key: 'flatRateClaimedCents', header: 'Forfait 15 % gedeclareerd (EUR)', type: 'cents' },
      { key: 'erdfClaimedCents', header: 'EFRO gedeclareerd (EUR)', type: 'cents' },
      { key: 'erdfPaidCents', header: 'EFRO ontvangen (EUR)', type: 'cents' },
    ],
    rows: [
      ...report.partners.flatMap((p) => [
        ...p.categories.map((c) => ({
          rowType: 'category',
          organisationId: p.organisationId,
          partner: p.name,
          category: c.category,
          categoryName: EXPENSE_CATEGORY_LABELS[c.category] ?? c.category,
          budgetCents: null,
          spentCents: c.spentCents,
          claimedCents: c.claimedCents,
          remainingCents: null,
          flatRateClaimedCents: null,
          erdfClaimedCents: null,
          erdfPaidCents: null,
        })),
        {
          rowType: 'partner',
          organisationId: p.organisationId,
          partner: p.name,
          category: null,
          categoryName: 'Totaal partner',
          budgetCents: p.budgetCents,
          spentCents: p.spentCents,
          claimedCents: p.claimedCents,
          remainingCents: p.remainingCents,
          flatRateClaimedCents: p.flatRateClaimedCents,
          erdfClaimedCents: p.erdfClaimedCents,
          erdfPaidCents: null,
        },
      ]),
      {
        rowType: 'total',
        organisationId: null,
        partner: `Project ${report.projectNumber}`,
        category: null,
        categoryName: 'Totaal project',
        ...report.totals,
      },
    ],
  };
  const claims: ExportSection = {
    name: 'Declaraties',
    columns: [
      { key: 'number', header: 'Nr.', type: 'integer' },
      { key: 'periodFrom', header: 'Periode van', type: 'date' },
      { key: 'periodTo', header: 'Periode tot', type: 'date' },
      { key: 'status', header: 'Status', type: 'text' },
      { key: 'expenseCount', header: 'Uitgaven', type: 'integer' },
      { key: 'expensesCents', header: 'Uitgaven (EUR)', type: 'cents' },
      { key: 'staffCents', header: 'Waarvan personeel (EUR)', type: 'cents' },
      { key: 'flatRateCents', header: 'Forfait 15 % (EUR)', type: 'cents' },
      { key: 'eligibleCents', header: 'Subsidiabel (EUR)', type: 'cents' },
      { key: 'erdfRatePct', header: 'EFRO-percentage', type: 'percent' },
      { key: 'erdfCents', header: 'EFRO (EUR)', type: 'cents' },
      { key: 'submittedOn', header: 'Ingediend op', type: 'date' },
      { key: 'dueBy', header: 'Betaling uiterlijk', type: 'date' },
      { key: 'paidOn', header: 'Betaald op', type: 'date' },
      { key: 'paidCents', header: 'Betaald (EUR)', type: 'cents' },
    ],
    rows: report.claims.map((c) => ({
      number: c.number,
      periodFrom: c.periodFrom,
      periodTo: c.periodTo,
      status: CLAIM_STATUS_LABELS[c.status] ?? c.status,
      expenseCount: c.expenseCount,
      expensesCents: c.totals.expensesCents,
      staffCents: c.totals.staffCents,
      flatRateCents: c.totals.flatRateCents,
      eligibleCents: c.totals.eligibleCents,
      erdfRatePct: c.erdfRatePct,
      erdfCents: c.totals.erdfCents,
      submittedOn: c.submittedOn,
      dueBy: c.dueBy,
      paidOn: c.paidOn,
      paidCents: c.paidCents,
    })),
  };
  const indicators: ExportSection = {
    name: 'Indicatoren',
    columns: [
      { key: 'code', header: 'Code', type: 'text' },
      { key: 'name', header: 'Indicator', type: 'text', width: 40 },
      { key: 'kind', header: 'Soort', type: 'text' },
      { key: 'unit', header: 'Eenheid', type: 'text' },
      { key: 'target', header: 'Streefwaarde', type: 'decimal' },
      { key: 'achieved', header: 'Gerealiseerd', type: 'decimal' },
      { key: 'achievedPct', header: 'Realisatie', type: 'percent' },
      { key: 'activityCount', header: 'Activiteiten', type: 'integer' },
    ],
    rows: report.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      kind: INDICATOR_KIND_LABELS[i.kind] ?? i.kind,
      unit: i.unit,
      target: i.target,
      achieved: i.achieved,
      achievedPct: i.achievedPct,
      activityCount: i.activityCount,
    })),
  };
  const sections = { partners, claims, indicators };
  if (report.demo) for (const section of Object.values(sections)) markDemo(section);
  return sections;
}

/** A demo project's tables say so on every row: a first column `Demo` (invented figures). */
function markDemo(section: ExportSection): void {
  section.columns.unshift({ key: 'demo', header: 'Demo (verzonnen cijfers)', type: 'text' });
  for (const row of section.rows) row.demo = 'demo';
}
