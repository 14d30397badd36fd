import { Inject, Injectable, type StreamableFile } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
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
  type ApplicationFiguresRow,
  type LedgerFiguresRow,
  ReportingRepository,
} from './reporting.repository.js';
import { type ThreeSixtyGivingPackage, toThreeSixtyGivingPackage } from './three-sixty-giving.js';

/**
 * Reports for provincial staff. Every figure is aggregated in SQL (GROUPING SETS give the rows per
 * call, per call and cluster, per cluster and the totals in one pass), in ReportingRepository or in
 * the domain that owns the data (the ERDF report); the exports are pure functions of the result.
 */
@Injectable()
export class ReportingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ReportingRepository,
    private readonly clock: Clock,
    private readonly erdfReports: ErdfReportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
      if (programmeId !== null && !(await this.repository.programmeExists(manager, programmeId))) {
        throw DomainError.notFound('Programme', programmeId);
      }
      const [calls, ledger, applications] = [
        await this.repository.calls(manager, year, programmeId),
        await this.repository.ledgerFigures(manager, year, programmeId),
        await this.repository.applicationFigures(manager, year, programmeId),
      ];
      const ledgerOf = (callId: string | null) =>
        ledger.find((r) => (callId === null ? r.isTotal : !r.isTotal && r.callId === callId));
      const rowOf = (callId: string | null) =>
        applications.find(
          (r) => r.allClusters && (callId === null ? r.allCalls : !r.allCalls && r.callId === callId),
        );
      const clustersOf = (callId: string | null): ClusterFiguresView[] =>
        applications
          .filter(
            (r) =>
              !r.allClusters &&
              r.cluster !== null &&
              (r.submittedCount > 0 || r.grantedCents !== 0) &&
              (callId === null ? r.allCalls : !r.allCalls && r.callId === callId),
          )
          .map((r) => ({
            cluster: r.cluster as string,
            applicationCount: r.submittedCount,
            requestedCents: r.requestedCents,
            grantedCents: r.grantedCents,
          }));
      return {
        year,
        programmeId,
        generatedAt: this.clock.now().toISOString(),
        calls: calls.map((c): CallBudgetReportView => ({
          callId: c.id,
          title: c.title,
          year: c.year,
          programmeId: c.programmeId,
          programmeCode: c.programmeCode,
          programmeName: c.programmeName,
          ...toFigures(ledgerOf(c.id), rowOf(c.id)),
          clusters: clustersOf(c.id),
        })),
        clusters: clustersOf(null),
        totals: toFigures(ledgerOf(null), rowOf(null)),
      };
    });
  }

  /**
   * The grants awarded (decided) in `year` as a 360Giving Data Standard package. A year without grants
   * is 404 `NOT_FOUND`: a package without grants is not valid 360Giving data.
   */
  async threeSixtyGiving(year: number | undefined): Promise<ThreeSixtyGivingPackage> {
    const awardYear = year ?? this.thisYear();
    const grants = await this.repository.awardedGrants(this.dataSource.manager, awardYear);
    if (grants.length === 0) {
      throw new DomainError(
        'NOT_FOUND',
        `No grants were awarded in ${awardYear}: there is no 360Giving package to publish (a package needs at least one grant)`,
        { year: awardYear },
      );
    }
    return toThreeSixtyGivingPackage(grants, {
      prefix: this.config.openDataPrefix,
      funderId: this.config.province.orgId,
    });
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
}

function toFigures(
  ledger: LedgerFiguresRow | undefined,
  row: ApplicationFiguresRow | undefined,
): BudgetFiguresView {
  const budgetCents = ledger?.budgetCents ?? 0;
  const committedCents = ledger?.committedCents ?? 0;
  return {
    budgetCents,
    committedCents,
    paidCents: ledger?.paidCents ?? 0,
    availableCents: budgetCents - committedCents,
    applicationCount: row?.applicationCount ?? 0,
    applicationsByStatus:
      row?.applicationsByStatus ??
      (Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as unknown as StatusCountsView),
    submittedCount: row?.submittedCount ?? 0,
    approvedCount: row?.approvedCount ?? 0,
    decidedCount: row?.decidedCount ?? 0,
    successRatePct: row?.successRatePct ?? null,
    medianDaysToDecision: row?.medianDaysToDecision ?? null,
    requestedCents: row?.requestedCents ?? 0,
    grantedCents: row?.grantedCents ?? 0,
  };
}
