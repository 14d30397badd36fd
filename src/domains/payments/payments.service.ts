import { NotificationsService } from '../../platform/notifications/notifications.service.js';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Application } from '../applications/application.entity.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { AccessService } from '../../platform/access/access.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import { formatEuro } from '../../kernel/money.js';
import { isEligibleCategory } from '../applications/eligibility.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { BudgetLedgerService } from '../decisions/budget-ledger.service.js';
import { Decision } from '../decisions/decision.entity.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { normaliseIban } from '../../kernel/identifiers.js';
import { DeMinimisService } from '../state-aid/de-minimis.service.js';
import type {
  AcceptFinalReportDto,
  CreatePaymentDto,
  FinalReportView,
  PaymentPage,
  PaymentView,
  SubmitFinalReportDto,
} from './dto/payment.dto.js';
import { FinalReport, Payment } from './payment.entity.js';
import { planPayment, settleFinalReport } from './payments.js';
import { PaymentsRepository } from './payments.repository.js';
import type { Actor } from '../../kernel/actor.js';

/**
 * Payments on approved grants, and the final report that settles a grant (SPEC.md §4).
 *
 * Flow: approval → advance (optional) → the coordinator submits the final report with the actual costs
 * → staff accept it, which fixes the final grant (de-committing any difference and booking any amount
 * to recover) → balance payment, which closes the application. When nothing is left to pay after the
 * final report, accepting it closes the application.
 */
@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly applications: ApplicationsService,
    private readonly access: AccessService,
    private readonly programmes: ProgrammesService,
    private readonly ledger: BudgetLedgerService,
    private readonly repository: PaymentsRepository,
    private readonly notifications: NotificationsService,
    private readonly deMinimis: DeMinimisService,
    private readonly decisions: DecisionsService,
  ) {}

  /** `POST /applications/:id/payments` (staff). */
  async pay(actor: Actor, applicationId: string, dto: CreatePaymentDto): Promise<PaymentView> {
    const payment = await this.dataSource.transaction(async (manager) => {
      const { application, decision } = await this.lockGrant(manager, applicationId);
      // The letter asks the coordinator to accept the grant; nothing is paid before (issue #17, point 10).
      if (!decision.acceptedAt) {
        throw new DomainError(
          'GRANT_NOT_ACCEPTED',
          'The coordinator has not accepted the grant yet (POST /api/applications/:id/decision/acceptance)',
        );
      }
      const { programme } = await this.programmes.findCall(application.callId, manager);
      const report = await manager.findOneBy(FinalReport, { applicationId });
      if (dto.kind === 'balance') this.assertProjectEnded(application, 'The balance is paid');
      const advancePaid = await manager.existsBy(Payment, { applicationId, kind: 'advance' });
      const amountCents = planPayment(
        {
          grantCents: currentGrant(decision),
          paidCents: decision.paidCents,
          advancePaid,
          finalReportAccepted: report?.status === 'accepted',
          advancePaymentPct: programme.rules.advancePaymentPct,
        },
        dto.kind,
        dto.amountCents,
      );
      // The database's own guarantee, whatever happened since the checks above.
      if (!(await this.repository.addPaid(manager, decision.id, amountCents))) {
        throw new DomainError(
          'PAYMENT_EXCEEDS_GRANT',
          'This payment would bring the total paid above the grant',
        );
      }
      const payment = await manager.save(
        manager.create(Payment, {
          applicationId,
          decisionId: decision.id,
          kind: dto.kind,
          amountCents,
          paidOn: this.clock.today(),
          payeeIban: normaliseIban(dto.payeeIban),
          createdBy: actor.id,
        }),
      );
      await this.ledger.pay(
        manager,
        actor,
        { callId: application.callId, applicationId, reference: `payment ${payment.id}` },
        amountCents,
      );
      if (dto.kind === 'balance') {
        await this.applications.transition(manager, applicationId, 'closed', actor, {
          finalGrantCents: currentGrant(decision),
          paidCents: decision.paidCents + amountCents,
        });
      }
      await this.audit.record(manager, actor, {
        action: `payment.${dto.kind}`,
        entity: 'payment',
        entityId: payment.id,
        data: {
          applicationId,
          reference: application.reference,
          decisionId: decision.id,
          kind: dto.kind,
          amountCents,
          paidOn: payment.paidOn,
          payeeIban: payment.payeeIban,
          grantCents: currentGrant(decision),
          paidCents: decision.paidCents + amountCents,
        },
      });
      await this.notifications.notify(manager, {
        userIds: await this.access.coordinatorMembers(manager, applicationId),
        event: 'payment.made',
        template: 'payment-made',
        data: {
          reference: application.reference,
          title: application.title,
          amount: formatEuro(amountCents),
          kindNl: dto.kind === 'advance' ? 'voorschot' : 'saldo',
          kindEn: dto.kind === 'advance' ? 'advance' : 'balance',
        },
        category: 'payment',
        link: `/applications/${applicationId}/payments`,
        resource: { type: 'payment', id: payment.id },
      });
      return payment;
    });
    this.logger.log(
      { applicationId, paymentId: payment.id, kind: payment.kind, amountCents: payment.amountCents },
      'Payment recorded',
    );
    return toPaymentView(payment);
  }

  /** `GET /applications/:id/payments`: staff, and members of the application's organisations. */
  async list(actor: Actor, applicationId: string): Promise<PaymentPage> {
    const manager = this.dataSource.manager;
    await this.assertCanRead(manager, actor, applicationId);
    const decision = await manager.findOneBy(Decision, { applicationId });
    const payments = await this.repository.paymentsOf(manager, applicationId);
    const report = await manager.findOneBy(FinalReport, { applicationId });
    const grantCents = decision ? currentGrant(decision) : 0;
    const paidCents = decision?.paidCents ?? 0;
    return {
      items: payments.map(toPaymentView),
      total: payments.length,
      grantCents,
      paidCents,
      recoveredCents: report?.recoveredCents ?? 0,
      remainingCents: grantCents - paidCents,
    };
  }

  /**
   * `POST /applications/:id/final-report`: a member of the coordinating organisation (or staff) reports
   * the actual costs per partner and category. It can be corrected until staff accept it.
   */
  async submitFinalReport(
    actor: Actor,
    applicationId: string,
    dto: SubmitFinalReportDto,
  ): Promise<FinalReportView> {
    await this.dataSource.transaction(async (manager) => {
      const application = await this.applications.lock(manager, applicationId);
      await this.access.requireApplication(manager, actor, applicationId, 'edit', {
        staffMayEdit: true,
        reason: 'Only the coordinating organisation submits the final report',
      });
      if (application.status !== 'approved') {
        throw new DomainError(
          'INVALID_TRANSITION',
          `A final report is submitted for an approved grant; this application is ${application.status}`,
        );
      }
      const decision = await this.decisionOf(manager, applicationId);
      const partnerIds = new Set((application.snapshot?.partners ?? []).map((p) => p.organisationId));
      const stranger = dto.costs.find((c) => !partnerIds.has(c.organisationId));
      if (stranger) {
        throw DomainError.validation(
          'costs.organisationId',
          `organisation ${stranger.organisationId} is not a partner of this application`,
        );
      }
      const { programme } = await this.programmes.findCall(application.callId, manager);
      const costs = dto.costs.map((c) => ({
        organisationId: c.organisationId,
        category: c.category,
        description: c.description,
        amountCents: c.amountCents,
        eligible: isEligibleCategory(programme.rules, c.category),
      }));
      const totalCostsCents = costs.reduce((sum, c) => sum + c.amountCents, 0);
      const eligibleCostsCents = costs.filter((c) => c.eligible).reduce((sum, c) => sum + c.amountCents, 0);
      const existing = await manager.findOneBy(FinalReport, { applicationId });
      if (existing?.status === 'accepted') {
        throw new DomainError('ALREADY_SUBMITTED', 'The final report has been accepted and cannot change');
      }
      const now = this.clock.now();
      const fields = {
        summary: dto.summary,
        costs,
        totalCostsCents,
        eligibleCostsCents,
        submittedBy: actor.id,
        submittedAt: now,
      };
      const report = existing
        ? Object.assign(existing, fields, { version: existing.version + 1 })
        : manager.create(FinalReport, {
            applicationId,
            decisionId: decision.id,
            status: 'submitted' as const,
            version: 1,
            acceptedBy: null,
            acceptedAt: null,
            finalGrantCents: null,
            decommittedCents: null,
            recoveredCents: null,
            ...fields,
          });
      await manager.save(report);
      await this.audit.record(manager, actor, {
        action: existing ? 'final_report.resubmitted' : 'final_report.submitted',
        entity: 'application',
        entityId: applicationId,
        data: {
          reference: application.reference,
          finalReportId: report.id,
          version: report.version,
          totalCostsCents,
          eligibleCostsCents,
        },
      });
    });
    return this.getFinalReport(actor, applicationId);
  }

  /**
   * `POST /applications/:id/final-report/accept` (staff): fixes the final grant at
   * min(granted, funding rate of the decision × actual eligible costs), de-commits the difference from the call
   * budget, books what was paid above it as a recovery, and closes the application when nothing is
   * left to pay.
   */
  async acceptFinalReport(
    actor: Actor,
    applicationId: string,
    dto: AcceptFinalReportDto,
  ): Promise<FinalReportView> {
    await this.dataSource.transaction(async (manager) => {
      const { application, decision } = await this.lockGrant(manager, applicationId);
      const report = await manager.findOneBy(FinalReport, { applicationId });
      if (!report) throw DomainError.notFound('Final report of application', applicationId);
      if (report.status === 'accepted') {
        throw new DomainError('INVALID_TRANSITION', 'The final report has already been accepted');
      }
      if (report.version !== dto.version) {
        throw new DomainError(
          'VERSION_CONFLICT',
          `The final report changed since version ${dto.version}: it is now version ${report.version}; review it again`,
          { reviewedVersion: dto.version, currentVersion: report.version },
        );
      }
      this.assertProjectEnded(application, 'The final report is accepted');
      const { programme } = await this.programmes.findCall(application.callId, manager);
      const s = settleFinalReport({
        grantedCents: decision.grantedCents as number,
        eligibleCostsCents: decision.eligibleCostsCents,
        actualEligibleCostsCents: report.eligibleCostsCents,
        paidCents: decision.paidCents,
        settlement: programme.rules.settlement,
        maxFundingRatePct: decision.maxFundingRatePct,
        maxGrantCents: programme.rules.maxGrantCents,
      });
      // A lowered grant is a new decision (its own number, date, body and signatories) with its own letter.
      const lowered = s.finalGrantCents < s.grantedCents;
      const finalFacts = lowered ? this.decisions.finalGrantFacts(decision, dto) : null;
      await this.repository.settleGrant(manager, decision.id, {
        finalGrantCents: s.finalGrantCents,
        recoverCents: s.recoverCents,
      });
      if (finalFacts) {
        await this.decisions.decideFinalGrant(manager, actor, decision, finalFacts, s.finalGrantCents);
      }
      await this.ledger.settle(
        manager,
        actor,
        { callId: application.callId, applicationId, reference: `final report ${report.id}` },
        { decommitCents: s.decommitCents, recoverCents: s.recoverCents },
      );
      Object.assign(report, {
        status: 'accepted' as const,
        acceptedBy: actor.id,
        acceptedAt: this.clock.now(),
        finalGrantCents: s.finalGrantCents,
        decommittedCents: s.decommitCents,
        recoveredCents: s.recoverCents,
      });
      await manager.save(report);
      await this.audit.record(manager, actor, {
        action: 'final_report.accepted',
        entity: 'application',
        entityId: applicationId,
        data: {
          reference: application.reference,
          finalReportId: report.id,
          version: report.version,
          eligibleCostsCents: report.eligibleCostsCents,
          ...s,
        },
      });
      // The de minimis aid recorded at the decision follows the lowered grant (correcting records).
      if (s.finalGrantCents < s.grantedCents) {
        await this.deMinimis.correctAidOfApplication(manager, actor, {
          applicationId,
          grantedCents: s.grantedCents,
          finalGrantCents: s.finalGrantCents,
          correctedOn: this.clock.today(),
          reason: `Final report ${application.reference}: grant lowered from ${formatEuro(s.grantedCents)} to ${formatEuro(s.finalGrantCents)}`,
        });
      }
      if (s.balanceCents === 0) {
        await this.applications.transition(manager, applicationId, 'closed', actor, {
          finalGrantCents: s.finalGrantCents,
          recoveredCents: s.recoverCents,
          reason:
            s.recoverCents > 0
              ? `More was paid than the final grant: ${formatEuro(s.recoverCents)} is to be recovered`
              : 'Nothing is left to pay',
        });
      }
    });
    return this.getFinalReport(actor, applicationId);
  }

  async getFinalReport(actor: Actor, applicationId: string): Promise<FinalReportView> {
    const manager = this.dataSource.manager;
    await this.assertCanRead(manager, actor, applicationId);
    const report = await manager.findOneBy(FinalReport, { applicationId });
    if (!report) throw DomainError.notFound('Final report of application', applicationId);
    const decision = await this.decisionOf(manager, applicationId);
    const grantedCents = decision.grantedCents as number;
    const application = await this.applications.findOrFail(manager, applicationId);
    const { programme } = await this.programmes.findCall(application.callId, manager);
    const s =
      report.status === 'accepted'
        ? {
            finalGrantCents: report.finalGrantCents as number,
            decommitCents: report.decommittedCents as number,
            recoverCents: report.recoveredCents as number,
            balanceCents: Math.max(0, (report.finalGrantCents as number) - decision.paidCents),
          }
        : settleFinalReport({
            grantedCents,
            eligibleCostsCents: decision.eligibleCostsCents,
            actualEligibleCostsCents: report.eligibleCostsCents,
            paidCents: decision.paidCents,
            settlement: programme.rules.settlement,
            maxFundingRatePct: decision.maxFundingRatePct,
            maxGrantCents: programme.rules.maxGrantCents,
          });
    return {
      id: report.id,
      applicationId,
      status: report.status,
      version: report.version,
      settlement: programme.rules.settlement,
      summary: report.summary,
      costs: report.costs,
      totalCostsCents: report.totalCostsCents,
      eligibleCostsCents: report.eligibleCostsCents,
      grantedCents,
      finalGrantCents: s.finalGrantCents,
      decommitCents: s.decommitCents,
      recoverCents: s.recoverCents,
      balanceCents: s.balanceCents,
      submittedAt: report.submittedAt.toISOString(),
      acceptedAt: report.acceptedAt?.toISOString() ?? null,
    };
  }

  /**
   * Locks, in the order every money transaction uses (call → application → audit chain), the call's
   * budget row and the application, and returns the application with its approval.
   */
  private async lockGrant(
    manager: EntityManager,
    applicationId: string,
  ): Promise<{ application: Application; decision: Decision }> {
    const unlocked = await this.applications.findOrFail(manager, applicationId);
    await this.ledger.lockCall(manager, unlocked.callId);
    const application = await this.applications.lock(manager, applicationId);
    if (application.status !== 'approved') {
      throw new DomainError(
        'INVALID_TRANSITION',
        `Payments and final reports are for approved applications; this one is ${application.status}`,
      );
    }
    return { application, decision: await this.decisionOf(manager, applicationId) };
  }

  /** Refuses what may only happen once the project has ended (its end date, Brussels time). */
  private assertProjectEnded(application: Application, what: string): void {
    const today = this.clock.today();
    if (today < application.endDate) {
      throw new DomainError(
        'INVALID_TRANSITION',
        `${what} after the project has ended: it runs until ${application.endDate}`,
        { endDate: application.endDate, today },
      );
    }
  }

  private async decisionOf(manager: EntityManager, applicationId: string): Promise<Decision> {
    const decision = await manager.findOneBy(Decision, { applicationId, outcome: 'approved' });
    if (!decision) throw DomainError.notFound('Approval of application', applicationId);
    return decision;
  }

  private async assertCanRead(manager: EntityManager, actor: Actor, applicationId: string): Promise<void> {
    await this.applications.findOrFail(manager, applicationId);
    await this.access.requireApplication(manager, actor, applicationId);
  }
}

/** The grant as it stands: as decided, or as lowered by the accepted final report. */
export function currentGrant(decision: Decision): number {
  return decision.finalGrantCents ?? (decision.grantedCents as number);
}

export function toPaymentView(p: Payment): PaymentView {
  return {
    id: p.id,
    applicationId: p.applicationId,
    kind: p.kind,
    amountCents: p.amountCents,
    paidOn: p.paidOn,
    payeeIban: p.payeeIban,
    createdBy: p.createdBy,
    createdAt: p.createdAt.toISOString(),
  };
}
