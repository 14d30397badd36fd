import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { grantorPartnerViolations } from '../organisations/grantor.js';
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
import { requestDecisionLetter, requestFinalGrantLetter } from './decision-letter.request.js';
import type { ProgrammeRules } from '../programmes/programme-rules.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { BudgetLedgerService } from './budget-ledger.service.js';
import { regulationOn, splitAidOverPartners } from '../state-aid/de-minimis.js';
import { DeMinimisService } from '../state-aid/de-minimis.service.js';
import {
  Decision,
  type DecidingBody,
  type DecisionSignatory,
  type RefusalGround,
} from './decision.entity.js';
import { DecisionsRepository } from './decisions.repository.js';
import { chooseSignatories, SignatoryRegister } from './signatories.js';
import { type DecisionEvaluation, EVALUATION_SOURCE, type EvaluationSource } from './evaluation-source.js';
import { DecisionNoticeRepository } from './decision-notice.repository.js';
import type { DecideDto, DecisionView } from './dto/decision.dto.js';
import { fundingRateOf, grantViolations } from './grant.js';
import { type Actor, seesAll } from '../../kernel/actor.js';

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
    private readonly notices: DecisionNoticeRepository,
    private readonly repository: DecisionsRepository,
    private readonly signatories: SignatoryRegister,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(EVALUATION_SOURCE) private readonly evaluations?: EvaluationSource,
  ) {}

  async decide(actor: Actor, applicationId: string, dto: DecideDto): Promise<DecisionView> {
    if (dto.outcome === 'approved' && dto.grantedCents === undefined) {
      throw DomainError.validation('grantedCents', 'is required to approve an application');
    }
    if (dto.outcome === 'rejected' && dto.grantedCents !== undefined) {
      throw DomainError.validation('grantedCents', 'must not be given when rejecting an application');
    }
    const refusalGrounds = refusalGroundsOf(dto);
    const decidingBody = dto.decidingBody ?? 'deputatie';
    if (decidingBody === 'delegated_official' && !dto.delegationReference) {
      throw DomainError.validation('delegationReference', 'is required for a decision under delegation');
    }
    if (decidingBody === 'deputatie' && dto.delegationReference) {
      throw DomainError.validation('delegationReference', 'only applies to a decision under delegation');
    }
    const today = this.clock.today();
    const decidedOn = dto.decidedOn ?? today;
    if (!isCalendarDate(decidedOn)) throw DomainError.validation('decidedOn', 'is not a calendar date');
    if (decidedOn > today) throw DomainError.validation('decidedOn', 'must not be after today');
    // Read before the transaction (the ranking reads through its own connection, never inside it).
    const evaluation = await this.evaluationOf(applicationId);
    if (evaluation?.consensus && !dto.consensusPanel) {
      throw DomainError.validation(
        'consensusPanel',
        'is required: the evaluation is a consensus score, and the letter names the panel that set it',
      );
    }
    const departs =
      evaluation !== null &&
      (dto.outcome === 'approved'
        ? !evaluation.thresholdsMet || !evaluation.withinFundingLine
        : evaluation.thresholdsMet && evaluation.withinFundingLine);
    if (departs && !dto.derogationReason) {
      throw new DomainError(
        'DEROGATION_REASON_REQUIRED',
        dto.outcome === 'approved'
          ? 'Approving an application below a threshold or below the funding line needs a derogationReason'
          : 'Refusing an application that meets the thresholds and is above the funding line needs a derogationReason',
        { thresholdsMet: evaluation.thresholdsMet, withinFundingLine: evaluation.withinFundingLine },
      );
    }
    const signatories = chooseSignatories(
      this.signatories.entries(),
      decidingBody,
      decidedOn,
      dto.delegationReference ?? null,
    );
    const decision = await this.dataSource.transaction((manager) =>
      this.decideIn(manager, actor, applicationId, dto, evaluation, {
        refusalGrounds,
        decidingBody,
        decidedOn,
        enteredOn: today,
        signatories,
      }),
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
    facts: {
      refusalGrounds: RefusalGround[];
      decidingBody: DecidingBody;
      decidedOn: string;
      enteredOn: string;
      signatories: DecisionSignatory[];
    },
  ): Promise<Decision> {
    const application = await this.applications.findOrFail(manager, applicationId);
    // Checked early for a clear answer; checked again under the row lock by `transition`.
    assertTransition(application.status, dto.outcome);
    const snapshot = application.snapshot;
    if (!snapshot) throw new Error(`Application ${applicationId} under review has no snapshot`);
    const { programme, call: callRow } = await this.programmes.findCall(application.callId, manager);
    const figures = snapshotFigures(programme.rules, snapshot);
    const grantedCents = dto.outcome === 'approved' ? (dto.grantedCents as number) : null;
    if (grantedCents !== null) {
      // The province never grants to itself (an application submitted before the rule could hold it).
      const grantor = grantorPartnerViolations(snapshot.partners, this.config.province.enterpriseNumber);
      if (grantor.length > 0) {
        throw new DomainError(
          'ELIGIBILITY_FAILED',
          `This grant is not allowed: ${grantor.map((v) => v.message).join('; ')}`,
          grantor,
        );
      }
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
    const { decidedOn } = facts;

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
      // A partner's de minimis aid is only ever recorded with its consent on file.
      const recorded = shares.filter((s) => s.counts && s.amountCents > 0).map((s) => s.organisationId);
      await this.deMinimis.assertConsent(manager, applicationId, recorded);
    }
    const deMinimisChecks = deMinimis
      ? await this.deMinimis.assertWithinCeiling(manager, { grantedOn: decidedOn, shares })
      : [];

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
        evaluationMeanScore: evaluation?.meanScore ?? null,
        evaluationWithinFundingLine: evaluation ? evaluation.withinFundingLine : null,
        evaluationCriteria: evaluation
          ? callRow.criteria
              .filter((c) => evaluation.criterionMeans[c.key] !== undefined)
              .map((c) => ({
                key: c.key,
                label: c.label,
                mean: evaluation.criterionMeans[c.key],
                maxScore: c.maxScore,
                threshold: c.threshold ?? null,
              }))
          : null,
        evaluationConsensus:
          evaluation?.consensus && dto.consensusPanel
            ? {
                score: evaluation.consensus.score,
                justification: evaluation.consensus.justification,
                panel: {
                  members: [...dto.consensusPanel.members],
                  meetingDate: dto.consensusPanel.meetingDate,
                },
              }
            : null,
        decidingBody: facts.decidingBody,
        delegationReference: dto.delegationReference ?? null,
        decisionNumber: dto.decisionNumber ?? (await this.repository.nextDecisionNumber(manager, decidedOn)),
        enteredOn: facts.enteredOn,
        refusalGrounds: facts.refusalGrounds,
        derogationReason: dto.derogationReason ?? null,
        legalBasis: programme.legalCitations,
        signatories: facts.signatories,
        acceptedAt: null,
        acceptedBy: null,
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
        // Which aid the de minimis cumulation check used: on record, and declared but not yet confirmed.
        deMinimisChecks: deMinimisChecks.map((c) => ({
          organisationIds: c.organisationIds,
          usedCents: c.usedCents,
          recordedCents: c.recordedCents,
          declaredCents: c.declaredCents,
          declaredAidIds: c.declaredAidIds,
          aidCents: c.aidCents,
          ceilingCents: c.ceilingCents,
        })),
        eligibleCostsCents: figures.eligibleCostsCents,
        requestedCents: snapshot.requestedCents,
        decidedOn,
        enteredOn: facts.enteredOn,
        decidingBody: facts.decidingBody,
        delegationReference: dto.delegationReference ?? null,
        decisionNumber: decision.decisionNumber,
        motivation: dto.motivation,
        refusalGrounds: facts.refusalGrounds,
        derogationReason: dto.derogationReason ?? null,
        consensus: decision.evaluationConsensus,
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
    const view = toDecisionView(decision, application.reference);
    if (seesAll(actor)) view.notification = await this.notices.view(manager, decision.id);
    return view;
  }

  /**
   * `POST /applications/:id/decision/acceptance`: the coordinator accepts the grant, as the letter
   * asks (audited `grant.accepted`). Only after it can the advance be paid. Accepting twice changes
   * nothing.
   */
  async accept(actor: Actor, applicationId: string): Promise<DecisionView> {
    await this.dataSource.transaction(async (manager) => {
      await this.applications.findOrFail(manager, applicationId);
      await this.access.requireApplication(manager, actor, applicationId, 'edit', {
        reason: 'Only the coordinator accepts the grant',
      });
      const decision = await manager.findOne(Decision, {
        where: { applicationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!decision) throw DomainError.notFound('Decision on application', applicationId);
      if (decision.outcome !== 'approved') {
        throw new DomainError('INVALID_TRANSITION', 'Only a granted subsidy can be accepted');
      }
      const at = this.clock.now();
      if (!(await this.repository.accept(manager, decision.id, actor.id, at))) return;
      await this.audit.record(manager, actor, {
        action: 'grant.accepted',
        entity: 'decision',
        entityId: decision.id,
        data: { applicationId, grantedCents: decision.grantedCents, acceptedAt: at.toISOString() },
      });
    });
    return this.get(actor, applicationId);
  }

  /**
   * Checks who decides on a final grant, and when, before the final report's transaction: the same
   * rules as a decision (a delegation needs its act; the date is not after today, nor before the
   * original decision), and the signatories valid on that date.
   */
  finalGrantFacts(original: { decidedOn: string }, input: FinalGrantDecisionInput): FinalGrantDecisionFacts {
    const decidingBody = input.decidingBody ?? 'deputatie';
    if (decidingBody === 'delegated_official' && !input.delegationReference) {
      throw DomainError.validation('delegationReference', 'is required for a decision under delegation');
    }
    if (decidingBody === 'deputatie' && input.delegationReference) {
      throw DomainError.validation('delegationReference', 'only applies to a decision under delegation');
    }
    const today = this.clock.today();
    const decidedOn = input.decidedOn ?? today;
    if (!isCalendarDate(decidedOn)) throw DomainError.validation('decidedOn', 'is not a calendar date');
    if (decidedOn > today) throw DomainError.validation('decidedOn', 'must not be after today');
    if (decidedOn < original.decidedOn) {
      throw DomainError.validation('decidedOn', 'must not be before the original decision');
    }
    return {
      decidingBody,
      delegationReference: input.delegationReference ?? null,
      decidedOn,
      decisionNumber: input.decisionNumber ?? null,
      signatories: chooseSignatories(
        this.signatories.entries(),
        decidingBody,
        decidedOn,
        input.delegationReference ?? null,
      ),
    };
  }

  /**
   * The decision on the final grant (issue #17, point 4), in the final report's transaction: a grant
   * lowered after the final report is a new decision — its own number, date, body and signatories,
   * recorded on the decision row and audited — with its own letter, which refers to the original decision.
   */
  async decideFinalGrant(
    manager: EntityManager,
    actor: Actor,
    decision: Decision,
    facts: FinalGrantDecisionFacts,
    finalGrantCents: number,
  ): Promise<void> {
    const decisionNumber =
      facts.decisionNumber ?? (await this.repository.nextDecisionNumber(manager, facts.decidedOn));
    await this.repository.recordFinalDecision(manager, decision.id, {
      decisionNumber,
      decidedOn: facts.decidedOn,
      decidingBody: facts.decidingBody,
      delegationReference: facts.delegationReference,
      signatories: facts.signatories,
    });
    await requestFinalGrantLetter(this.jobs, manager, decision.id);
    await this.audit.record(manager, actor, {
      action: 'decision.final_grant',
      entity: 'decision',
      entityId: decision.id,
      data: {
        applicationId: decision.applicationId,
        originalDecisionNumber: decision.decisionNumber,
        grantedCents: decision.grantedCents,
        finalGrantCents,
        decisionNumber,
        decidedOn: facts.decidedOn,
        decidingBody: facts.decidingBody,
        delegationReference: facts.delegationReference,
      },
    });
  }

  async findByApplication(manager: EntityManager, applicationId: string): Promise<Decision | null> {
    return manager.findOneBy(Decision, { applicationId });
  }
}

/** Who decides on a final grant, and when, as staff give it on accepting the final report. */
export interface FinalGrantDecisionInput {
  decidingBody?: DecidingBody;
  delegationReference?: string;
  decidedOn?: string;
  decisionNumber?: string;
}

export interface FinalGrantDecisionFacts {
  decidingBody: DecidingBody;
  delegationReference: string | null;
  decidedOn: string;
  decisionNumber: string | null;
  signatories: DecisionSignatory[];
}

/** The figures of an application as it was submitted (its snapshot), under the programme's rules. */
export function snapshotFigures(rules: ProgrammeRules, snapshot: ApplicationSnapshot): Figures {
  return computeFigures(
    rules,
    snapshot.partners.map((p) => ({ organisationId: p.organisationId, role: p.role, costs: p.costs })),
    snapshot.requestedCents,
    new Map(
      snapshot.partners.map((p) => [
        p.organisationId,
        {
          kind: p.kind,
          linkedToLargeEnterprise: p.kind === 'sme' && p.smeForRate === false,
          undertaking: p.undertaking,
        },
      ]),
    ),
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
    finalDecision:
      d.finalDecisionNumber && d.finalDecidedOn && d.finalDecidingBody
        ? {
            decisionNumber: d.finalDecisionNumber,
            decidedOn: d.finalDecidedOn,
            decidingBody: d.finalDecidingBody,
            delegationReference: d.finalDelegationReference,
          }
        : null,
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
            meanScore: d.evaluationMeanScore,
            withinFundingLine: d.evaluationWithinFundingLine,
            consensus: d.evaluationConsensus as unknown as Record<string, unknown> | null,
          },
    decidedOn: d.decidedOn,
    enteredOn: d.enteredOn,
    decidingBody: d.decidingBody,
    delegationReference: d.delegationReference,
    decisionNumber: d.decisionNumber,
    refusalGrounds: d.refusalGrounds,
    derogationReason: d.derogationReason,
    legalBasis: d.legalBasis as unknown as Record<string, unknown>[],
    acceptedAt: d.acceptedAt ? d.acceptedAt.toISOString() : null,
    decidedBy: d.decidedBy,
    createdAt: d.createdAt.toISOString(),
  };
}

function isCalendarDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/**
 * The structured grounds of a refusal (issue #17, point 5): at least one for a refusal, none for an
 * approval; each with the figures its type needs. 400 otherwise.
 */
export function refusalGroundsOf(dto: DecideDto): RefusalGround[] {
  const given = dto.refusalGrounds ?? [];
  if (dto.outcome === 'approved') {
    if (given.length > 0) throw DomainError.validation('refusalGrounds', 'only apply to a refusal');
    return [];
  }
  if (given.length === 0) {
    throw DomainError.validation('refusalGrounds', 'a refusal needs at least one ground');
  }
  return given.map((g, i): RefusalGround => {
    const field = `refusalGrounds[${i}]`;
    const need = (ok: boolean, what: string) => {
      if (!ok) throw DomainError.validation(field, `${g.type} needs ${what}`);
    };
    switch (g.type) {
      case 'below_threshold':
        need(
          !!g.criterion && g.score !== undefined && g.threshold !== undefined,
          'criterion, score and threshold',
        );
        need(g.score! < g.threshold!, 'a score below the threshold');
        return { type: g.type, criterion: g.criterion!, score: g.score!, threshold: g.threshold! };
      case 'below_funding_line':
        need(
          g.budgetCents !== undefined &&
            g.committedAboveCents !== undefined &&
            g.availableCents !== undefined &&
            g.requestedCents !== undefined,
          'budgetCents, committedAboveCents, availableCents and requestedCents',
        );
        need(g.requestedCents! > g.availableCents!, 'a request above what is available');
        return {
          type: g.type,
          budgetCents: g.budgetCents!,
          committedAboveCents: g.committedAboveCents!,
          availableCents: g.availableCents!,
          requestedCents: g.requestedCents!,
        };
      case 'ineligible':
        need(!!g.rule, 'the rule not met');
        return { type: g.type, rule: g.rule! };
      case 'other':
        need((g.text ?? '').length >= 50, 'a text of at least 50 characters');
        return { type: g.type, text: g.text! };
    }
  });
}
