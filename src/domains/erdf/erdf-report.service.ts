import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../kernel/errors.js';
import { AccessService } from '../../platform/access/access.service.js';
import type { ErdfReportView, ReportPartnerView, ReportTotalsView } from './dto/erdf.dto.js';
import { ErdfClaimsService } from './erdf-claims.service.js';
import { ErdfRepository } from './erdf.repository.js';
import { partnerErdfCapCents } from './claims.js';
import { achievedPct } from './indicators.js';
import type { Actor } from '../../kernel/actor.js';

/**
 * The financial and content report of an ERDF project, aggregated in SQL:
 * - per partner: its budget (budgets are per partner, not split by category), what it spent (expenses
 *   not withdrawn, corrections included), what of that is claimed, the remaining budget
 *   (budget − spent, never below 0; spending above the budget is `notClaimableCents`), the flat rate
 *   and ERDF amount in its claims, its ERDF cap (rate × budget) and what is left of it; per category
 *   within the partner: spent and claimed;
 * - the claims;
 * - the indicators with target, achieved (output: sum of values; result/impact: latest value) and %.
 *
 * Exported by ErdfModule: the reporting module calls `build(projectId)` to render CSV/XLSX.
 */
@Injectable()
export class ErdfReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: ErdfRepository,
    private readonly claims: ErdfClaimsService,
  ) {}

  /** The report, for a reader who may see the project (staff, or a member of a partner organisation). */
  async forReader(actor: Actor, projectId: string): Promise<ErdfReportView> {
    await this.access.requireErdfProject(this.dataSource.manager, actor, projectId);
    return this.build(projectId);
  }

  /** The report of a project, without access checks (for the reporting module and jobs). */
  async build(projectId: string, manager: EntityManager = this.dataSource.manager): Promise<ErdfReportView> {
    const project = await this.repository.reportProject(manager, projectId);
    if (!project) throw DomainError.notFound('ERDF project', projectId);
    const partnerRows = await this.repository.reportPartners(
      manager,
      projectId,
      project.coordinatorOrganisationId,
    );

    // Shape the aggregated rows (one per partner and category) into partners with categories.
    const partners: ReportPartnerView[] = [];
    for (const row of partnerRows) {
      let partner = partners.find((p) => p.organisationId === row.organisationId);
      if (!partner) {
        partner = {
          organisationId: row.organisationId,
          name: row.name,
          budgetCents: row.budgetCents,
          spentCents: 0,
          claimedCents: 0,
          remainingCents: row.budgetCents,
          notClaimableCents: 0,
          flatRateClaimedCents: row.flatRateCents,
          erdfClaimedCents: row.erdfCents,
          erdfCapCents: partnerErdfCapCents(row.budgetCents, project.erdfRatePct),
          erdfRemainingCents: partnerErdfCapCents(row.budgetCents, project.erdfRatePct) - row.erdfCents,
          categories: [],
        };
        partners.push(partner);
      }
      if (row.category === null) continue;
      partner.categories.push({
        category: row.category,
        spentCents: row.spentCents,
        claimedCents: row.claimedCents,
      });
      partner.spentCents += row.spentCents;
      partner.claimedCents += row.claimedCents;
    }
    // Spending above the budget is accepted as cost but not claimable: shown as such, never as a
    // negative remainder.
    for (const p of partners) {
      p.remainingCents = Math.max(0, p.budgetCents - p.spentCents);
      p.notClaimableCents = Math.max(0, p.spentCents - p.budgetCents);
    }

    const erdfPaidCents = await this.repository.paidCents(manager, projectId);
    const totals: ReportTotalsView = {
      budgetCents: 0,
      spentCents: 0,
      claimedCents: 0,
      remainingCents: 0,
      notClaimableCents: 0,
      flatRateClaimedCents: 0,
      erdfClaimedCents: 0,
      erdfApprovedCents: project.erdfApprovedCents,
      erdfRemainingCents: project.erdfApprovedCents,
      erdfPaidCents,
    };
    for (const p of partners) {
      totals.budgetCents += p.budgetCents;
      totals.spentCents += p.spentCents;
      totals.claimedCents += p.claimedCents;
      totals.remainingCents += p.remainingCents;
      totals.flatRateClaimedCents += p.flatRateClaimedCents;
      totals.erdfClaimedCents += p.erdfClaimedCents;
      totals.notClaimableCents += p.notClaimableCents;
    }
    totals.erdfRemainingCents = project.erdfApprovedCents - totals.erdfClaimedCents;

    const indicators = await this.repository.reportIndicators(manager, projectId);

    return {
      projectId: project.id,
      projectNumber: project.projectNumber,
      title: project.title,
      demo: project.demo,
      startDate: project.startDate,
      endDate: project.endDate,
      financing: {
        erdfRatePct: project.erdfRatePct,
        provinceRatePct: project.provinceRatePct,
        ownContributionRatePct: project.ownContributionRatePct,
      },
      partners,
      totals,
      claims: await this.claims.views(manager, projectId),
      indicators: indicators.map((i) => ({
        code: i.code,
        name: i.name,
        kind: i.kind,
        unit: i.unit,
        target: i.target,
        achieved: i.achieved,
        achievedPct: achievedPct(i.achieved, i.target),
        activityCount: i.activityCount,
      })),
    };
  }
}
