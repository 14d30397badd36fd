import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../kernel/errors.js';
import { AccessService } from '../../platform/access/access.service.js';
import type { ErdfReportView, ReportPartnerView, ReportTotalsView } from './dto/erdf.dto.js';
import type { ExpenseCategory } from './eligibility.js';
import { ErdfClaimsService } from './erdf-claims.service.js';
import type { IndicatorKind } from './indicators.js';
import { achievedPct } from './indicators.js';
import type { Actor } from '../../kernel/actor.js';

/**
 * The financial and content report of an ERDF project, aggregated in SQL:
 * - per partner: its budget (budgets are per partner, not split by category), what it spent (expenses
 *   not withdrawn, corrections included), what of that is claimed, the remaining budget
 *   (budget − spent; the flat rate comes on top of the budget), and the flat rate and ERDF amount
 *   in its claims; per category within the partner: spent and claimed;
 * - the claims;
 * - the indicators with target, achieved (output: sum of values; result/impact: latest value) and %.
 *
 * Exported by ErdfModule: the reporting module calls `build(projectId)` to render CSV/XLSX.
 */
@Injectable()
export class ErdfReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly claims: ErdfClaimsService,
    private readonly access: AccessService,
  ) {}

  /** The report, for a reader who may see the project (staff, or a member of a partner organisation). */
  async forReader(actor: Actor, projectId: string): Promise<ErdfReportView> {
    await this.access.requireErdfProject(this.dataSource.manager, actor, projectId);
    return this.build(projectId);
  }

  /** The report of a project, without access checks (for the reporting module and jobs). */
  async build(projectId: string, manager: EntityManager = this.dataSource.manager): Promise<ErdfReportView> {
    const [project] = (await manager.query(
      `SELECT id, project_number, title, start_date::text AS start_date, end_date::text AS end_date,
              erdf_rate_pct::text AS erdf, province_rate_pct::text AS province,
              own_contribution_rate_pct::text AS own, coordinator_organisation_id
         FROM erdf_project WHERE id = $1`,
      [projectId],
    )) as {
      id: string;
      project_number: string;
      title: string;
      start_date: string;
      end_date: string;
      erdf: string;
      province: string;
      own: string;
      coordinator_organisation_id: string;
    }[];
    if (!project) throw DomainError.notFound('ERDF project', projectId);

    const partnerRows = (await manager.query(
      `WITH spent AS (
         SELECT e.partner_organisation_id AS organisation_id, e.category,
                SUM(e.amount_cents) AS spent_cents,
                COALESCE(SUM(e.amount_cents) FILTER (WHERE l.expense_id IS NOT NULL), 0) AS claimed_cents
           FROM erdf_expense e LEFT JOIN erdf_claim_line l ON l.expense_id = e.id
          WHERE e.project_id = $1 AND e.withdrawn_at IS NULL
          GROUP BY e.partner_organisation_id, e.category
       ), claimed AS (
         SELECT cp.organisation_id, SUM(cp.flat_rate_cents) AS flat_rate_cents, SUM(cp.erdf_cents) AS erdf_cents
           FROM erdf_claim_partner cp JOIN erdf_claim c ON c.id = cp.claim_id
          WHERE c.project_id = $1
          GROUP BY cp.organisation_id
       )
       SELECT p.organisation_id, o.name, p.budget_cents::text AS budget_cents,
              s.category, COALESCE(s.spent_cents, 0)::text AS spent_cents,
              COALESCE(s.claimed_cents, 0)::text AS claimed_cents,
              COALESCE(c.flat_rate_cents, 0)::text AS flat_rate_cents,
              COALESCE(c.erdf_cents, 0)::text AS erdf_cents
         FROM erdf_partner p
         JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN spent s ON s.organisation_id = p.organisation_id
         LEFT JOIN claimed c ON c.organisation_id = p.organisation_id
        WHERE p.project_id = $1
        ORDER BY (p.organisation_id = $2) DESC, o.name, p.organisation_id, s.category`,
      [projectId, project.coordinator_organisation_id],
    )) as {
      organisation_id: string;
      name: string;
      budget_cents: string;
      category: ExpenseCategory | null;
      spent_cents: string;
      claimed_cents: string;
      flat_rate_cents: string;
      erdf_cents: string;
    }[];

    // Shape the aggregated rows (one per partner and category) into partners with categories.
    const partners: ReportPartnerView[] = [];
    for (const row of partnerRows) {
      let partner = partners.find((p) => p.organisationId === row.organisation_id);
      if (!partner) {
        partner = {
          organisationId: row.organisation_id,
          name: row.name,
          budgetCents: Number(row.budget_cents),
          spentCents: 0,
          claimedCents: 0,
          remainingCents: Number(row.budget_cents),
          flatRateClaimedCents: Number(row.flat_rate_cents),
          erdfClaimedCents: Number(row.erdf_cents),
          categories: [],
        };
        partners.push(partner);
      }
      if (row.category === null) continue;
      const spent = Number(row.spent_cents);
      const claimed = Number(row.claimed_cents);
      partner.categories.push({ category: row.category, spentCents: spent, claimedCents: claimed });
      partner.spentCents += spent;
      partner.claimedCents += claimed;
      partner.remainingCents -= spent;
    }

    const [paid] = (await manager.query(
      `SELECT COALESCE(SUM(paid_cents), 0)::text AS paid FROM erdf_claim WHERE project_id = $1 AND status = 'paid'`,
      [projectId],
    )) as { paid: string }[];
    const totals: ReportTotalsView = {
      budgetCents: 0,
      spentCents: 0,
      claimedCents: 0,
      remainingCents: 0,
      flatRateClaimedCents: 0,
      erdfClaimedCents: 0,
      erdfPaidCents: Number(paid.paid),
    };
    for (const p of partners) {
      totals.budgetCents += p.budgetCents;
      totals.spentCents += p.spentCents;
      totals.claimedCents += p.claimedCents;
      totals.remainingCents += p.remainingCents;
      totals.flatRateClaimedCents += p.flatRateClaimedCents;
      totals.erdfClaimedCents += p.erdfClaimedCents;
    }

    const indicators = (await manager.query(
      `SELECT i.code, i.name, i.kind, i.unit, i.target::text AS target,
              (CASE WHEN i.kind = 'output'
                    THEN (SELECT COALESCE(SUM(v.value), 0) FROM erdf_indicator_value v WHERE v.indicator_id = i.id)
                    ELSE COALESCE((SELECT v.value FROM erdf_indicator_value v WHERE v.indicator_id = i.id
                                    ORDER BY v."on" DESC, v.created_at DESC, v.id DESC LIMIT 1), 0)
               END)::text AS achieved,
              (SELECT count(*)::int FROM erdf_activity_indicator ai WHERE ai.indicator_id = i.id) AS activity_count
         FROM erdf_indicator i
        WHERE i.project_id = $1
        ORDER BY i.code`,
      [projectId],
    )) as {
      code: string;
      name: string;
      kind: IndicatorKind;
      unit: string;
      target: string;
      achieved: string;
      activity_count: number;
    }[];

    return {
      projectId: project.id,
      projectNumber: project.project_number,
      title: project.title,
      startDate: project.start_date,
      endDate: project.end_date,
      financing: {
        erdfRatePct: Number(project.erdf),
        provinceRatePct: Number(project.province),
        ownContributionRatePct: Number(project.own),
      },
      partners,
      totals,
      claims: await this.claims.views(manager, projectId),
      indicators: indicators.map((i) => ({
        code: i.code,
        name: i.name,
        kind: i.kind,
        unit: i.unit,
        target: Number(i.target),
        achieved: Number(i.achieved),
        achievedPct: achievedPct(Number(i.achieved), Number(i.target)),
        activityCount: i.activity_count,
      })),
    };
  }
}
