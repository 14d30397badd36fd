import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../kernel/actor.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError, type RuleViolation } from '../../kernel/errors.js';
import { AccessService } from '../../platform/access/access.service.js';
import { type AuditEntry, AuditService } from '../../platform/audit/audit.service.js';
import type { MailUser } from '../../platform/notifications/notifications.service.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import type { Application } from './application.entity.js';
import { ApplicationsRepository } from './applications.repository.js';
import type { PartnerInvitationView } from './dto/partner-invitation.dto.js';
import { PartnerMails } from './partner-mails.js';
import {
  type ConsentStatus,
  type MemberRow,
  PartnerConsentRepository,
  type PartnerInvitationRow,
} from './partner-consent.repository.js';

/** An invitation mailed to an address counts for 14 days. */
const EMAIL_INVITATION_TTL_MS = 14 * 86_400_000;
/** Before a decision a partner may still consent (an application from before consent existed). */
const ACCEPT_WHILE = new Set(['draft', 'returned', 'submitted', 'admissible', 'under_review']);
/** Declining or withdrawing: only before submission. */
const REFUSE_WHILE = new Set(['draft', 'returned']);

/**
 * Partner consent. Naming another organisation as a partner invites it; the application is submitted
 * only when every partner organisation accepted, through one of its members (or, for an organisation
 * without members, through the address the coordinator mailed the invitation to). A partner may
 * decline, or withdraw its consent, until submission. An organisation the applicant is a member of
 * consents by being named.
 */
@Injectable()
export class PartnerConsentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PartnerConsentRepository,
    private readonly applications: ApplicationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly mails: PartnerMails,
  ) {}

  /**
   * Brings the invitations in line with the consortium, in the caller's transaction. `created`: the
   * application was created in this transaction, so it has no invitations to read yet, and this
   * event of its creation is recorded first, in the same statement as the invitations' events.
   */
  async sync(
    manager: EntityManager,
    actor: Actor,
    application: Pick<Application, 'id' | 'reference' | 'title'>,
    partners: readonly { organisationId: string; role: string }[],
    coordinatorName: string,
    created?: AuditEntry,
  ): Promise<void> {
    const wanted = new Set(partners.filter((p) => p.role === 'partner').map((p) => p.organisationId));
    const existing = created ? [] : await this.repository.list(manager, application.id);
    const gone = existing.filter((i) => !wanted.has(i.organisationId)).map((i) => i.organisationId);
    await this.repository.remove(manager, application.id, gone);
    const known = new Set(existing.map((i) => i.organisationId));
    const added = [...wanted].filter((organisationId) => !known.has(organisationId));
    // Each step below is one statement for all the new invitations, whatever their number.
    const roles = await this.access.memberRoles(manager, actor.id, added);
    const own = (organisationId: string) => roles.has(organisationId);
    const inserted = await this.repository.insertAll(
      manager,
      application.id,
      actor.id,
      this.clock.now(),
      added.map((organisationId) => ({
        organisationId,
        status: own(organisationId) ? 'accepted' : 'pending',
        answeredBy: own(organisationId) ? actor.id : null,
      })),
    );
    await this.audit.recordAll(manager, actor, [
      ...(created ? [created] : []),
      ...added.map((organisationId) => ({
        action: own(organisationId) ? 'application.partner_consented' : 'application.partner_invited',
        entity: 'application',
        entityId: application.id,
        data: {
          invitationId: inserted.get(organisationId)!.id,
          organisationId,
          byMembership: own(organisationId),
        },
      })),
    ]);
    const invited = added.filter((organisationId) => !own(organisationId));
    const members = await this.repository.membersOf(manager, invited);
    for (const organisationId of invited) {
      const { id, organisationName } = inserted.get(organisationId)!;
      for (const member of members.get(organisationId) ?? []) {
        await this.mails.invitation(manager, {
          user: mailUser(member),
          coordinatorName,
          organisationName,
          reference: application.reference,
          title: application.title,
          invitationId: id,
          applicationId: application.id,
        });
      }
    }
  }

  /** What stops a submission: a partner that has not accepted, an organisation not verified. */
  async violations(
    manager: EntityManager,
    applicationId: string,
    organisations: Map<string, Organisation>,
  ): Promise<RuleViolation[]> {
    const violations: RuleViolation[] = [];
    for (const i of await this.repository.list(manager, applicationId)) {
      if (i.status !== 'accepted') {
        violations.push({
          rule: 'partner_consent',
          message: `${i.organisationName} has not accepted to take part (${i.status})`,
        });
      }
    }
    for (const o of organisations.values()) {
      if (o.status !== 'verified') {
        violations.push({
          rule: 'organisation_verified',
          message: `${o.name} is not verified yet: the province checks who acts for it, or log in with e-ID`,
        });
      }
    }
    return violations;
  }

  async list(actor: Actor, applicationId: string): Promise<PartnerInvitationView[]> {
    const manager = this.dataSource.manager;
    if (!(await this.applications.findById(manager, applicationId))) {
      throw DomainError.notFound('Application', applicationId);
    }
    await this.access.requireApplication(manager, actor, applicationId);
    return (await this.repository.list(manager, applicationId)).map(toView);
  }

  /** A member of the invited organisation accepts, declines or withdraws an accepted consent. */
  async answer(
    actor: Actor,
    id: string,
    answer: 'accepted' | 'declined' | 'withdrawn',
  ): Promise<PartnerInvitationView> {
    return this.dataSource.transaction(async (manager) => {
      const { applicationId } = await this.access.requirePartnerInvitation(manager, actor, id, 'answer');
      return this.record(manager, actor, { id, applicationId }, answer);
    });
  }

  /** The coordinator mails the invitation to an address, for a partner organisation without members. */
  async sendByEmail(
    actor: Actor,
    id: string,
    dto: { email: string; language?: 'nl' | 'en' },
  ): Promise<PartnerInvitationView> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.requirePartnerInvitation(manager, actor, id, 'send');
      const invitation = (await this.repository.find(manager, id, true))!;
      if (invitation.status !== 'pending') {
        throw new DomainError('INVALID_TRANSITION', `This invitation was ${invitation.status} already`);
      }
      if ((await this.repository.members(manager, invitation.organisationId)).length > 0) {
        throw new DomainError(
          'INVALID_TRANSITION',
          `${invitation.organisationName} has members: they answer the invitation in the application`,
        );
      }
      const application = (await this.applications.findById(manager, invitation.applicationId))!;
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(this.clock.now().getTime() + EMAIL_INVITATION_TTL_MS);
      await this.repository.setEmail(manager, id, dto.email, sha256(token), expiresAt);
      await this.mails.addressInvitation(manager, {
        to: dto.email,
        language: dto.language ?? 'nl',
        organisationName: invitation.organisationName,
        reference: application.reference,
        title: application.title,
        token,
        expiresAt,
      });
      await this.audit.record(manager, actor, {
        action: 'application.partner_invitation_mailed',
        entity: 'application',
        entityId: invitation.applicationId,
        data: { invitationId: id, organisationId: invitation.organisationId, email: dto.email },
      });
      return toView((await this.repository.find(manager, id))!);
    });
  }

  /**
   * The person at the mailed address, signed in with it, accepts or declines for the organisation (the
   * coordinator's members are told either way, as for an answer in the application).
   */
  async answerByToken(
    actor: Actor,
    token: string,
    answer: 'accepted' | 'declined',
  ): Promise<PartnerInvitationView> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.repository.findByToken(manager, sha256(token));
      if (!invitation || !invitation.expiresAt || new Date(invitation.expiresAt) <= this.clock.now()) {
        throw DomainError.validation('token', 'this invitation is not valid (any more)');
      }
      if (invitation.tokenEmail.toLowerCase() !== actor.email.toLowerCase()) {
        throw DomainError.forbidden('This invitation was sent to another e-mail address');
      }
      return this.record(manager, actor, invitation, answer);
    });
  }

  /**
   * Records the answer. `target` is the invitation as read and locked already (by its token), or its
   * id and application: then it is read here, once its application is locked, so that it is read as the
   * answers and consortium changes before this one left it.
   */
  private async record(
    manager: EntityManager,
    actor: Actor,
    target: PartnerInvitationRow | { id: string; applicationId: string },
    answer: 'accepted' | 'declined' | 'withdrawn',
  ): Promise<PartnerInvitationView> {
    const { id } = target;
    const application = await this.applications.findForUpdate(manager, target.applicationId);
    if (!application) throw DomainError.notFound('Application', target.applicationId);
    const invitation = 'status' in target ? target : await this.repository.find(manager, id);
    if (!invitation) throw DomainError.notFound('Partner invitation', id);
    const allowedFrom: Record<typeof answer, ConsentStatus[]> = {
      accepted: ['pending', 'declined', 'withdrawn'],
      declined: ['pending'],
      withdrawn: ['accepted'],
    };
    if (!allowedFrom[answer].includes(invitation.status)) {
      throw new DomainError(
        'INVALID_TRANSITION',
        `This invitation is ${invitation.status}: it cannot be ${answer}`,
      );
    }
    const window = answer === 'accepted' ? ACCEPT_WHILE : REFUSE_WHILE;
    if (!window.has(application.status)) {
      throw new DomainError(
        'INVALID_TRANSITION',
        answer === 'accepted'
          ? `The application is ${application.status}: it takes no consent any more`
          : `The application is ${application.status}: a partner declines or withdraws only before submission`,
      );
    }
    const answeredAt = this.clock.now();
    await this.repository.answer(manager, id, answer, actor.id, answeredAt);
    await this.audit.record(manager, actor, {
      action: `application.partner_${answer}`,
      entity: 'application',
      entityId: application.id,
      data: { invitationId: id, organisationId: invitation.organisationId },
    });
    // The coordinator's members, then their addresses and e-mail choices: two statements for them all.
    const coordinatorMembers = await this.repository.coordinatorMembers(manager, application.id);
    const recipients = await this.mails.recipients(
      manager,
      coordinatorMembers.map((m) => m.userId),
    );
    for (const member of coordinatorMembers) {
      const user = recipients.get(member.userId);
      if (!user) continue;
      await this.mails.answer(manager, {
        user,
        organisationName: invitation.organisationName,
        reference: application.reference,
        title: application.title,
        applicationId: application.id,
        answer,
      });
    }
    // The row as this transaction leaves it: no need to read it back.
    return toView({ ...invitation, status: answer, answeredBy: actor.id, answeredAt });
  }
}

function mailUser(member: MemberRow): MailUser {
  return { id: member.userId, email: member.email, fullName: member.fullName, language: member.language };
}

function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function toView(i: PartnerInvitationRow): PartnerInvitationView {
  return {
    id: i.id,
    applicationId: i.applicationId,
    organisationId: i.organisationId,
    organisationName: i.organisationName,
    status: i.status,
    email: i.email,
    answeredAt: i.answeredAt ? new Date(i.answeredAt).toISOString() : null,
    createdAt: new Date(i.createdAt).toISOString(),
  };
}
