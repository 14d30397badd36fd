import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import { AccessService } from '../../platform/access/access.service.js';
import { DocumentsService } from '../../platform/documents/documents.service.js';
import type { Page } from '../../kernel/pagination.js';
import { computeClaim, paymentDueBy, reportingPeriods } from './claims.js';
import type {
  ClaimDetailView,
  ClaimView,
  CreateClaimDto,
  MarkClaimPaidDto,
  SubmitClaimDto,
} from './dto/erdf.dto.js';
import { LAST_PAYMENT_REQUEST, PROGRAMME_START } from './eligibility.js';
import { ErdfClaim, ErdfClaimLine, ErdfClaimPartner } from './erdf.entity.js';
import { ErdfRepository } from './erdf.repository.js';
import type { Actor, AuditActor } from '../../kernel/actor.js';

/**
 * ERDF payment claims. A claim takes the project's expenses **paid** within its period (ERDF
 * reimburses costs actually paid) that are not withdrawn and in no earlier claim, adds the 15 %
 * office flat rate on their staff costs, and computes the ERDF amount per partner (see claims.ts).
 * States: draft → submitted (payment due 3 months later) → partially_paid → paid. Per partner the ERDF
 * never goes above the ERDF rate of its budget, nor the project's above its approved amount (caps).
 */
@Injectable()
export class ErdfClaimsService {
  private readonly logger = new Logger(ErdfClaimsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: ErdfRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly documents: DocumentsService,
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
      const facts = await this.repository.projectFacts(manager, projectId, { lock: true });
      if (!facts) throw DomainError.notFound('ERDF project', projectId);
      const last = await this.repository.lastClaim(manager, projectId);
      let periodFrom = dto.periodFrom;
      let periodTo = dto.periodTo;
      if (periodFrom === undefined || periodTo === undefined) {
        const next = reportingPeriods(facts.startDate, facts.endDate).find(
          (p) => last.periodTo === null || p.from > last.periodTo,
        );
        if (!next) throw new DomainError('ALREADY_EXISTS', 'Every reporting period has been claimed');
        ({ from: periodFrom, to: periodTo } = next);
      }
      const expenses = await this.repository.unclaimedExpenses(manager, projectId, periodFrom, periodTo);
      if (expenses.length === 0) {
        throw new DomainError(
          'ALREADY_EXISTS',
          `No unclaimed expense was paid between ${periodFrom} and ${periodTo}: they are in earlier claims, or there are none`,
        );
      }
      const caps = await this.repository.erdfStanding(manager, projectId);
      const figures = computeClaim(
        expenses.map((e) => ({
          partnerOrganisationId: e.partnerOrganisationId,
          category: e.category,
          amountCents: e.amountCents,
        })),
        facts.erdfRatePct,
        { officeFlatRate: facts.officeFlatRate, caps },
      );
      const claim = await manager.save(
        manager.create(ErdfClaim, {
          projectId,
          number: last.number + 1,
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
        expenses.map((e) => ({ claimId: claim.id, expenseId: e.id, amountCents: e.amountCents })),
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

  /**
   * Submits the payment request on the day it was made (`submittedOn`, in the past for the 2014–2020
   * history): on or after the end of the claim period, not in the future, within the programme's window
   * for payment requests. The payment is due at most 3 months later.
   */
  async submit(
    actor: AuditActor,
    projectId: string,
    claimId: string,
    dto: SubmitClaimDto,
  ): Promise<ClaimDetailView> {
    const { submittedOn } = dto;
    if (submittedOn > this.clock.today())
      throw DomainError.validation('submittedOn', 'cannot be in the future');
    if (submittedOn < PROGRAMME_START || submittedOn > LAST_PAYMENT_REQUEST) {
      throw DomainError.validation(
        'submittedOn',
        `payment requests of the programme are submitted between ${PROGRAMME_START} and ${LAST_PAYMENT_REQUEST}`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOneBy(ErdfClaim, { id: claimId, projectId });
      if (!claim) throw DomainError.notFound('Claim', claimId);
      if (submittedOn < claim.periodTo) {
        throw DomainError.validation(
          'submittedOn',
          `a claim for ${claim.periodFrom} – ${claim.periodTo} is submitted after its period, not on ${submittedOn}`,
        );
      }
      const dueBy = paymentDueBy(submittedOn);
      if (!(await this.repository.submitClaim(manager, projectId, claimId, submittedOn, dueBy))) {
        await this.explainRefusal(manager, projectId, claimId, 'submitted');
      }
      // After the UPDATE: a document being attached to the claim or one of its expenses holds the
      // claim row (FOR SHARE), so it is either listed here or refused afterwards (409).
      const documents = await this.submittedDocuments(manager, claimId);
      await this.audit.record(manager, actor, {
        action: 'erdf_claim.submitted',
        entity: 'erdf_claim',
        entityId: claimId,
        data: { projectId, submittedOn, dueBy, documents },
      });
      return this.detail(manager, projectId, claimId);
    });
  }

  /**
   * Records a payment received on a submitted claim: the amount and the day. Less than what is still
   * due leaves the claim `partially_paid` (a later payment may complete it); more than the claimed ERDF
   * in total is 422 PAYMENT_EXCEEDS_GRANT.
   */
  async markPaid(
    actor: AuditActor,
    projectId: string,
    claimId: string,
    dto: MarkClaimPaidDto,
  ): Promise<ClaimDetailView> {
    if (dto.paidOn > this.clock.today()) throw DomainError.validation('paidOn', 'cannot be in the future');
    return this.dataSource.transaction(async (manager) => {
      const claim = await this.repository.lockClaimForPayment(manager, projectId, claimId);
      if (!claim) throw DomainError.notFound('Claim', claimId);
      if (claim.status !== 'submitted' && claim.status !== 'partially_paid') {
        await this.explainRefusal(manager, projectId, claimId, 'paid');
      }
      if (claim.submittedOn !== null && dto.paidOn < claim.submittedOn) {
        throw DomainError.validation('paidOn', `cannot be before the submission on ${claim.submittedOn}`);
      }
      if (claim.paidOn !== null && dto.paidOn < claim.paidOn) {
        throw DomainError.validation('paidOn', `cannot be before the previous payment on ${claim.paidOn}`);
      }
      const dueCents = Math.max(claim.erdfCents, 0) - claim.paidCents;
      if (dto.paidCents > dueCents) {
        throw new DomainError(
          'PAYMENT_EXCEEDS_GRANT',
          `The claim asks ${Math.max(claim.erdfCents, 0)} cents of ERDF, ${claim.paidCents} of which are paid: at most ${dueCents} cents can still be paid`,
          { claimedErdfCents: Math.max(claim.erdfCents, 0), paidCents: claim.paidCents, dueCents },
        );
      }
      if (dto.paidCents === 0 && dueCents > 0) {
        throw DomainError.validation('paidCents', 'a payment of 0 records nothing');
      }
      const fullyPaid = dto.paidCents === dueCents;
      await this.repository.recordClaimPayment(manager, claimId, {
        paidOn: dto.paidOn,
        amountCents: dto.paidCents,
        createdBy: actor.id,
        fullyPaid,
      });
      await this.audit.record(manager, actor, {
        action: fullyPaid ? 'erdf_claim.paid' : 'erdf_claim.partially_paid',
        entity: 'erdf_claim',
        entityId: claimId,
        data: {
          projectId,
          paidOn: dto.paidOn,
          paidCents: dto.paidCents,
          totalPaidCents: claim.paidCents + dto.paidCents,
        },
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
    const claims = await this.repository.claims(manager, projectId, page);
    if (claims.length === 0) return [];
    const ids = claims.map((c) => c.id);
    const partners = await this.repository.claimPartners(manager, ids);
    const counts = await this.repository.claimExpenseCounts(manager, ids);
    const payments = await this.repository.claimPayments(manager, ids);
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
        erdfCappedCents: c.erdfCappedCents,
      },
      partners: partners
        .filter((p) => p.claimId === c.id)
        .map(({ claimId: _claimId, ...figures }) => figures),
      expenseCount: counts.get(c.id) ?? 0,
      createdOn: c.createdOn,
      submittedOn: c.submittedOn,
      dueBy: c.dueBy,
      paidOn: c.paidOn,
      paidCents: c.paidCents,
      payments: payments
        .filter((p) => p.claimId === c.id)
        .map((p) => ({ paidOn: p.paidOn, amountCents: p.amountCents })),
    }));
  }

  private async detail(manager: EntityManager, projectId: string, claimId: string): Promise<ClaimDetailView> {
    const claim = await manager.findOneBy(ErdfClaim, { id: claimId, projectId });
    if (!claim) throw DomainError.notFound('Claim', claimId);
    const all = await this.views(manager, projectId);
    const view = all.find((c) => c.id === claimId)!;
    return { ...view, expenseIds: await this.repository.claimExpenseIds(manager, claimId) };
  }

  /**
   * What the submission fixes: the documents of the claim and of its expenses with their hashes, for
   * the audit event (the claim's record of what was submitted). 409 DOCUMENT_PENDING while one is
   * still being scanned.
   */
  private async submittedDocuments(manager: EntityManager, claimId: string) {
    const expenseIds = await this.repository.claimExpenseIds(manager, claimId);
    const documents = [
      ...(await this.documents.list(manager, { type: 'claim', id: claimId })),
      ...(await this.documents.listOfAll(manager, 'erdf_expense', expenseIds)),
    ];
    if (documents.some((d) => d.scanStatus === 'pending')) {
      throw new DomainError(
        'DOCUMENT_PENDING',
        'A document of the claim or of one of its expenses is being scanned; submit it shortly',
      );
    }
    return documents.map((d) => ({
      id: d.id,
      ownerType: d.ownerType,
      ownerId: d.ownerId,
      kind: d.kind,
      fileName: d.fileName,
      sha256: d.sha256,
      sizeBytes: d.sizeBytes,
    }));
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
