import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../platform/access/access.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import type { Page } from '../../kernel/pagination.js';
import { computeClaim, paymentDueBy, reportingPeriods } from './claims.js';
import type { ClaimDetailView, ClaimView, CreateClaimDto, MarkClaimPaidDto } from './dto/erdf.dto.js';
import type { ExpenseCategory } from './eligibility.js';
import { ErdfClaim, ErdfClaimLine, ErdfClaimPartner } from './erdf.entity.js';
import { loadProjectFacts } from './erdf-projects.repository.js';
import type { Actor, AuditActor } from '../../kernel/actor.js';

/**
 * ERDF payment claims. A claim takes the project's expenses **paid** within its period (ERDF
 * reimburses costs actually paid) that are not withdrawn and in no earlier claim, adds the 15 %
 * office flat rate on their staff costs, and computes the ERDF amount per partner (see claims.ts).
 * States: draft → submitted (payment due 3 months later) → paid.
 */
@Injectable()
export class ErdfClaimsService {
  private readonly logger = new Logger(ErdfClaimsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly access: AccessService,
  ) {}

  /**
   * Creates a claim. Without dates it covers the next reporting period after the last claim.
   * 409 ALREADY_EXISTS when the period holds no unclaimed expense (all are in earlier claims, or none).
   */
  async create(actor: AuditActor, projectId: string, dto: CreateClaimDto): Promise<ClaimDetailView> {
    if ((dto.periodFrom === undefined) !== (dto.periodTo === undefined)) {
      throw DomainError.validation('periodTo', 'give both periodFrom and periodTo, or neither');
    }
    if (dto.periodFrom !== undefined && dto.periodTo !== undefined && dto.periodTo < dto.periodFrom) {
      throw DomainError.validation('periodTo', 'the period cannot end before it starts');
    }
    return this.dataSource.transaction(async (manager) => {
      // Locks the project: concurrent claims (and expense changes) of one project take turns.
      const facts = await loadProjectFacts(manager, projectId, { lock: true });
      const [last] = (await manager.query(
        `SELECT COALESCE(MAX(number), 0) AS number, MAX(period_to)::text AS period_to
           FROM erdf_claim WHERE project_id = $1`,
        [projectId],
      )) as { number: number; period_to: string | null }[];
      let periodFrom = dto.periodFrom;
      let periodTo = dto.periodTo;
      if (periodFrom === undefined || periodTo === undefined) {
        const next = reportingPeriods(facts.startDate, facts.endDate).find(
          (p) => last.period_to === null || p.from > last.period_to,
        );
        if (!next) throw new DomainError('ALREADY_EXISTS', 'Every reporting period has been claimed');
        ({ from: periodFrom, to: periodTo } = next);
      }
      const expenses = (await manager.query(
        `SELECT e.id, e.partner_organisation_id, e.category, e.amount_cents::text AS amount_cents
           FROM erdf_expense e
          WHERE e.project_id = $1 AND e.withdrawn_at IS NULL AND e.paid_on BETWEEN $2 AND $3
            AND NOT EXISTS (SELECT 1 FROM erdf_claim_line l WHERE l.expense_id = e.id)
          ORDER BY e.paid_on, e.id`,
        [projectId, periodFrom, periodTo],
      )) as {
        id: string;
        partner_organisation_id: string;
        category: ExpenseCategory;
        amount_cents: string;
      }[];
      if (expenses.length === 0) {
        throw new DomainError(
          'ALREADY_EXISTS',
          `No unclaimed expense was paid between ${periodFrom} and ${periodTo}: they are in earlier claims, or there are none`,
        );
      }
      const figures = computeClaim(
        expenses.map((e) => ({
          partnerOrganisationId: e.partner_organisation_id,
          category: e.category,
          amountCents: Number(e.amount_cents),
        })),
        facts.erdfRatePct,
      );
      const claim = await manager.save(
        manager.create(ErdfClaim, {
          projectId,
          number: Number(last.number) + 1,
          periodFrom,
          periodTo,
          status: 'draft',
          erdfRatePct: facts.erdfRatePct,
          ...figures.totals,
          createdOn: this.clock.today(),
          submittedOn: null,
          dueBy: null,
          paidOn: null,
          paidCents: null,
        }),
      );
      await manager.insert(
        ErdfClaimPartner,
        figures.partners.map(({ partnerOrganisationId, ...f }) => ({
          claimId: claim.id,
          organisationId: partnerOrganisationId,
          ...f,
        })),
      );
      // UNIQUE(expense_id): should the lock ever be bypassed, the second claim fails here (409).
      await manager.insert(
        ErdfClaimLine,
        expenses.map((e) => ({ claimId: claim.id, expenseId: e.id, amountCents: Number(e.amount_cents) })),
      );
      await this.audit.record(manager, actor, {
        action: 'erdf_claim.created',
        entity: 'erdf_claim',
        entityId: claim.id,
        data: {
          projectId,
          number: claim.number,
          periodFrom,
          periodTo,
          totals: { ...figures.totals },
          partners: figures.partners.map((p) => ({ ...p })),
          expenseIds: expenses.map((e) => e.id),
        },
      });
      this.logger.log({ projectId, claimId: claim.id, expenses: expenses.length }, 'ERDF claim created');
      return this.detail(manager, projectId, claim.id);
    });
  }

  /** Submits the payment request; the payment is due at most 3 months later. */
  async submit(actor: AuditActor, projectId: string, claimId: string): Promise<ClaimDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const today = this.clock.today();
      const dueBy = paymentDueBy(today);
      const updated = (await manager.query(
        `WITH u AS (
           UPDATE erdf_claim SET status = 'submitted', submitted_on = $3, due_by = $4, updated_at = now()
            WHERE id = $1 AND project_id = $2 AND status = 'draft' RETURNING id)
         SELECT id FROM u`,
        [claimId, projectId, today, dueBy],
      )) as { id: string }[];
      if (updated.length === 0) await this.explainRefusal(manager, projectId, claimId, 'submitted');
      await this.audit.record(manager, actor, {
        action: 'erdf_claim.submitted',
        entity: 'erdf_claim',
        entityId: claimId,
        data: { projectId, submittedOn: today, dueBy },
      });
      return this.detail(manager, projectId, claimId);
    });
  }

  /** Records the payment of a submitted claim (by default the claimed ERDF amount). */
  async markPaid(
    actor: AuditActor,
    projectId: string,
    claimId: string,
    dto: MarkClaimPaidDto,
  ): Promise<ClaimDetailView> {
    if (dto.paidOn > this.clock.today()) throw DomainError.validation('paidOn', 'cannot be in the future');
    return this.dataSource.transaction(async (manager) => {
      const updated = (await manager.query(
        `WITH u AS (
           UPDATE erdf_claim
              SET status = 'paid', paid_on = $3, paid_cents = COALESCE($4::bigint, GREATEST(erdf_cents, 0)),
                  updated_at = now()
            WHERE id = $1 AND project_id = $2 AND status = 'submitted' AND submitted_on <= $3::date
            RETURNING paid_cents)
         SELECT paid_cents::text AS paid_cents FROM u`,
        [claimId, projectId, dto.paidOn, dto.paidCents ?? null],
      )) as { paid_cents: string }[];
      if (updated.length === 0) {
        const [row] = (await manager.query(
          `SELECT status, submitted_on::text AS submitted_on FROM erdf_claim WHERE id = $1 AND project_id = $2`,
          [claimId, projectId],
        )) as { status: string; submitted_on: string | null }[];
        if (row?.status === 'submitted' && row.submitted_on !== null) {
          throw DomainError.validation('paidOn', `cannot be before the submission on ${row.submitted_on}`);
        }
        await this.explainRefusal(manager, projectId, claimId, 'paid');
      }
      await this.audit.record(manager, actor, {
        action: 'erdf_claim.paid',
        entity: 'erdf_claim',
        entityId: claimId,
        data: { projectId, paidOn: dto.paidOn, paidCents: Number(updated[0].paid_cents) },
      });
      return this.detail(manager, projectId, claimId);
    });
  }

  async get(actor: Actor, projectId: string, claimId: string): Promise<ClaimDetailView> {
    await this.access.requireErdfProject(this.dataSource.manager, actor, projectId);
    return this.detail(this.dataSource.manager, projectId, claimId);
  }

  async list(
    actor: Actor,
    projectId: string,
    query: { limit: number; offset: number },
  ): Promise<Page<ClaimView>> {
    await this.access.requireErdfProject(this.dataSource.manager, actor, projectId);
    const total = await this.dataSource.getRepository(ErdfClaim).countBy({ projectId });
    return { items: await this.views(this.dataSource.manager, projectId, query), total };
  }

  /** The claims of a project, in number order, with their per-partner figures. */
  async views(
    manager: EntityManager,
    projectId: string,
    page: { limit?: number; offset?: number } = {},
  ): Promise<ClaimView[]> {
    const claims = await manager.find(ErdfClaim, {
      where: { projectId },
      order: { number: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    if (claims.length === 0) return [];
    const ids = claims.map((c) => c.id);
    const partners = (await manager.query(
      `SELECT cp.claim_id, cp.organisation_id, o.name, cp.expenses_cents::text AS expenses_cents,
              cp.staff_cents::text AS staff_cents, cp.flat_rate_cents::text AS flat_rate_cents,
              cp.eligible_cents::text AS eligible_cents, cp.erdf_cents::text AS erdf_cents
         FROM erdf_claim_partner cp JOIN organisation o ON o.id = cp.organisation_id
        WHERE cp.claim_id = ANY($1::uuid[]) ORDER BY o.name, cp.organisation_id`,
      [ids],
    )) as Record<string, string>[];
    const counts = (await manager.query(
      `SELECT claim_id, count(*)::int AS n FROM erdf_claim_line WHERE claim_id = ANY($1::uuid[]) GROUP BY claim_id`,
      [ids],
    )) as { claim_id: string; n: number }[];
    return claims.map((c) => ({
      id: c.id,
      projectId: c.projectId,
      number: c.number,
      periodFrom: c.periodFrom,
      periodTo: c.periodTo,
      status: c.status,
      erdfRatePct: c.erdfRatePct,
      totals: {
        expensesCents: c.expensesCents,
        staffCents: c.staffCents,
        flatRateCents: c.flatRateCents,
        eligibleCents: c.eligibleCents,
        erdfCents: c.erdfCents,
      },
      partners: partners
        .filter((p) => p.claim_id === c.id)
        .map((p) => ({
          organisationId: p.organisation_id,
          name: p.name,
          expensesCents: Number(p.expenses_cents),
          staffCents: Number(p.staff_cents),
          flatRateCents: Number(p.flat_rate_cents),
          eligibleCents: Number(p.eligible_cents),
          erdfCents: Number(p.erdf_cents),
        })),
      expenseCount: counts.find((n) => n.claim_id === c.id)?.n ?? 0,
      createdOn: c.createdOn,
      submittedOn: c.submittedOn,
      dueBy: c.dueBy,
      paidOn: c.paidOn,
      paidCents: c.paidCents,
    }));
  }

  private async detail(manager: EntityManager, projectId: string, claimId: string): Promise<ClaimDetailView> {
    const claim = await manager.findOneBy(ErdfClaim, { id: claimId, projectId });
    if (!claim) throw DomainError.notFound('Claim', claimId);
    const all = await this.views(manager, projectId);
    const view = all.find((c) => c.id === claimId)!;
    const lines = await manager.find(ErdfClaimLine, { where: { claimId }, order: { expenseId: 'ASC' } });
    return { ...view, expenseIds: lines.map((l) => l.expenseId) };
  }

  private async explainRefusal(
    manager: EntityManager,
    projectId: string,
    claimId: string,
    target: 'submitted' | 'paid',
  ): Promise<never> {
    const claim = await manager.findOneBy(ErdfClaim, { id: claimId, projectId });
    if (!claim) throw DomainError.notFound('Claim', claimId);
    throw new DomainError('INVALID_TRANSITION', `A ${claim.status} claim cannot become ${target}`);
  }
}
