import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../platform/access/access.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { DomainError } from '../../kernel/errors.js';
import { formatEnterpriseNumber, normaliseIban } from '../../kernel/identifiers.js';
import type { Page } from '../../kernel/pagination.js';
import { Clock } from '../../kernel/clock.js';
import { seesAll } from '../../kernel/actor.js';
import type {
  ConfirmSmeDto,
  CreateLinkDto,
  CreateOrganisationDto,
  InvitationDto,
  InvitationView,
  JoinRequestStatus,
  JoinRequestView,
  MemberView,
  UpdateOrganisationDto,
  LinkView,
  OrganisationSummary,
  OrganisationView,
  SingleUndertakingView,
} from './dto/organisation.dto.js';
import { type MemberRole, Organisation, OrganisationLink } from './organisation.entity.js';
import {
  type InvitationRow,
  type JoinRequestRow,
  OrganisationsRepository,
  TeamsRepository,
} from './organisations.repository.js';
import { OrganisationMails } from './organisation-mails.js';
import type { Actor, AuditActor } from '../../kernel/actor.js';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly repository: OrganisationsRepository,
    private readonly teams: TeamsRepository,
    private readonly clock: Clock,
    private readonly mails: OrganisationMails,
  ) {}

  /**
   * Registers an organisation. An applicant who registers it becomes its administrator and it is
   * `pending` until verified; one that staff register is verified at once. A second applicant who
   * registers an enterprise number that exists gets 409 ALREADY_EXISTS ("this organisation exists;
   * ask to join") and a join request to its administrators, never ownership.
   */
  async create(actor: Actor, dto: CreateOrganisationDto): Promise<OrganisationView> {
    if (dto.smeSize !== undefined && dto.kind !== 'sme') {
      throw DomainError.validation('smeSize', 'smeSize is only for kind sme');
    }
    const enterpriseNumber = formatEnterpriseNumber(dto.enterpriseNumber);
    const existing = await this.dataSource.getRepository(Organisation).findOneBy({ enterpriseNumber });
    if (existing) {
      const member = await this.access.memberRole(this.dataSource.manager, actor.id, existing.id);
      const request =
        actor.role === 'applicant' && !member ? await this.requestJoin(actor, existing.id, {}) : undefined;
      throw new DomainError(
        'ALREADY_EXISTS',
        member
          ? `You are already a member of the organisation with enterprise number ${enterpriseNumber}`
          : request
            ? `This organisation exists; ask to join: your join request went to its administrators`
            : `An organisation with enterprise number ${enterpriseNumber} exists`,
        [
          { field: 'enterpriseNumber', message: 'already registered' },
          ...(request
            ? [{ organisationId: existing.id, joinRequestId: request.id, joinRequestStatus: request.status }]
            : []),
        ],
      );
    }
    const verifiedByStaff = seesAll(actor);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Organisation, { enterpriseNumber })) {
        throw new DomainError(
          'ALREADY_EXISTS',
          `An organisation with enterprise number ${enterpriseNumber} exists`,
          [{ field: 'enterpriseNumber', message: 'already registered' }],
        );
      }
      const organisation = await manager.save(
        manager.create(Organisation, {
          name: dto.name,
          enterpriseNumber,
          kind: dto.kind,
          smeSize: dto.smeSize ?? null,
          street: dto.address?.street ?? null,
          postalCode: dto.address?.postalCode ?? null,
          city: dto.address?.city ?? null,
          country: dto.address?.country ?? null,
          iban: dto.iban ? normaliseIban(dto.iban) : null,
          status: verifiedByStaff ? 'verified' : 'pending',
          verifiedAt: verifiedByStaff ? this.clock.now() : null,
          verifiedBy: null,
          verifiedVia: verifiedByStaff ? 'staff' : null,
        }),
      );
      if (actor.role === 'applicant') {
        await this.teams.addMember(manager, organisation.id, actor.id, 'administrator');
      }
      await this.audit.record(manager, actor, {
        action: 'organisation.created',
        entity: 'organisation',
        entityId: organisation.id,
        data: {
          name: organisation.name,
          enterpriseNumber,
          kind: organisation.kind,
          status: organisation.status,
          member: actor.role === 'applicant' ? actor.id : null,
        },
      });
      return toOrganisationView(organisation, actor);
    });
  }

  /** Staff verify a pending organisation: its facts now count, and it may submit applications. */
  async verify(actor: Actor, id: string): Promise<OrganisationView> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.lockOrFail(manager, id);
      if (organisation.status === 'verified') {
        throw new DomainError('INVALID_TRANSITION', 'This organisation is verified already');
      }
      await this.markVerified(manager, actor, organisation, 'staff');
      return toOrganisationView(organisation, actor);
    });
  }

  /**
   * Staff confirm an SME's size (issue #18, item 6): the size they found, the day and the evidence,
   * audited. A size different from the declared one replaces it. Only for kind `sme`: a linked large
   * enterprise or another kind is a fact of the register, not of the size.
   */
  async confirmSme(actor: Actor, id: string, dto: ConfirmSmeDto): Promise<OrganisationView> {
    if (dto.confirmedOn > this.clock.today()) {
      throw DomainError.validation('confirmedOn', 'must not be after today');
    }
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.lockOrFail(manager, id);
      if (organisation.kind !== 'sme') {
        throw DomainError.validation(
          'smeSize',
          `only an organisation of kind sme has a size to confirm; this one is ${organisation.kind}`,
        );
      }
      const changes: Partial<Organisation> = {
        smeSize: dto.smeSize,
        smeConfirmedSize: dto.smeSize,
        smeConfirmedOn: dto.confirmedOn,
        smeEvidence: dto.evidence,
        smeConfirmedBy: actor.id,
      };
      await manager.update(Organisation, { id }, changes);
      await this.audit.record(manager, actor, {
        action: 'organisation.sme_confirmed',
        entity: 'organisation',
        entityId: id,
        data: {
          declaredSize: organisation.smeSize,
          confirmedSize: dto.smeSize,
          confirmedOn: dto.confirmedOn,
          evidence: dto.evidence,
        },
      });
      return this.withSmeForRate(manager, toOrganisationView(Object.assign(organisation, changes), actor));
    });
  }

  /** The view with `smeForRate`: an SME counts as one for the rate unless its undertaking holds a large enterprise. */
  private async withSmeForRate(manager: EntityManager, view: OrganisationView): Promise<OrganisationView> {
    const facts = await this.repository.undertakingFacts(manager, [view.id]);
    return {
      ...view,
      smeForRate: view.kind === 'sme' && facts.get(view.id)?.includesLargeEnterprise !== true,
    };
  }

  /**
   * For each organisation, its single undertaking (a shared key) and whether a large enterprise
   * belongs to it: what the eligibility rules need (`min_partners`, the SME rate).
   */
  undertakingFacts(
    manager: EntityManager,
    ids: string[],
  ): Promise<Map<string, { undertaking: string; includesLargeEnterprise: boolean }>> {
    return this.repository.undertakingFacts(manager, ids);
  }

  private async markVerified(
    manager: EntityManager,
    actor: AuditActor,
    organisation: Organisation,
    via: 'staff' | 'eid',
  ): Promise<void> {
    const changes = {
      status: 'verified' as const,
      verifiedAt: this.clock.now(),
      verifiedBy: actor.id,
      verifiedVia: via,
    };
    await manager.update(Organisation, { id: organisation.id }, changes);
    Object.assign(organisation, changes);
    await this.audit.record(manager, actor, {
      action: 'organisation.verified',
      entity: 'organisation',
      entityId: organisation.id,
      data: { enterpriseNumber: organisation.enterpriseNumber, via },
    });
  }

  /**
   * Changes an organisation's facts. Its kind, SME size and IBAN decide rates and ceilings, so: its
   * administrators change them while it is pending, staff at any time (after verification only
   * staff). Every change is audited with the old and the new value.
   */
  async update(actor: Actor, id: string, dto: UpdateOrganisationDto): Promise<OrganisationView> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.lockOrFail(manager, id);
      await this.access.requireOrganisationAdmin(manager, actor, id);
      if (!seesAll(actor) && organisation.status === 'verified') {
        throw DomainError.forbidden(
          'This organisation is verified: ask the province to change its kind, size, IBAN or name',
        );
      }
      const next: Partial<Organisation> = {};
      if (dto.name !== undefined) next.name = dto.name;
      if (dto.kind !== undefined) next.kind = dto.kind;
      if (dto.smeSize !== undefined) next.smeSize = dto.smeSize;
      if (dto.iban !== undefined) next.iban = normaliseIban(dto.iban);
      if (dto.address !== undefined) {
        Object.assign(next, {
          street: dto.address.street,
          postalCode: dto.address.postalCode,
          city: dto.address.city,
          country: dto.address.country,
        });
      }
      const kind = next.kind ?? organisation.kind;
      if (kind !== 'sme') next.smeSize = null;
      else if ((next.smeSize ?? organisation.smeSize) === null && dto.smeSize !== undefined) {
        throw DomainError.validation('smeSize', 'an SME has a size: micro, small or medium');
      }
      const changed = (Object.keys(next) as (keyof Organisation)[]).filter(
        (k) => next[k] !== organisation[k],
      );
      if (changed.length === 0) return toOrganisationView(organisation, actor);
      const changes = Object.fromEntries(changed.map((k) => [k, next[k]])) as Partial<Organisation>;
      // A confirmation is of a size: once the kind or size changes, the new facts are only declared.
      const lapses =
        Boolean(organisation.smeConfirmedSize) && (changed.includes('kind') || changed.includes('smeSize'));
      if (lapses) Object.assign(changes, NO_SME_CONFIRMATION);
      await manager.update(Organisation, { id }, changes);
      await this.audit.record(manager, actor, {
        action: 'organisation.updated',
        entity: 'organisation',
        entityId: id,
        data: {
          status: organisation.status,
          changes: Object.fromEntries(changed.map((k) => [k, { from: organisation[k], to: next[k] }])),
          ...(lapses ? { smeConfirmationLapsed: organisation.smeConfirmedOn } : {}),
        },
      });
      return toOrganisationView(Object.assign(organisation, changes), actor);
    });
  }

  async members(actor: Actor, id: string): Promise<MemberView[]> {
    await this.findOrFail(id);
    await this.access.requireOrganisation(this.dataSource.manager, actor, id);
    const rows = await this.teams.members(this.dataSource.manager, id);
    return rows.map((m) => ({ ...m, since: new Date(m.since).toISOString() }));
  }

  /** An administrator (or staff) hands the administrator role over, or takes it back; one always remains. */
  async setMemberRole(actor: Actor, id: string, userId: string, role: MemberRole): Promise<MemberView[]> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockOrFail(manager, id);
      await this.access.requireOrganisationAdmin(manager, actor, id);
      const members = await this.teams.lockMembers(manager, id);
      const member = members.find((m) => m.userId === userId);
      if (!member) throw DomainError.notFound('Member', userId);
      if (member.role === role) return;
      assertAnAdministratorRemains(members, userId, role);
      await this.teams.setMemberRole(manager, id, userId, role);
      await this.audit.record(manager, actor, {
        action: 'organisation.member_role_changed',
        entity: 'organisation',
        entityId: id,
        data: { userId, from: member.role, to: role },
      });
    });
    return this.members(actor, id);
  }

  /** An administrator (or staff) removes a member, or a member leaves; one administrator always remains. */
  async removeMember(actor: Actor, id: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockOrFail(manager, id);
      if (userId === actor.id) await this.access.requireOrganisation(manager, actor, id);
      else await this.access.requireOrganisationAdmin(manager, actor, id);
      const members = await this.teams.lockMembers(manager, id);
      if (!members.some((m) => m.userId === userId)) throw DomainError.notFound('Member', userId);
      assertAnAdministratorRemains(members, userId, null);
      await this.teams.removeMember(manager, id, userId);
      await this.audit.record(manager, actor, {
        action: 'organisation.member_removed',
        entity: 'organisation',
        entityId: id,
        data: { userId, left: userId === actor.id },
      });
    });
  }

  /**
   * An applicant asks to join an organisation (found by its public enterprise number); its
   * administrators or staff approve or refuse. A second request while one is pending returns that one.
   */
  async requestJoin(actor: Actor, id: string, dto: { message?: string }): Promise<JoinRequestView> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockOrFail(manager, id);
      if (await this.access.memberRole(manager, actor.id, id)) {
        throw new DomainError('ALREADY_EXISTS', 'You are a member of this organisation already');
      }
      const pending = await this.teams.pendingJoinRequest(manager, id, actor.id);
      if (pending) return toJoinRequestView(pending);
      const requestId = await this.teams.insertJoinRequest(manager, id, actor.id, dto.message ?? null);
      await this.audit.record(manager, actor, {
        action: 'organisation.join_requested',
        entity: 'organisation',
        entityId: id,
        data: { joinRequestId: requestId, userId: actor.id },
      });
      return toJoinRequestView((await this.teams.joinRequest(manager, requestId))!);
    });
  }

  async joinRequests(actor: Actor, id: string, status?: JoinRequestStatus): Promise<JoinRequestView[]> {
    await this.findOrFail(id);
    await this.access.requireOrganisationAdmin(this.dataSource.manager, actor, id);
    const rows = await this.teams.joinRequests(this.dataSource.manager, id, status);
    return rows.map(toJoinRequestView);
  }

  /** Approving makes the requester a member (administrator when the organisation has none). */
  async decideJoinRequest(
    actor: Actor,
    id: string,
    requestId: string,
    decision: 'approve' | 'refuse',
  ): Promise<JoinRequestView> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockOrFail(manager, id);
      await this.access.requireOrganisationAdmin(manager, actor, id);
      const request = await this.teams.joinRequest(manager, requestId, true);
      if (!request || request.organisationId !== id) throw DomainError.notFound('Join request', requestId);
      if (request.status !== 'pending') {
        throw new DomainError('INVALID_TRANSITION', `This join request was ${request.status} already`);
      }
      const status = decision === 'approve' ? 'approved' : 'refused';
      await this.teams.decideJoinRequest(manager, requestId, status, actor.id, this.clock.now());
      let role: MemberRole | null = null;
      if (status === 'approved') {
        const members = await this.teams.lockMembers(manager, id);
        role = members.some((m) => m.role === 'administrator') ? 'member' : 'administrator';
        await this.teams.addMember(manager, id, request.userId, role);
      }
      await this.audit.record(manager, actor, {
        action: `organisation.join_${status}`,
        entity: 'organisation',
        entityId: id,
        data: { joinRequestId: requestId, userId: request.userId, role },
      });
      return toJoinRequestView((await this.teams.joinRequest(manager, requestId))!);
    });
  }

  /** An administrator invites a colleague by e-mail: a single-use link, valid for 7 days. */
  async invite(actor: Actor, id: string, dto: InvitationDto): Promise<InvitationView> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.lockOrFail(manager, id);
      await this.access.requireOrganisationAdmin(manager, actor, id);
      const token = randomBytes(32).toString('base64url');
      const invitation = await this.teams.insertInvitation(manager, {
        organisationId: id,
        email: dto.email,
        role: dto.role ?? 'member',
        tokenHash: sha256(token),
        expiresAt: new Date(this.clock.now().getTime() + INVITATION_TTL_MS),
        invitedBy: actor.id,
      });
      await this.mails.organisationInvitation(manager, {
        to: dto.email,
        language: dto.language ?? 'nl',
        organisationName: organisation.name,
        enterpriseNumber: organisation.enterpriseNumber,
        role: invitation.role,
        token,
        expiresAt: new Date(invitation.expiresAt),
      });
      await this.audit.record(manager, actor, {
        action: 'organisation.member_invited',
        entity: 'organisation',
        entityId: id,
        data: { invitationId: invitation.id, email: dto.email, role: invitation.role },
      });
      return toInvitationView(invitation);
    });
  }

  /** The invitations sent and still open (not accepted, not expired): for administrators and staff. */
  async invitations(actor: Actor, id: string): Promise<InvitationView[]> {
    await this.findOrFail(id);
    await this.access.requireOrganisationAdmin(this.dataSource.manager, actor, id);
    const rows = await this.teams.pendingInvitations(this.dataSource.manager, id, this.clock.now());
    return rows.map(toInvitationView);
  }

  /** The invited person, signed in with the invited address, accepts: they become a member. */
  async acceptInvitation(actor: Actor, token: string): Promise<MemberView[]> {
    const organisationId = await this.dataSource.transaction(async (manager) => {
      const hash = sha256(token);
      const invitation = await this.teams.acceptInvitation(
        manager,
        hash,
        actor.id,
        actor.email,
        this.clock.now(),
      );
      if (!invitation) {
        const known = await this.teams.invitationByToken(manager, hash);
        if (known && !known.acceptedAt && known.email.toLowerCase() !== actor.email.toLowerCase()) {
          throw DomainError.forbidden('This invitation was sent to another e-mail address');
        }
        throw DomainError.validation('token', 'this invitation is not valid (any more)');
      }
      await this.lockOrFail(manager, invitation.organisationId);
      await this.teams.addMember(manager, invitation.organisationId, actor.id, invitation.role);
      await this.audit.record(manager, actor, {
        action: 'organisation.invitation_accepted',
        entity: 'organisation',
        entityId: invitation.organisationId,
        data: { invitationId: invitation.id, userId: actor.id, role: invitation.role },
      });
      return invitation.organisationId;
    });
    return this.members(actor, organisationId);
  }

  /**
   * After an e-ID login on behalf of enterprise number `enterpriseNumber`: the organisation (created if
   * unknown) is verified, and the user becomes its member; administrator when it has none, or when it
   * was still pending (its administrators were never checked; they stay members of the team).
   */
  async actForEnterprise(
    manager: EntityManager,
    user: { id: string; role: Actor['role'] },
    enterpriseNumber: string,
  ): Promise<OrganisationView> {
    let organisation = await manager.findOne(Organisation, {
      where: { enterpriseNumber },
      lock: { mode: 'pessimistic_write' },
    });
    const actor = { id: user.id, role: user.role };
    if (!organisation) {
      organisation = await manager.save(
        manager.create(Organisation, {
          name: `Onderneming ${enterpriseNumber}`,
          enterpriseNumber,
          // Unknown until someone says: the kind that raises no rate and escapes no ceiling.
          kind: 'large_enterprise',
          smeSize: null,
          street: null,
          postalCode: null,
          city: null,
          country: null,
          iban: null,
          status: 'pending',
          verifiedAt: null,
          verifiedBy: null,
          verifiedVia: null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'organisation.created',
        entity: 'organisation',
        entityId: organisation.id,
        data: { name: organisation.name, enterpriseNumber, kind: organisation.kind, via: 'eid' },
      });
    }
    const wasPending = organisation.status === 'pending';
    if (wasPending) await this.markVerified(manager, actor, organisation, 'eid');
    const members = await this.teams.lockMembers(manager, organisation.id);
    const current = members.find((m) => m.userId === user.id)?.role;
    const role: MemberRole =
      wasPending || !members.some((m) => m.role === 'administrator')
        ? 'administrator'
        : (current ?? 'member');
    if (current !== role) {
      await this.teams.addMember(manager, organisation.id, user.id, role);
      if (current) await this.teams.setMemberRole(manager, organisation.id, user.id, role);
      await this.audit.record(manager, actor, {
        action: 'organisation.member_by_eid',
        entity: 'organisation',
        entityId: organisation.id,
        data: { userId: user.id, role },
      });
    }
    return toOrganisationView(organisation);
  }

  async get(actor: Actor, id: string): Promise<OrganisationView> {
    const organisation = await this.findOrFail(id);
    await this.access.requireOrganisation(this.dataSource.manager, actor, id);
    return this.withSmeForRate(this.dataSource.manager, toOrganisationView(organisation, actor));
  }

  async list(
    actor: Actor,
    query: { q?: string; status?: string; limit: number; offset: number },
  ): Promise<Page<OrganisationView>> {
    const visible = this.access.visibleOrganisations(actor, 'o.id', ':userId');
    const [rows, total] = await this.repository.list(this.dataSource.manager, {
      visible: visible ? { sql: visible, params: { userId: actor.id } } : undefined,
      q: query.q,
      status: query.status,
      limit: query.limit,
      offset: query.offset,
    });
    return { items: rows.map((o) => toOrganisationView(o, actor)), total };
  }

  /** Anyone signed in can find an organisation by its public enterprise number, e.g. to name it as a partner. */
  async lookup(enterpriseNumber: string): Promise<OrganisationSummary> {
    const organisation = await this.dataSource
      .getRepository(Organisation)
      .findOneBy({ enterpriseNumber: formatEnterpriseNumber(enterpriseNumber) });
    if (!organisation) throw DomainError.notFound('Organisation with this enterprise number');
    return toSummary(organisation);
  }

  async link(actor: AuditActor, id: string, dto: CreateLinkDto): Promise<LinkView> {
    if (dto.linkedOrganisationId === id) {
      throw DomainError.validation('linkedOrganisationId', 'an organisation cannot be linked to itself');
    }
    return this.dataSource.transaction(async (manager) => {
      for (const orgId of [id, dto.linkedOrganisationId]) {
        if (!(await manager.existsBy(Organisation, { id: orgId })))
          throw DomainError.notFound('Organisation', orgId);
      }
      if (await this.repository.linkExists(manager, id, dto.linkedOrganisationId))
        throw new DomainError('ALREADY_EXISTS', 'These organisations are already linked');
      const link = await manager.save(
        manager.create(OrganisationLink, {
          organisationId: id,
          linkedOrganisationId: dto.linkedOrganisationId,
          relation: dto.relation,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'organisation.linked',
        entity: 'organisation',
        entityId: id,
        data: { linkId: link.id, linkedOrganisationId: dto.linkedOrganisationId, relation: dto.relation },
      });
      return toLinkView(link);
    });
  }

  async links(actor: Actor, id: string): Promise<LinkView[]> {
    await this.findOrFail(id);
    await this.access.requireOrganisation(this.dataSource.manager, actor, id);
    const rows = await this.repository.linksOf(this.dataSource.manager, id);
    return rows.map(toLinkView);
  }

  async singleUndertaking(actor: Actor, id: string): Promise<SingleUndertakingView> {
    await this.findOrFail(id);
    await this.access.requireOrganisation(this.dataSource.manager, actor, id);
    const ids = await this.singleUndertakingIds(id);
    const members = await this.repository.findByIdsByName(this.dataSource.manager, ids);
    return {
      organisationId: id,
      includesLargeEnterprise: members.some((m) => m.kind === 'large_enterprise'),
      members: members.map(toSummary),
    };
  }

  /**
   * The "single undertaking" of an organisation: itself and every organisation connected to it
   * through links, in either direction, transitively.
   */
  async singleUndertakingIds(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    return this.repository.singleUndertakingIds(manager, id);
  }

  private async lockOrFail(manager: EntityManager, id: string): Promise<Organisation> {
    const organisation = await manager.findOne(Organisation, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!organisation) throw DomainError.notFound('Organisation', id);
    return organisation;
  }

  private async findOrFail(id: string): Promise<Organisation> {
    const organisation = await this.dataSource.getRepository(Organisation).findOneBy({ id });
    if (!organisation) throw DomainError.notFound('Organisation', id);
    return organisation;
  }
}

const NO_SME_CONFIRMATION = {
  smeConfirmedSize: null,
  smeConfirmedOn: null,
  smeEvidence: null,
  smeConfirmedBy: null,
} satisfies Partial<Organisation>;

/** The view of an organisation; the SME confirmation's details (its evidence) only for staff. */
export function toOrganisationView(o: Organisation, actor?: { role: Actor['role'] }): OrganisationView {
  const hasAddress = o.street !== null || o.postalCode !== null || o.city !== null || o.country !== null;
  return {
    id: o.id,
    name: o.name,
    enterpriseNumber: o.enterpriseNumber,
    kind: o.kind,
    smeSize: o.smeSize,
    address: hasAddress
      ? { street: o.street, postalCode: o.postalCode, city: o.city, country: o.country }
      : null,
    iban: o.iban,
    status: o.status,
    verifiedAt: o.verifiedAt?.toISOString() ?? null,
    smeStatus: o.kind !== 'sme' ? 'not_sme' : o.smeConfirmedSize ? 'confirmed' : 'declared',
    smeConfirmation:
      actor && seesAll(actor) && o.smeConfirmedSize
        ? {
            smeSize: o.smeConfirmedSize,
            confirmedOn: o.smeConfirmedOn!,
            evidence: o.smeEvidence!,
            confirmedBy: o.smeConfirmedBy!,
          }
        : null,
    createdAt: o.createdAt.toISOString(),
  };
}

function toSummary(o: Organisation): OrganisationSummary {
  return { id: o.id, name: o.name, enterpriseNumber: o.enterpriseNumber, kind: o.kind, status: o.status };
}

/** An invitation to join a team counts for 7 days. */
const INVITATION_TTL_MS = 7 * 86_400_000;

function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Refuses a change after which the organisation would have no administrator left. */
function assertAnAdministratorRemains(
  members: { userId: string; role: MemberRole }[],
  userId: string,
  newRole: MemberRole | null,
): void {
  const administrators = members.filter((m) => m.role === 'administrator' && m.userId !== userId).length;
  if (
    administrators === 0 &&
    newRole !== 'administrator' &&
    members.find((m) => m.userId === userId)?.role === 'administrator'
  ) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'An organisation keeps at least one administrator: hand the role to another member first',
    );
  }
}

function toJoinRequestView(r: JoinRequestRow): JoinRequestView {
  return {
    id: r.id,
    organisationId: r.organisationId,
    userId: r.userId,
    fullName: r.fullName,
    email: r.email,
    status: r.status,
    message: r.message,
    createdAt: new Date(r.createdAt).toISOString(),
    decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null,
  };
}

function toInvitationView(i: InvitationRow): InvitationView {
  return {
    id: i.id,
    organisationId: i.organisationId,
    email: i.email,
    role: i.role,
    expiresAt: new Date(i.expiresAt).toISOString(),
    acceptedAt: i.acceptedAt ? new Date(i.acceptedAt).toISOString() : null,
  };
}

function toLinkView(l: OrganisationLink): LinkView {
  return {
    id: l.id,
    organisationId: l.organisationId,
    linkedOrganisationId: l.linkedOrganisationId,
    relation: l.relation,
    createdAt: l.createdAt.toISOString(),
  };
}
