import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ApplicationSnapshot } from '../applications/application.entity.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { computeFigures, type Figures } from '../applications/eligibility.js';
import { assertTransition } from '../applications/state-machine.js';
import { AccessService } from '../../platform/access/access.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import { formatEuro } from '../../kernel/money.js';
import { JobsService } from '../../platform/jobs/jobs.service.js';
import { requestDecisionLetter } from './decision-letter.request.js';
import type { ProgrammeRules } from '../programmes/programme-rules.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { BudgetLedgerService } from './budget-ledger.service.js';
import { regulationOn, splitAidOverPartners } from '../state-aid/de-minimis.js';
import { DeMinimisService } from '../state-aid/de-minimis.service.js';
import { Decision } from './decision.entity.js';
import { type DecisionEvaluation, EVALUATION_SOURCE, type EvaluationSource } from './evaluation-source.js';
import type { DecideDto, DecisionView } from './dto/decision.dto.js';
import { fundingRateOf, grantViolations } from './grant.js';
import type { Actor } from '../../kernel/actor.js';

/** The grantor named in the de minimis records of the province's own grants. */
export const PROVINCE_GRANTOR = 'Provincie Vlaams-Brabant';

/**
 * Decisions on applications under review (SPEC.md §4). One transaction does all of it or none:
 * the state change, the grant check, the budget commitment, the de minimis check and record,
 * the decision row, the ledger entry, the letter request (outbox) and the audit events.
 */
@Injectable()
export class DecisionsService {
  private readonly logger = new Logger(DecisionsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly applications: ApplicationsService,
    private readonly access: AccessService,
    private readonly programmes: ProgrammesService,
    private readonly ledger: BudgetLedgerService,
    private readonly deMinimis: DeMinimisService,
    private readonly jobs: JobsService,
    @Optional() @Inject(EVALUATION_SOURCE) private readonly evaluations?: EvaluationSource,
  ) {}

  async decide(actor: Actor, applicationId: string, dto: DecideDto): Promise<DecisionView> {
    if (dto.outcome === 'approved' && dto.grantedCents === undefined) {
      throw DomainError.validation('grantedCents', 'is required to approve an application');
    }
    if (dto.outcome === 'rejected' && dto.grantedCents !== undefined) {
      throw DomainError.validation('grantedCents', 'must not be given when rejecting an application');
    }
    // Read before the transaction (the ranking reads through its own connection, never inside it).
    const evaluation = await this.evaluationOf(applicationId);
    const decision = await this.dataSource.transaction((manager) =>
      this.decideIn(manager, actor, applicationId, dto, evaluation),
    );
    this.logger.log(
      {
        applicationId,
        decisionId: decision.id,
        outcome: decision.outcome,
        grantedCents: decision.grantedCents,
      },
      'Decision taken',
    );
    return this.get(actor, applicationId);
  }

  /**
   * The decision transaction. Locks are taken in one order — call, organisations (de minimis),
   * application, audit chain — the same order as payments, so that concurrent money transactions
   * queue behind each other instead of deadlocking.
   */
  private async decideIn(
    manager: EntityManager,
    actor: Actor,
    applicationId: string,
    dto: DecideDto,
    evaluation: DecisionEvaluation | null,
  ): Promise<Decision> {
    const application = await this.applications.findOrFail(manager, applicationId);
    // Checked early for a clear answer; checked again under the row lock by `transition`.
    assertTransition(application.status, dto.outcome);
    const snapshot = application.snapshot;
    if (!snapshot) throw new Error(`Application ${applicationId} under review has no snapshot`);
    const { programme } = await this.programmes.findCall(application.callId, manager);
    const figures = snapshotFigures(programme.rules, snapshot);
    const grantedCents = dto.outcome === 'approved' ? (dto.grantedCents as number) : null;
    if (grantedCents !== null) {
      const violations = grantViolations(grantedCents, {
        requestedCents: snapshot.requestedCents,
        eligibleCostsCents: figures.eligibleCostsCents,
        fundingRatePct: figures.maxFundingRatePct,
        programmeMaxGrantCents: programme.rules.maxGrantCents,
      });
      if (violations.length > 0) {
        throw new DomainError(
          'ELIGIBILITY_FAILED',
          `This grant is not allowed: ${violations.map((v) => v.message).join('; ')}`,
          violations,
        );
      }
    }
    const decidedOn = this.clock.today();

    const call = await this.ledger.lockCall(manager, application.callId);
    if (grantedCents !== null && grantedCents > call.budgetCents - call.committedCents) {
      const available = call.budgetCents - call.committedCents;
      throw new DomainError(
        'BUDGET_EXCEEDED',
        `A grant of ${formatEuro(grantedCents)} does not fit in the call budget: ${formatEuro(available)} is available`,
        {
          budgetCents: call.budgetCents,
          committedCents: call.committedCents,
          availableCents: available,
          amountCents: grantedCents,
        },
      );
    }

    const deMinimis = grantedCents !== null && programme.aidBasis === 'de_minimis';
    const shares = deMinimis
      ? splitAidOverPartners(
          grantedCents,
          snapshot.partners.map((p) => ({
            organisationId: p.organisationId,
            kind: p.kind,
            eligibleCostsCents: p.eligibleCostsCents,
          })),
        )
      : [];
    if (deMinimis) {
      const recorded = shares.filter((s) => s.counts && s.amountCents > 0).map((s) => s.organisationId);
      await this.deMinimis.assertConsent(manager, applicationId, recorded);
      await this.deMinimis.assertWithinCeiling(manager, { grantedOn: decidedOn, shares });
    }

    await this.applications.transition(manager, applicationId, dto.outcome, actor, {
      grantedCents,
      decidedOn,
    });
    const decision = await manager.save(
      manager.create(Decision, {
        applicationId,
        callId: application.callId,
        outcome: dto.outcome,
        grantedCents,
        fundingRatePct:
          grantedCents === null ? null : fundingRateOf(grantedCents, figures.eligibleCostsCents),
        maxFundingRatePct: figures.maxFundingRatePct,
        eligibleCostsCents: figures.eligibleCostsCents,
        requestedCents: snapshot.requestedCents,
        motivation: dto.motivation,
        decidedOn,
        decidedBy: actor.id,
        evaluationScore: evaluation?.score ?? null,
        evaluationRank: evaluation?.rank ?? null,
        evaluationThresholdsMet: evaluation?.thresholdsMet ?? null,
        finalGrantCents: null,
        paidCents: 0,
      }),
    );
    if (grantedCents !== null) {
      await this.ledger.commit(
        manager,
        actor,
        { callId: application.callId, applicationId, reference: `decision ${decision.id}` },
        grantedCents,
      );
    }
    for (const share of shares) {
      if (!share.counts || share.amountCents === 0) continue;
      await this.deMinimis.recordAid(manager, actor, {
        organisationId: share.organisationId,
        amountCents: share.amountCents,
        grantedOn: decidedOn,
        grantor: PROVINCE_GRANTOR,
        regulation: regulationOn(decidedOn),
        source: 'internal',
        applicationId,
        reference: application.reference,
        description: `${programme.name}: ${application.title}`,
      });
    }
    // The letter request (an outbox row) commits with the decision: no decision without its letter.
    await requestDecisionLetter(this.jobs, manager, decision.id);
    await this.audit.record(manager, actor, {
      action: `decision.${dto.outcome}`,
      entity: 'decision',
      entityId: decision.id,
      data: {
        applicationId,
        reference: application.reference,
        callId: application.callId,
        outcome: dto.outcome,
        grantedCents,
        fundingRatePct: decision.fundingRatePct,
        maxFundingRatePct: figures.maxFundingRatePct,
        eligibleCostsCents: figures.eligibleCostsCents,
        requestedCents: snapshot.requestedCents,
        decidedOn,
        motivation: dto.motivation,
        deMinimisShares: shares.map((s) => ({
          organisationId: s.organisationId,
          amountCents: s.amountCents,
          counts: s.counts,
        })),
      },
    });
    return decision;
  }

  private async evaluationOf(applicationId: string): Promise<DecisionEvaluation | null> {
    if (!this.evaluations) return null;
    const application = await this.applications.findOrFail(this.dataSource.manager, applicationId);
    return this.evaluations.evaluationOf(application.callId, applicationId);
  }

  /** `GET /applications/:id/decision`: staff, and members of the application's organisations. */
  async get(actor: Actor, applicationId: string): Promise<DecisionView> {
    const manager = this.dataSource.manager;
    const application = await this.applications.findOrFail(manager, applicationId);
    await this.access.requireApplication(manager, actor, applicationId);
    const decision = await manager.findOneBy(Decision, { applicationId });
    if (!decision) throw DomainError.notFound('Decision on application', applicationId);
    return toDecisionView(decision, application.reference);
  }

  async findByApplication(manager: EntityManager, applicationId: string): Promise<Decision | null> {
    return manager.findOneBy(Decision, { applicationId });
  }
}

/** The figures of an application as it was submitted (its snapshot), under the programme's rules. */
export function snapshotFigures(rules: ProgrammeRules, snapshot: ApplicationSnapshot): Figures {
  return computeFigures(
    rules,
    snapshot.partners.map((p) => ({ organisationId: p.organisationId, role: p.role, costs: p.costs })),
    snapshot.requestedCents,
    new Map(snapshot.partners.map((p) => [p.organisationId, { kind: p.kind }])),
  );
}

export function toDecisionView(d: Decision, reference: string): DecisionView {
  return {
    id: d.id,
    applicationId: d.applicationId,
    callId: d.callId,
    reference,
    outcome: d.outcome,
    grantedCents: d.grantedCents,
    finalGrantCents: d.finalGrantCents,
    fundingRatePct: d.fundingRatePct,
    maxFundingRatePct: d.maxFundingRatePct,
    eligibleCostsCents: d.eligibleCostsCents,
    requestedCents: d.requestedCents,
    paidCents: d.paidCents,
    motivation: d.motivation,
    evaluation:
      d.evaluationScore === null
        ? null
        : {
            score: d.evaluationScore,
            rank: d.evaluationRank,
            thresholdsMet: d.evaluationThresholdsMet === true,
          },
    decidedOn: d.decidedOn,
    decidedBy: d.decidedBy,
    createdAt: d.createdAt.toISOString(),
  };
}
