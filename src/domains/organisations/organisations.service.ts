import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../platform/access/access.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { DomainError } from '../../kernel/errors.js';
import { formatEnterpriseNumber, normaliseIban } from '../../kernel/identifiers.js';
import type { Page } from '../../kernel/pagination.js';
import type {
  CreateLinkDto,
  CreateOrganisationDto,
  LinkView,
  OrganisationSummary,
  OrganisationView,
  SingleUndertakingView,
} from './dto/organisation.dto.js';
import { Organisation, OrganisationLink, OrganisationMember } from './organisation.entity.js';
import { OrganisationsRepository } from './organisations.repository.js';
import type { Actor, AuditActor } from '../../kernel/actor.js';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly repository: OrganisationsRepository,
  ) {}

  /** Registers an organisation; an applicant who creates it becomes its member. */
  async create(actor: Actor, dto: CreateOrganisationDto): Promise<OrganisationView> {
    if (dto.smeSize !== undefined && dto.kind !== 'sme') {
      throw DomainError.validation('smeSize', 'smeSize is only for kind sme');
    }
    const enterpriseNumber = formatEnterpriseNumber(dto.enterpriseNumber);
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
        }),
      );
      if (actor.role === 'applicant') {
        await manager.insert(OrganisationMember, { organisationId: organisation.id, userId: actor.id });
      }
      await this.audit.record(manager, actor, {
        action: 'organisation.created',
        entity: 'organisation',
        entityId: organisation.id,
        data: {
          name: organisation.name,
          enterpriseNumber,
          kind: organisation.kind,
          member: actor.role === 'applicant' ? actor.id : null,
        },
      });
      return toOrganisationView(organisation);
    });
  }

  async get(actor: Actor, id: string): Promise<OrganisationView> {
    const organisation = await this.findOrFail(id);
    await this.access.requireOrganisation(this.dataSource.manager, actor, id);
    return toOrganisationView(organisation);
  }

  async list(
    actor: Actor,
    query: { q?: string; limit: number; offset: number },
  ): Promise<Page<OrganisationView>> {
    const visible = this.access.visibleOrganisations(actor, 'o.id', ':userId');
    const [rows, total] = await this.repository.list(this.dataSource.manager, {
      visible: visible ? { sql: visible, params: { userId: actor.id } } : undefined,
      q: query.q,
      limit: query.limit,
      offset: query.offset,
    });
    return { items: rows.map(toOrganisationView), total };
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
    return { organisationId: id, members: members.map(toSummary) };
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

  private async findOrFail(id: string): Promise<Organisation> {
    const organisation = await this.dataSource.getRepository(Organisation).findOneBy({ id });
    if (!organisation) throw DomainError.notFound('Organisation', id);
    return organisation;
  }
}

export function toOrganisationView(o: Organisation): OrganisationView {
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
    createdAt: o.createdAt.toISOString(),
  };
}

function toSummary(o: Organisation): OrganisationSummary {
  return { id: o.id, name: o.name, enterpriseNumber: o.enterpriseNumber, kind: o.kind };
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
