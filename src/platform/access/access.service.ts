import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Actor, seesAll } from '../../kernel/actor.js';
import { DomainError } from '../../kernel/errors.js';
import { AccessRepository, type ConsortiumRole, VISIBLE } from './access.repository.js';

/**
 * The one access policy: every "may this actor see or do this?" about a record is answered here
 * (the route's roles are checked before, by the guard and `@Auth`). One rule in every domain:
 * - an actor who may not know that a record exists gets 404, as if it did not exist;
 * - an actor who may see it but not do this gets 403.
 * Staff and admins see every record of the grant domains; ERDF projects are the finance and Smart Hub
 * staff's (admins have no route there). Applicants see through the organisations they belong to;
 * evaluators see their own assignments.
 */
@Injectable()
export class AccessService {
  constructor(private readonly access: AccessRepository) {}

  /** An organisation: staff and admins, its members, and the user whose account names it. */
  async requireOrganisation(manager: EntityManager, actor: Actor, organisationId: string): Promise<void> {
    if (seesAll(actor)) return;
    if (await this.access.belongsToOrganisation(manager, actor.id, organisationId)) return;
    throw DomainError.notFound('Organisation', organisationId);
  }

  /**
   * Managing an organisation (its team, join requests, invitations, its facts before verification):
   * its administrators, staff and admins. A plain member sees it, so gets 403; anyone else 404.
   */
  async requireOrganisationAdmin(
    manager: EntityManager,
    actor: Actor,
    organisationId: string,
  ): Promise<void> {
    if (seesAll(actor)) return;
    const role =
      actor.role === 'applicant'
        ? await this.access.memberRole(manager, actor.id, organisationId)
        : undefined;
    if (role === 'administrator') return;
    if (role === 'member') throw DomainError.forbidden('Only administrators of the organisation may do this');
    await this.requireOrganisation(manager, actor, organisationId);
    throw DomainError.forbidden('Only administrators of the organisation may do this');
  }

  /** The user's role in the organisation, or undefined for a non-member. */
  memberRole(
    manager: EntityManager,
    userId: string,
    organisationId: string,
  ): Promise<'administrator' | 'member' | undefined> {
    return this.access.memberRole(manager, userId, organisationId);
  }

  /** The user's role in each of the organisations they are a member of (others are absent). */
  memberRoles(
    manager: EntityManager,
    userId: string,
    organisationIds: readonly string[],
  ): Promise<Map<string, 'administrator' | 'member'>> {
    return this.access.memberRoles(manager, userId, organisationIds);
  }

  /**
   * A partner invitation (the consent of a partner organisation to an application). `read`: whoever may
   * read the application. `answer` (accept, decline, withdraw): members of the invited organisation;
   * others who see the application (its coordinator, staff) get 403. `send` (e-mail it to an address):
   * members of the coordinating organisation. Returns the invitation's application and organisation.
   */
  async requirePartnerInvitation(
    manager: EntityManager,
    actor: Actor,
    invitationId: string,
    access: 'read' | 'answer' | 'send',
  ): Promise<{ applicationId: string; organisationId: string }> {
    // The invitation, the actor's consortium role and membership of the invited organisation in one
    // statement; the decisions below are those of `requireApplication` and the answer rule.
    const invitation = await this.access.partnerInvitationFor(manager, invitationId, actor.id);
    if (!invitation) throw DomainError.notFound('Partner invitation', invitationId);
    try {
      this.decideApplication(
        actor,
        invitation.applicationId,
        access === 'send' ? 'edit' : 'read',
        {},
        actor.role === 'applicant' ? invitation.consortiumRole : 'none',
      );
    } catch (err) {
      if (err instanceof DomainError && err.code === 'NOT_FOUND') {
        throw DomainError.notFound('Partner invitation', invitationId);
      }
      throw err;
    }
    if (access === 'answer') {
      const member = actor.role === 'applicant' && invitation.invitedMember;
      if (!member)
        throw DomainError.forbidden('Only members of the invited organisation answer this invitation');
    }
    return { applicationId: invitation.applicationId, organisationId: invitation.organisationId };
  }

  /** Whether the user is a member of the organisation (e.g. to act for it as a coordinator). */
  isMember(manager: EntityManager, userId: string, organisationId: string): Promise<boolean> {
    return this.access.isOrganisationMember(manager, userId, organisationId);
  }

  /**
   * An application. `read`: staff, admins and the members of its partners. `edit` (change, submit,
   * withdraw, report): only members of the coordinating organisation; staff, admins and the other
   * partners see it, so they get 403. `staffMayEdit` lets staff and admins act too (e.g. withdraw on
   * the applicant's request, a final report received on paper). `assignedEvaluatorMayRead` lets the
   * evaluators assigned to it read too (404 for others, 403 for one who declared a conflict).
   */
  async requireApplication(
    manager: EntityManager,
    actor: Actor,
    applicationId: string,
    access: 'read' | 'edit' = 'read',
    options: { staffMayEdit?: boolean; reason?: string; assignedEvaluatorMayRead?: boolean } = {},
  ): Promise<void> {
    if (actor.role === 'evaluator' && access === 'read' && options.assignedEvaluatorMayRead) {
      // An evaluator reads what they review (its documents) once they declared no conflict; one who
      // declared a conflict or has not declared yet sees that it exists but not its content (403);
      // any other evaluator: 404.
      const status = await this.access.assignmentStatusOn(manager, actor.id, applicationId);
      if (status === undefined) throw DomainError.notFound('Application', applicationId);
      if (status === 'recused') throw DomainError.forbidden('You declared a conflict of interest');
      if (status === 'assigned') {
        throw DomainError.forbidden('Declare first whether you have a conflict of interest');
      }
      return;
    }
    const role =
      actor.role === 'applicant' && !seesAll(actor)
        ? await this.access.consortiumRole(manager, actor.id, applicationId)
        : 'none';
    this.decideApplication(actor, applicationId, access, options, role);
  }

  /** The rule of `requireApplication` once the actor's consortium role is known ('none' for non-applicants). */
  private decideApplication(
    actor: Actor,
    applicationId: string,
    access: 'read' | 'edit',
    options: { staffMayEdit?: boolean; reason?: string },
    role: ConsortiumRole,
  ): void {
    if (seesAll(actor)) {
      if (access === 'read' || options.staffMayEdit) return;
      throw DomainError.forbidden(options.reason ?? COORDINATOR_ONLY);
    }
    if (role === 'none') throw DomainError.notFound('Application', applicationId);
    if (access === 'edit' && role !== 'coordinator')
      throw DomainError.forbidden(options.reason ?? COORDINATOR_ONLY);
  }

  /**
   * An ERDF project and what belongs to it (expenses, claims, their documents): staff, and members of
   * a partner organisation, who read (`edit`: 403) and never write. Anyone else: 404.
   */
  async requireErdfProject(
    manager: EntityManager,
    actor: Actor,
    projectId: string,
    access: 'read' | 'edit' = 'read',
  ): Promise<void> {
    const exists = await this.access.erdfProjectExists(manager, projectId);
    if (exists && actor.role === 'staff') return;
    if (
      exists &&
      actor.role === 'applicant' &&
      (await this.access.isErdfPartnerMember(manager, actor.id, projectId))
    ) {
      if (access === 'edit') throw DomainError.forbidden('ERDF projects are kept by provincial staff');
      return;
    }
    throw DomainError.notFound('ERDF project', projectId);
  }

  /**
   * A review assignment. `read`: staff, admins and its evaluator; `act` (declare, review): its
   * evaluator only; staff and admins see it, so they get 403. Anyone else: 404.
   */
  async requireAssignment(
    manager: EntityManager,
    actor: Actor,
    assignmentId: string,
    access: 'read' | 'act' = 'read',
  ): Promise<void> {
    const evaluatorId = await this.access.assignmentEvaluator(manager, assignmentId);
    if (evaluatorId === undefined) throw DomainError.notFound('Assignment', assignmentId);
    if (evaluatorId === actor.id) return;
    if (seesAll(actor)) {
      if (access === 'read') return;
      throw DomainError.forbidden('Only the assigned evaluator reviews');
    }
    throw DomainError.notFound('Assignment', assignmentId);
  }

  /**
   * A WHERE condition that keeps a list to the records the actor may see, or undefined when the
   * actor sees them all. `userParam` is the placeholder the query binds to the actor's id.
   */
  visibleApplications(actor: Actor, column: string, userParam: string): string | undefined {
    return seesAll(actor) ? undefined : VISIBLE.applications(column, userParam);
  }

  visibleOrganisations(actor: Actor, column: string, userParam: string): string | undefined {
    return seesAll(actor) ? undefined : VISIBLE.organisations(column, userParam);
  }

  visibleErdfProjects(actor: Actor, column: string, userParam: string): string | undefined {
    return actor.role === 'staff' ? undefined : VISIBLE.erdfProjects(column, userParam);
  }

  /** Who is told about an application: the members of its coordinating organisation. */
  coordinatorMembers(manager: EntityManager, applicationId: string): Promise<string[]> {
    return this.access.coordinatorMembers(manager, applicationId);
  }

  organisationMembers(manager: EntityManager, organisationId: string): Promise<string[]> {
    return this.access.organisationMembers(manager, organisationId);
  }

  isCoordinatorMember(manager: EntityManager, userId: string, applicationId: string): Promise<boolean> {
    return this.access.isCoordinatorMember(manager, userId, applicationId);
  }
}

const COORDINATOR_ONLY = 'Only members of the coordinating organisation may change this application';
