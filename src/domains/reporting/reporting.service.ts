import { Injectable, type StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import type { ErdfReportView } from '../erdf/dto/erdf.dto.js';
import { ErdfReportService } from '../erdf/erdf-report.service.js';
import { renderBudgetReportPdf } from './budget-report.pdf.js';
import { budgetReportSections } from './budget-report.sections.js';
import {
  APPLICATION_STATUSES,
  type BudgetFiguresView,
  type BudgetReportQueryDto,
  type BudgetReportView,
  type CallBudgetReportView,
  type ClusterFiguresView,
  type ErdfReportQueryDto,
  type StatusCountsView,
} from './dto/report.dto.js';
import { downloadFile, toCsv, toXlsx } from './export.js';
import { erdfReportSections } from './erdf-report.sections.js';
import {
  type AwardedGrant,
  type ThreeSixtyGivingPackage,
  toThreeSixtyGivingPackage,
} from './three-sixty-giving.js';

/** Applications that were approved (and possibly since closed after their balance payment). */
const APPROVED = `a.status IN ('approved','closed')`;
/** Applications with a decision on their merits: approved (or closed) and rejected. */
const DECIDED = `a.status IN ('approved','closed','rejected')`;
const SUBMITTED = `a.submitted_at IS NOT NULL`;

interface LedgerRow {
  call_id: string | null;
  is_total: number;
  budget: string;
  committed: string;
  paid: string;
}

type StatusColumns = { [S in keyof StatusCountsView as `s_${S}`]: number };
interface ApplicationRow extends StatusColumns {
  call_id: string | null;
  cluster: string | null;
  all_calls: number;
  all_clusters: number;
  application_count: number;
  submitted_count: number;
  approved_count: number;
  decided_count: number;
  requested: string;
  granted: string;
  success_rate_pct: string | null;
  median_days: string | null;
}

interface CallRow {
  id: string;
  title: string;
  year: number;
  programme_id: string;
  programme_code: string;
  programme_name: string;
}

/**
 * Reports for provincial staff. Every figure is aggregated in SQL (GROUPING SETS give the rows per
 * call, per call and cluster, per cluster and the totals in one pass), here or in the service of the
 * domain that owns the data (the ERDF report); the exports are pure functions of the result.
 */
@Injectable()
export class ReportingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly erdfReports: ErdfReportService,
  ) {}

  /** The budget report as JSON, or as a CSV (one table), XLSX (every table) or PDF download. */
  async budget(query: BudgetReportQueryDto): Promise<BudgetReportView | StreamableFile> {
    const report = await this.budgetReport(query.year ?? this.thisYear(), query.programmeId ?? null);
    const base = `budget-report-${report.year}`;
    switch (query.format) {
      case 'json':
        return report;
      case 'csv':
        return downloadFile(
          toCsv(budgetReportSections(report)[query.section]),
          `${base}-${query.section}`,
          'csv',
        );
      case 'xlsx':
        return downloadFile(
          await toXlsx(Object.values(budgetReportSections(report)), {
            title: `Budgetrapport ${report.year}`,
          }),
          base,
          'xlsx',
        );
      case 'pdf':
        return downloadFile(await renderBudgetReportPdf(report), base, 'pdf');
      default: {
        const unreachable: never = query.format;
        throw DomainError.validation('format', `unknown format ${String(unreachable)}`);
      }
    }
  }

  /**
   * Per call of the year (and programme): the budget, committed, paid and available amounts from the
   * budget ledger; applications by status; per cluster the count, requested and granted amounts; the
   * success rate and the median days from submission to decision; and the same over all calls.
   * Read in one REPEATABLE READ transaction, so that every figure comes from the same snapshot.
   */
  async budgetReport(year: number, programmeId: string | null): Promise<BudgetReportView> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      if (programmeId !== null) {
        const found = (await manager.query('SELECT 1 FROM programme WHERE id = $1', [
          programmeId,
        ])) as unknown[];
        if (found.length === 0) throw DomainError.notFound('Programme', programmeId);
      }
      const [calls, ledger, applications] = [
        await this.reportCalls(manager, year, programmeId),
        await this.ledgerFigures(manager, year, programmeId),
        await this.applicationFigures(manager, year, programmeId),
      ];
      const ledgerOf = (callId: string | null) =>
        ledger.find((r) => (callId === null ? r.is_total === 1 : r.is_total === 0 && r.call_id === callId));
      const rowOf = (callId: string | null) =>
        applications.find(
          (r) =>
            r.all_clusters === 1 &&
            (callId === null ? r.all_calls === 1 : r.all_calls === 0 && r.call_id === callId),
        );
      const clustersOf = (callId: string | null): ClusterFiguresView[] =>
        applications
          .filter(
            (r) =>
              r.all_clusters === 0 &&
              r.cluster !== null &&
              (r.submitted_count > 0 || Number(r.granted) !== 0) &&
              (callId === null ? r.all_calls === 1 : r.all_calls === 0 && r.call_id === callId),
          )
          .map((r) => ({
            cluster: r.cluster as string,
            applicationCount: r.submitted_count,
            requestedCents: Number(r.requested),
            grantedCents: Number(r.granted),
          }));
      return {
        year,
        programmeId,
        generatedAt: this.clock.now().toISOString(),
        calls: calls.map((c): CallBudgetReportView => ({
          callId: c.id,
          title: c.title,
          year: c.year,
          programmeId: c.programme_id,
          programmeCode: c.programme_code,
          programmeName: c.programme_name,
          ...toFigures(ledgerOf(c.id), rowOf(c.id)),
          clusters: clustersOf(c.id),
        })),
        clusters: clustersOf(null),
        totals: toFigures(ledgerOf(null), rowOf(null)),
      };
    });
  }

  /** The grants awarded (decided) in `year` as a 360Giving Data Standard package. */
  async threeSixtyGiving(year: number | undefined): Promise<ThreeSixtyGivingPackage> {
    return toThreeSixtyGivingPackage(await this.awardedGrants(year ?? this.thisYear()));
  }

  /** The ERDF project report as JSON, or as a CSV (one table) or XLSX (every table) download. */
  async erdf(projectId: string, query: ErdfReportQueryDto): Promise<ErdfReportView | StreamableFile> {
    const report = await this.erdfReports.build(projectId);
    if (query.format === 'json') return report;
    const sections = erdfReportSections(report);
    const base = `erdf-report-${report.projectNumber}`;
    if (query.format === 'csv') {
      return downloadFile(toCsv(sections[query.section]), `${base}-${query.section}`, 'csv');
    }
    const workbook = await toXlsx(Object.values(sections), {
      title: `EFRO-project ${report.projectNumber}: ${report.title}`,
    });
    return downloadFile(workbook, base, 'xlsx');
  }

  private thisYear(): number {
    return Number(this.clock.today().slice(0, 4));
  }

  private async reportCalls(
    manager: EntityManager,
    year: number,
    programmeId: string | null,
  ): Promise<CallRow[]> {
    return (await manager.query(
      `SELECT c.id, c.title, c.year, c.programme_id, p.code AS programme_code, p.name AS programme_name
         FROM call c JOIN programme p ON p.id = c.programme_id
        WHERE c.year = $1 AND ($2::uuid IS NULL OR c.programme_id = $2::uuid)
        ORDER BY p.code, c.opens_at, c.title, c.id`,
      [year, programmeId],
    )) as CallRow[];
  }

  /** Budget, committed and paid per call and in total, summed from the budget ledger. */
  private async ledgerFigures(
    manager: EntityManager,
    year: number,
    programmeId: string | null,
  ): Promise<LedgerRow[]> {
    return (await manager.query(
      `SELECT l.call_id, GROUPING(l.call_id) AS is_total,
              COALESCE(SUM(l.amount_cents) FILTER (WHERE l.kind = 'budget'), 0)::text AS budget,
              COALESCE(SUM(l.amount_cents) FILTER (WHERE l.kind IN ('commitment','decommitment')), 0)::text AS committed,
              COALESCE(SUM(l.amount_cents) FILTER (WHERE l.kind IN ('payment','recovery')), 0)::text AS paid
         FROM budget_ledger_entry l
         JOIN call c ON c.id = l.call_id
        WHERE c.year = $1 AND ($2::uuid IS NULL OR c.programme_id = $2::uuid)
        GROUP BY GROUPING SETS ((l.call_id), ())`,
      [year, programmeId],
    )) as LedgerRow[];
  }

  /**
   * Application figures per (call, cluster), per call, per cluster and in total. "Granted" is what the
   * ledger commits to the application (commitments minus decommitments), so the granted amounts add
   * up to the committed amount of the ledger to the cent. Days to decision are calendar days in
   * Brussels from the (last) submission to the decision date.
   */
  private async applicationFigures(
    manager: EntityManager,
    year: number,
    programmeId: string | null,
  ): Promise<ApplicationRow[]> {
    const statusCounts = APPLICATION_STATUSES.map(
      (s) => `count(a.id) FILTER (WHERE a.status = '${s}')::int AS s_${s}`,
    ).join(',\n              ');
    const rows = (await manager.query(
      `WITH calls AS (
         SELECT c.id FROM call c WHERE c.year = $1 AND ($2::uuid IS NULL OR c.programme_id = $2::uuid)
       ), granted AS (
         SELECT l.application_id, SUM(l.amount_cents) AS cents
           FROM budget_ledger_entry l JOIN calls ON calls.id = l.call_id
          WHERE l.kind IN ('commitment','decommitment')
          GROUP BY l.application_id
       )
       SELECT calls.id AS call_id, a.cluster,
              GROUPING(calls.id) AS all_calls, GROUPING(a.cluster) AS all_clusters,
              count(a.id)::int AS application_count,
              ${statusCounts},
              count(a.id) FILTER (WHERE ${SUBMITTED})::int AS submitted_count,
              count(a.id) FILTER (WHERE ${APPROVED})::int AS approved_count,
              count(a.id) FILTER (WHERE ${DECIDED})::int AS decided_count,
              COALESCE(SUM(a.requested_cents) FILTER (WHERE ${SUBMITTED}), 0)::text AS requested,
              COALESCE(SUM(g.cents), 0)::text AS granted,
              round(100.0 * count(a.id) FILTER (WHERE ${APPROVED})
                    / NULLIF(count(a.id) FILTER (WHERE ${DECIDED}), 0), 1)::text AS success_rate_pct,
              round((percentile_cont(0.5) WITHIN GROUP (
                       ORDER BY d.decided_on - (a.submitted_at AT TIME ZONE 'Europe/Brussels')::date
                     ) FILTER (WHERE ${DECIDED} AND d.decided_on IS NOT NULL AND ${SUBMITTED}))::numeric, 1)::text
                AS median_days
         FROM calls
         LEFT JOIN application a ON a.call_id = calls.id
         LEFT JOIN granted g ON g.application_id = a.id
         LEFT JOIN decision d ON d.application_id = a.id
        GROUP BY GROUPING SETS ((calls.id, a.cluster), (calls.id), (a.cluster), ())
        ORDER BY GROUPING(calls.id), GROUPING(a.cluster), COALESCE(SUM(g.cents), 0) DESC, a.cluster`,
      [year, programmeId],
    )) as ApplicationRow[];
    return rows.map((r) => ({ ...r, all_calls: Number(r.all_calls), all_clusters: Number(r.all_clusters) }));
  }

  /**
   * Grants decided (approved) in `year`, with the coordinator as the recipient, ordered by award date
   * and reference. The amount awarded is the grant of the decision.
   */
  private async awardedGrants(year: number): Promise<AwardedGrant[]> {
    const rows = (await this.dataSource.query(
      `SELECT a.id, a.reference, a.title, a.summary, a.cluster, a.requested_cents::text AS requested,
              d.granted_cents::text AS granted, d.decided_on::text AS decided_on,
              a.start_date::text AS start_date, a.end_date::text AS end_date,
              o.name AS org_name, o.enterprise_number, o.street, o.postal_code, o.city, o.country,
              p.code AS programme_code, p.name AS programme_name
         FROM decision d
         JOIN application a ON a.id = d.application_id
         JOIN call c ON c.id = a.call_id
         JOIN programme p ON p.id = c.programme_id
         JOIN application_partner ap ON ap.application_id = a.id AND ap.role = 'coordinator'
         JOIN organisation o ON o.id = ap.organisation_id
        WHERE d.outcome = 'approved'
          AND d.decided_on >= make_date($1, 1, 1) AND d.decided_on < make_date($1 + 1, 1, 1)
        ORDER BY d.decided_on, a.reference`,
      [year],
    )) as {
      id: string;
      reference: string;
      title: string;
      summary: string;
      cluster: string | null;
      requested: string;
      granted: string;
      decided_on: string;
      start_date: string;
      end_date: string;
      org_name: string;
      enterprise_number: string;
      street: string | null;
      postal_code: string | null;
      city: string | null;
      country: string | null;
      programme_code: string;
      programme_name: string;
    }[];
    return rows.map((r) => ({
      applicationId: r.id,
      reference: r.reference,
      title: r.title,
      summary: r.summary,
      cluster: r.cluster,
      requestedCents: Number(r.requested),
      grantedCents: Number(r.granted),
      decidedOn: r.decided_on,
      plannedStart: r.start_date,
      plannedEnd: r.end_date,
      recipient: {
        name: r.org_name,
        enterpriseNumber: r.enterprise_number,
        street: r.street,
        postalCode: r.postal_code,
        city: r.city,
        country: r.country,
      },
      programme: { code: r.programme_code, name: r.programme_name },
    }));
  }
}

function toFigures(ledger: LedgerRow | undefined, row: ApplicationRow | undefined): BudgetFiguresView {
  const budgetCents = Number(ledger?.budget ?? 0);
  const committedCents = Number(ledger?.committed ?? 0);
  const applicationsByStatus = Object.fromEntries(
    APPLICATION_STATUSES.map((s) => [s, row?.[`s_${s}`] ?? 0]),
  ) as unknown as StatusCountsView;
  return {
    budgetCents,
    committedCents,
    paidCents: Number(ledger?.paid ?? 0),
    availableCents: budgetCents - committedCents,
    applicationCount: row?.application_count ?? 0,
    applicationsByStatus,
    submittedCount: row?.submitted_count ?? 0,
    approvedCount: row?.approved_count ?? 0,
    decidedCount: row?.decided_count ?? 0,
    successRatePct: row?.success_rate_pct == null ? null : Number(row.success_rate_pct),
    medianDaysToDecision: row?.median_days == null ? null : Number(row.median_days),
    requestedCents: Number(row?.requested ?? 0),
    grantedCents: Number(row?.granted ?? 0),
  };
}
