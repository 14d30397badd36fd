import { NotificationsService } from '../../platform/notifications/notifications.service.js';
import { formatDay } from '../../platform/notifications/mail-format.js';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity.js';
import { ApplicationsService } from '../applications/applications.service.js';
import type { ApplicationStatus } from '../applications/state-machine.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import type { Page } from '../../kernel/pagination.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { Call } from '../programmes/programme.entity.js';
import { callStatus } from '../programmes/programme-rules.js';
import { User } from '../../platform/identity/user.entity.js';
import type {
  AssignmentDetailView,
  AssignmentListQueryDto,
  AssignmentView,
  ConsensusDto,
  ConsensusView,
  CreateAssignmentDto,
  CriterionView,
  DeclarationDto,
  EvaluatorCandidateView,
  ReviewView,
  SaveReviewDto,
} from './dto/review.dto.js';
import { ApplicationConsensus, Review, ReviewAssignment } from './review.entity.js';
import { type AssignmentRow, type ReviewRow, ReviewsRepository } from './reviews.repository.js';
import { type Criterion, type CriterionScore, roundTo, validateReview, weightedScore } from './scoring.js';
import { type Actor, seesAll } from '../../kernel/actor.js';
import { AccessService } from '../../platform/access/access.service.js';

/** Application states in which evaluators are assigned, declare and score (SPEC.md §4). */
export const REVIEWABLE_STATUSES: readonly ApplicationStatus[] = ['admissible', 'under_review'];

/** Assignment states in which the evaluator may read the application's content. */
const OPEN_STATUSES = new Set(['declared', 'submitted']);

/**
 * Evaluator assignments, conflict-of-interest declarations, reviews and staff consensus notes.
 *
 * Who sees what: an evaluator sees only their own assignments; an application's content (its
 * submitted snapshot) only after declaring no conflict; only their own review, draft or submitted,
 * never another evaluator's — not even after submitting, so every review stays independent and
 * nobody assigned later can be anchored. The reviews meet in the ranking and the staff consensus.
 * Staff see every assignment and every submitted review; drafts stay the evaluator's own.
 */
@Injectable()
export class ReviewsService {
  private readonly logger = new Logger(ReviewsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly applications: ApplicationsService,
    private readonly organisations: OrganisationsService,
    private readonly access: AccessService,
    private readonly repository: ReviewsRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** The call's review deadline for the mail (`—` when the call has none). */
  private async reviewDueText(manager: EntityManager, callId: string): Promise<string> {
    const call = await manager.findOneBy(Call, { id: callId });
    return call?.reviewDeadline ? formatDay(call.reviewDeadline) : '—';
  }

  /**
   * Reviews start after the call closed, so that every application of the call is judged by the same
   * panel at the same moment; a call with `reviewsDuringCall` (a rolling call) says otherwise. 409
   * CALL_STILL_OPEN before.
   */
  private async assertReviewsMayStart(manager: EntityManager, callId: string): Promise<void> {
    // FOR SHARE: a change of the call's criteria (which locks the call FOR UPDATE and refuses once an
    // evaluator is assigned) waits for this assignment, and this assignment for that change.
    const call = await manager.findOne(Call, { where: { id: callId }, lock: { mode: 'pessimistic_read' } });
    if (!call || call.reviewsDuringCall || callStatus(call, this.clock.now()) === 'closed') return;
    throw new DomainError(
      'CALL_STILL_OPEN',
      `Reviews start after the call closes, at the end of ${call.closesOn} (Brussels time)`,
      { closesOn: call.closesOn, closesAt: call.closesAt.toISOString(), reviewsDuringCall: false },
    );
  }

  /**
   * Staff assign an evaluator to an admissible (or under-review) application. Refused with 422
   * CONFLICT_OF_INTEREST when the evaluator's organisation or one linked to it is a partner.
   */
  async assign(actor: Actor, applicationId: string, dto: CreateAssignmentDto): Promise<AssignmentView> {
    const id = await this.dataSource.transaction(async (manager) => {
      // The lock serialises assignments of one application (and review submissions, which lock it too).
      const application = await this.applications.lock(manager, applicationId);
      assertReviewable(application, 'assign evaluators to');
      await this.assertReviewsMayStart(manager, application.callId);
      const evaluator = await manager.findOneBy(User, { id: dto.evaluatorId });
      if (!evaluator) throw DomainError.notFound('User', dto.evaluatorId);
      if (evaluator.role !== 'evaluator') {
        throw DomainError.validation('evaluatorId', 'must be a user with role evaluator');
      }
      const existing = await manager.findOneBy(ReviewAssignment, {
        applicationId,
        evaluatorId: evaluator.id,
      });
      if (existing) {
        throw new DomainError(
          'ALREADY_EXISTS',
          existing.status === 'recused'
            ? `${evaluator.fullName} declared a conflict for this application and cannot be assigned again`
            : `${evaluator.fullName} is already assigned to this application`,
          { assignmentId: existing.id, status: existing.status },
        );
      }
      const conflicts = await this.detectConflicts(manager, evaluator, application);
      if (conflicts.length > 0) {
        throw new DomainError(
          'CONFLICT_OF_INTEREST',
          `${evaluator.fullName} works for ${conflicts.map((c) => c.name).join(', ')}, ` +
            `a partner of ${application.reference} or linked to one`,
          conflicts,
        );
      }
      const assignment = await manager.save(
        manager.create(ReviewAssignment, {
          applicationId,
          evaluatorId: evaluator.id,
          status: 'assigned',
          hasConflict: null,
          statement: null,
          declaredAt: null,
          assignedBy: actor.id,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'review.assigned',
        entity: 'review_assignment',
        entityId: assignment.id,
        data: { applicationId, reference: application.reference, evaluatorId: evaluator.id },
      });
      await this.notifications.notify(manager, {
        userIds: [evaluator.id],
        event: 'review.assigned',
        template: 'review-assigned',
        data: {
          reference: application.reference,
          title: application.title,
          dueDate: await this.reviewDueText(manager, application.callId),
        },
        category: 'review',
        link: `/assignments/${assignment.id}`,
        resource: { type: 'review_assignment', id: assignment.id },
      });
      return assignment.id;
    });
    return this.assignmentView(this.dataSource.manager, id);
  }

  /**
   * Organisations that make the evaluator partial: the partners of the application (as submitted
   * and as they stand) that belong to the single undertaking of the evaluator's organisation, with
   * their role in the application and, for a link, the evaluator's organisation it runs through.
   */
  private async detectConflicts(
    manager: EntityManager,
    evaluator: User,
    application: Application,
  ): Promise<Conflict[]> {
    // The employer and every organisation the evaluator is a member of, with their single undertakings.
    const own = [
      ...new Set([
        ...(evaluator.organisationId ? [evaluator.organisationId] : []),
        ...(await this.repository.memberOrganisationIds(manager, evaluator.id)),
      ]),
    ];
    if (own.length === 0) return [];
    const via = new Map<string, string>(); // an organisation of the undertaking → the own one it is linked to
    for (const id of own) {
      for (const linked of await this.organisations.singleUndertakingIds(id, manager)) {
        if (!via.has(linked)) via.set(linked, id);
      }
    }
    const roles = new Map<string, 'coordinator' | 'partner'>();
    for (const p of await this.repository.partnerRoles(manager, application.id))
      roles.set(p.organisationId, p.role);
    for (const p of application.snapshot?.partners ?? []) {
      if (!roles.has(p.organisationId)) roles.set(p.organisationId, p.role);
    }
    const hits = [...via.keys()].filter((id) => roles.has(id));
    if (hits.length === 0) return [];
    const names = new Map(
      (
        await this.repository.organisationNames(manager, [
          ...new Set([...hits, ...hits.map((h) => via.get(h)!)]),
        ])
      ).map((r) => [r.id, r.name]),
    );
    return hits
      .map((id) => {
        const ownOrganisation = own.includes(id);
        return {
          organisationId: id,
          name: names.get(id) ?? id,
          relation: ownOrganisation ? ('own_organisation' as const) : ('linked' as const),
          partnerRole: roles.get(id)!,
          via: ownOrganisation ? null : (names.get(via.get(id)!) ?? null),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * The active evaluators staff may choose from for an application, each with the conflicts of
   * interest the assignment would be refused for (the same check as `assign`) and their assignment
   * on it if they have one: so the conflicts are on screen before anyone is assigned.
   */
  async evaluatorCandidates(
    applicationId: string,
    query: { limit: number; offset: number },
  ): Promise<Page<EvaluatorCandidateView>> {
    const manager = this.dataSource.manager;
    const application = await this.applications.findOrFail(manager, applicationId);
    const { rows, total } = await this.repository.activeEvaluatorPage(manager, query);
    const items: EvaluatorCandidateView[] = [];
    for (const row of rows) {
      const evaluator = await manager.findOneBy(User, { id: row.id });
      if (!evaluator) continue;
      const assignment = await manager.findOneBy(ReviewAssignment, { applicationId, evaluatorId: row.id });
      items.push({
        evaluatorId: evaluator.id,
        fullName: evaluator.fullName,
        organisationName: row.organisationName,
        conflicts: await this.detectConflicts(manager, evaluator, application),
        assignmentId: assignment?.id ?? null,
        assignmentStatus: assignment?.status ?? null,
      });
    }
    return { items, total };
  }

  /**
   * Conflicts are checked again when the evaluator declares "no conflict" and when they submit: a link
   * or membership added after the assignment recuses them (the recusal is kept, audited), and the
   * request is answered 422 CONFLICT_OF_INTEREST.
   */
  private async recheckConflicts(
    manager: EntityManager,
    actor: Actor,
    assignmentId: string,
    application: Application,
  ): Promise<Conflict[]> {
    const evaluator = await manager.findOneBy(User, { id: actor.id });
    if (!evaluator) return [];
    const conflicts = await this.detectConflicts(manager, evaluator, application);
    if (conflicts.length === 0) return [];
    await manager.update(
      ReviewAssignment,
      { id: assignmentId },
      {
        status: 'recused',
        hasConflict: true,
        statement: `Recused: ${conflicts.map((c) => c.name).join(', ')} (${conflicts.map((c) => c.relation).join(', ')})`,
        declaredAt: this.clock.now(),
      },
    );
    await this.audit.record(manager, actor, {
      action: 'review.recused_on_recheck',
      entity: 'review_assignment',
      entityId: assignmentId,
      data: { applicationId: application.id, reference: application.reference, conflicts },
    });
    return conflicts;
  }

  /** The evaluator declares whether they have a conflict; a conflict recuses the assignment. */
  async declare(actor: Actor, assignmentId: string, dto: DeclarationDto): Promise<AssignmentDetailView> {
    const conflicts = await this.dataSource.transaction(async (manager): Promise<Conflict[]> => {
      const assignment = await this.lockOwnAssignment(manager, actor, assignmentId);
      if (assignment.status !== 'assigned') {
        throw new DomainError('INVALID_TRANSITION', 'This assignment already has a declaration', {
          status: assignment.status,
        });
      }
      const application = await this.applications.findOrFail(manager, assignment.applicationId);
      assertReviewable(application, 'declare on');
      if (!dto.hasConflict) {
        const found = await this.recheckConflicts(manager, actor, assignment.id, application);
        if (found.length > 0) return found;
      }
      const declaredAt = this.clock.now();
      await manager.update(
        ReviewAssignment,
        { id: assignment.id },
        {
          status: dto.hasConflict ? 'recused' : 'declared',
          hasConflict: dto.hasConflict,
          statement: dto.statement || null,
          declaredAt,
        },
      );
      await this.audit.record(manager, actor, {
        action: dto.hasConflict ? 'review.recused' : 'review.declared_no_conflict',
        entity: 'review_assignment',
        entityId: assignment.id,
        data: {
          applicationId: application.id,
          reference: application.reference,
          hasConflict: dto.hasConflict,
          statement: dto.statement || null,
          declaredAt: declaredAt.toISOString(),
        },
      });
      return [];
    });
    if (conflicts.length > 0) throw conflictError(conflicts);
    return this.getAssignment(actor, assignmentId);
  }

  /**
   * Saves the evaluator's review as a draft, or submits it (`submit: true`): then every criterion
   * needs a score in 0..maxScore and a comment, and the review is final. When the application has
   * the call's minimum number of submitted reviews, it moves to `under_review` in the same transaction.
   */
  async saveReview(actor: Actor, assignmentId: string, dto: SaveReviewDto): Promise<ReviewView> {
    const submit = dto.submit === true;
    const outcome = await this.dataSource.transaction(async (manager): Promise<string | Conflict[]> => {
      const owned = await this.findOwnAssignment(manager, actor, assignmentId);
      // Lock order: the application, then the assignment — the same in every write, so no deadlocks.
      // Locking the application makes two simultaneous last submissions count one after the other.
      const application = submit
        ? await this.applications.lock(manager, owned.applicationId)
        : await this.applications.findOrFail(manager, owned.applicationId);
      const assignment = await this.lockOwnAssignment(manager, actor, assignmentId);
      if (assignment.status === 'submitted') {
        throw new DomainError('ALREADY_SUBMITTED', 'This review is submitted and can no longer change');
      }
      if (assignment.status !== 'declared') {
        throw DomainError.forbidden(
          assignment.status === 'recused'
            ? 'You declared a conflict of interest for this application'
            : 'Declare whether you have a conflict of interest first',
        );
      }
      assertReviewable(application, 'review');
      if (submit) {
        const found = await this.recheckConflicts(manager, actor, assignment.id, application);
        if (found.length > 0) return found;
      }
      const call = await this.findCall(manager, application.callId);
      const criteria = call.criteria as Criterion[];
      const errors = validateReview(criteria, dto, { submit });
      if (errors.length > 0) {
        throw new DomainError(
          'VALIDATION_FAILED',
          errors.map((e) => `${e.field}: ${e.message}`).join('; '),
          errors,
        );
      }
      const order = new Map(criteria.map((c, i) => [c.key, i]));
      const scores: CriterionScore[] = dto.scores
        .map((s) => ({ criterion: s.criterion, score: s.score, comment: s.comment?.trim() ?? '' }))
        .sort((a, b) => order.get(a.criterion)! - order.get(b.criterion)!);
      const now = this.clock.now();
      const weighted = submit ? roundTo(weightedScore(criteria, scores), 4) : null;
      const existing = await manager.findOneBy(Review, { assignmentId });
      const review = await manager.save(
        Object.assign(existing ?? manager.create(Review, { assignmentId }), {
          scores,
          comment: dto.comment?.trim() || null,
          weightedScore: weighted,
          submittedAt: submit ? now : null,
        }),
      );
      if (!submit) return review.id;

      await manager.update(ReviewAssignment, { id: assignment.id }, { status: 'submitted' });
      await this.audit.record(manager, actor, {
        action: 'review.submitted',
        entity: 'review',
        entityId: review.id,
        data: {
          assignmentId,
          applicationId: application.id,
          reference: application.reference,
          weightedScore: weighted,
          scores: scores.map((s) => ({ criterion: s.criterion, score: s.score })),
        },
      });
      const count = await this.repository.countSubmittedReviews(manager, application.id);
      if (application.status === 'admissible' && count >= call.minReviewsPerApplication) {
        await this.applications.transition(manager, application.id, 'under_review', actor, {
          reason: 'the minimum number of reviews is in',
          reviewCount: count,
          minReviewsPerApplication: call.minReviewsPerApplication,
        });
      }
      return review.id;
    });
    if (typeof outcome !== 'string') throw conflictError(outcome);
    return this.reviewView(this.dataSource.manager, outcome);
  }

  /** Staff replace an application's mean score with a consensus score; the latest note counts. */
  async consensus(actor: Actor, applicationId: string, dto: ConsensusDto): Promise<ConsensusView> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.applications.lock(manager, applicationId);
      if (application.status !== 'under_review') {
        throw new DomainError(
          'INVALID_TRANSITION',
          `A consensus is recorded once the reviews are in (under_review); ${application.reference} is ${application.status}`,
          { status: application.status },
        );
      }
      const meanScore = await this.meanScore(manager, applicationId);
      const note = await manager.save(
        manager.create(ApplicationConsensus, {
          applicationId,
          score: dto.score,
          justification: dto.justification,
          decidedBy: actor.id,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'review.consensus',
        entity: 'application',
        entityId: applicationId,
        data: {
          consensusId: note.id,
          reference: application.reference,
          score: dto.score,
          meanScore,
          justification: dto.justification,
        },
      });
      return {
        id: note.id,
        applicationId,
        score: Number(note.score),
        meanScore,
        justification: note.justification,
        decidedBy: note.decidedBy,
        createdAt: note.createdAt.toISOString(),
      };
    });
  }

  async listAssignments(actor: Actor, query: AssignmentListQueryDto): Promise<Page<AssignmentView>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (!seesAll(actor)) add('a.evaluator_id = ?', actor.id);
    else if (query.evaluatorId) add('a.evaluator_id = ?', query.evaluatorId);
    if (query.applicationId) add('a.application_id = ?', query.applicationId);
    if (query.callId) add('p.call_id = ?', query.callId);
    if (query.status) add('a.status = ?', query.status);
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const { rows, total } = await this.repository.findAssignmentPage(
      this.dataSource.manager,
      { sql: filter, params },
      query,
    );
    return { items: rows.map(toAssignmentView), total };
  }

  /**
   * One assignment. For its evaluator: the call's criteria, their own review, and the application
   * as submitted — but only after declaring no conflict. Staff see it all.
   */
  async getAssignment(actor: Actor, assignmentId: string): Promise<AssignmentDetailView> {
    const manager = this.dataSource.manager;
    await this.access.requireAssignment(manager, actor, assignmentId);
    const view = await this.assignmentView(manager, assignmentId);
    const application = await this.applications.findOrFail(manager, view.applicationId);
    const call = await this.findCall(manager, application.callId);
    const open = seesAll(actor) || OPEN_STATUSES.has(view.status);
    const review = await manager.findOneBy(Review, { assignmentId });
    return {
      ...view,
      criteria: (call.criteria as Criterion[]).map(toCriterionView),
      consortium: (application.snapshot?.partners ?? []).map((p) => ({
        organisationId: p.organisationId,
        name: p.name,
        enterpriseNumber: p.enterpriseNumber,
        role: p.role,
      })),
      application: open ? snapshotView(application) : null,
      review:
        review && (review.submittedAt !== null || view.evaluatorId === actor.id)
          ? await this.reviewView(manager, review.id)
          : null,
    };
  }

  /**
   * The application as submitted, for its evaluator: 403 until they declared no conflict of
   * interest, and for good when they declared one. Staff may read it too.
   */
  async getAssignmentApplication(actor: Actor, assignmentId: string): Promise<Record<string, unknown>> {
    const manager = this.dataSource.manager;
    const assignment = await manager.findOneBy(ReviewAssignment, { id: assignmentId });
    await this.access.requireAssignment(manager, actor, assignmentId);
    if (!assignment) throw DomainError.notFound('Assignment', assignmentId);
    if (!seesAll(actor)) {
      if (assignment.status === 'recused') {
        throw DomainError.forbidden('You declared a conflict of interest for this application');
      }
      if (!OPEN_STATUSES.has(assignment.status)) {
        throw DomainError.forbidden(
          'Declare whether you have a conflict of interest before reading the application',
        );
      }
    }
    return snapshotView(await this.applications.findOrFail(manager, assignment.applicationId));
  }

  /**
   * Reviews of an application. Staff: every submitted review. An evaluator with an open assignment
   * on it: only their own review (draft or submitted); anyone else: 403.
   */
  async listReviews(
    actor: Actor,
    applicationId: string,
    query: { limit: number; offset: number },
  ): Promise<Page<ReviewView>> {
    const manager = this.dataSource.manager;
    await this.applications.findOrFail(manager, applicationId);
    let filter = 'a.application_id = $1 AND r.submitted_at IS NOT NULL';
    const params: unknown[] = [applicationId];
    if (!seesAll(actor)) {
      // An evaluator learns of an application through an assignment only; a recused one knows it.
      const own = await manager.findOneBy(ReviewAssignment, { applicationId, evaluatorId: actor.id });
      if (!own) throw DomainError.notFound('Application', applicationId);
      if (own.status === 'recused') {
        throw DomainError.forbidden('You declared a conflict of interest for this application');
      }
      filter = 'a.application_id = $1 AND a.evaluator_id = $2';
      params.push(actor.id);
    }
    const { rows, total } = await this.repository.findReviewPage(manager, { sql: filter, params }, query);
    return { items: rows.map(toReviewView), total };
  }

  private async meanScore(manager: EntityManager, applicationId: string): Promise<number | null> {
    const mean = await this.repository.meanSubmittedScore(manager, applicationId);
    return mean === null ? null : roundTo(mean, 2);
  }

  private async findCall(manager: EntityManager, callId: string): Promise<Call> {
    const call = await manager.findOneBy(Call, { id: callId });
    if (!call) throw DomainError.notFound('Call', callId);
    return call;
  }

  private async findOwnAssignment(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<ReviewAssignment> {
    await this.access.requireAssignment(manager, actor, id, 'act');
    const assignment = await manager.findOneBy(ReviewAssignment, { id });
    if (!assignment) throw DomainError.notFound('Assignment', id);
    return assignment;
  }

  private async lockOwnAssignment(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<ReviewAssignment> {
    const assignment = await manager.findOne(ReviewAssignment, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!assignment) throw DomainError.notFound('Assignment', id);
    await this.access.requireAssignment(manager, actor, id, 'act');
    return assignment;
  }

  private async assignmentView(manager: EntityManager, id: string): Promise<AssignmentView> {
    const row = await this.repository.findAssignment(manager, id);
    if (!row) throw DomainError.notFound('Assignment', id);
    return toAssignmentView(row);
  }

  private async reviewView(manager: EntityManager, id: string): Promise<ReviewView> {
    const row = await this.repository.findReview(manager, id);
    if (!row) throw DomainError.notFound('Review', id);
    return toReviewView(row);
  }
}

interface Conflict {
  organisationId: string;
  name: string;
  relation: 'own_organisation' | 'linked';
  partnerRole: 'coordinator' | 'partner';
  /** For a link: the name of the evaluator's own organisation it runs through. */
  via: string | null;
}

function conflictError(conflicts: Conflict[]): DomainError {
  return new DomainError(
    'CONFLICT_OF_INTEREST',
    `You work for or belong to ${conflicts.map((c) => c.name).join(', ')}, a partner of this application or ` +
      'linked to one: you are recused from it',
    conflicts,
  );
}

function assertReviewable(application: Application, what: string): void {
  if (!REVIEWABLE_STATUSES.includes(application.status)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `Only admissible applications or applications under review can be reviewed; cannot ${what} ` +
        `${application.reference}, which is ${application.status}`,
      { status: application.status, allowed: REVIEWABLE_STATUSES },
    );
  }
}

const iso = (value: Date | string) => new Date(value).toISOString();

function toAssignmentView(r: AssignmentRow): AssignmentView {
  return {
    id: r.id,
    applicationId: r.application_id,
    applicationReference: r.reference,
    applicationTitle: r.title,
    callId: r.call_id,
    evaluatorId: r.evaluator_id,
    evaluatorName: r.evaluator_name,
    status: r.status,
    hasConflict: r.has_conflict,
    statement: r.statement,
    declaredAt: r.declared_at === null ? null : iso(r.declared_at),
    assignedBy: r.assigned_by,
    createdAt: iso(r.created_at),
  };
}

function toReviewView(r: ReviewRow): ReviewView {
  return {
    id: r.id,
    assignmentId: r.assignment_id,
    applicationId: r.application_id,
    evaluatorId: r.evaluator_id,
    evaluatorName: r.evaluator_name,
    status: r.submitted_at === null ? 'draft' : 'submitted',
    scores: r.scores.map((s) => ({ criterion: s.criterion, score: s.score, comment: s.comment })),
    comment: r.comment,
    weightedScore: r.weighted_score,
    submittedAt: r.submitted_at === null ? null : iso(r.submitted_at),
    updatedAt: iso(r.updated_at),
  };
}

function toCriterionView(c: Criterion): CriterionView {
  return {
    key: c.key,
    label: c.label,
    weight: c.weight,
    maxScore: c.maxScore,
    threshold: c.threshold ?? null,
  };
}

/** The application as the evaluator reads it: what was submitted, nothing added since. */
function snapshotView(application: Application): Record<string, unknown> {
  return {
    id: application.id,
    callId: application.callId,
    status: application.status,
    ...(application.snapshot ?? {}),
  };
}
