import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Application, ApplicationCost, ApplicationPartner } from './application.entity.js';

/** A partner of an application with its cost lines, in their positions. */
export type PartnerWithCosts = ApplicationPartner & { costs: ApplicationCost[] };

/** The coordinating organisation of an application, for the list. */
export interface CoordinatorRow {
  applicationId: string;
  organisationId: string;
  name: string;
}

/** What a partner row is inserted from: the consortium as the applicant sends it. */
export interface NewPartner {
  organisationId: string;
  role: ApplicationPartner['role'];
  costs: Pick<ApplicationCost, 'category' | 'description' | 'amountCents'>[];
}

/** The SQL of applications that is more than a plain entity lookup. */
@Injectable()
export class ApplicationsRepository {
  /** The application locked for update (`SELECT … FOR UPDATE`); the caller holds the transaction. */
  async findById(manager: EntityManager, id: string): Promise<Application | undefined> {
    return (await manager.findOneBy(Application, { id })) ?? undefined;
  }

  async findForUpdate(manager: EntityManager, id: string): Promise<Application | undefined> {
    const application = await manager.findOne(Application, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    return application ?? undefined;
  }

  /**
   * Sets the columns of one application and returns its new `updated_at`, in one statement: the
   * caller has the row locked and keeps its own copy up to date instead of reading it back.
   */
  async updateReturningUpdatedAt(
    manager: EntityManager,
    id: string,
    changes: Partial<Application>,
  ): Promise<Date> {
    const updated = await manager
      .createQueryBuilder()
      .update(Application)
      .set(changes)
      .where('id = :id', { id })
      .returning('updated_at')
      .execute();
    return new Date((updated.raw as { updated_at: Date | string }[])[0].updated_at);
  }

  /** Partners with their cost lines in one statement, in their positions. */
  async findPartnersWithCosts(manager: EntityManager, applicationId: string): Promise<PartnerWithCosts[]> {
    return (await manager
      .createQueryBuilder(ApplicationPartner, 'partner')
      .leftJoinAndMapMany('partner.costs', ApplicationCost, 'cost', 'cost.partnerId = partner.id')
      .where('partner.applicationId = :applicationId', { applicationId })
      .orderBy('partner.position', 'ASC')
      .addOrderBy('cost.position', 'ASC')
      .getMany()) as PartnerWithCosts[];
  }

  /** Inserts the consortium in two statements (partners, then every cost line), whatever its size. */
  async insertPartners(
    manager: EntityManager,
    applicationId: string,
    partners: readonly NewPartner[],
  ): Promise<PartnerWithCosts[]> {
    if (partners.length === 0) return [];
    const rows = partners.map((p, position) =>
      manager.create(ApplicationPartner, {
        applicationId,
        organisationId: p.organisationId,
        role: p.role,
        position,
      }),
    );
    const inserted = await manager.insert(ApplicationPartner, rows);
    const withCosts = rows.map((row, k) =>
      Object.assign(row, {
        id: inserted.identifiers[k].id as string,
        costs: partners[k].costs.map((c, position) =>
          manager.create(ApplicationCost, {
            partnerId: inserted.identifiers[k].id as string,
            category: c.category,
            description: c.description,
            amountCents: c.amountCents,
            position,
          }),
        ),
      }),
    );
    const costs = withCosts.flatMap((p) => p.costs);
    if (costs.length > 0) await manager.insert(ApplicationCost, costs);
    return withCosts;
  }

  /** A page of applications, newest first, kept to `visible` (the access policy's condition). */
  list(
    manager: EntityManager,
    page: {
      visible?: { sql: string; params: Record<string, unknown> };
      callId?: string;
      status?: string;
      limit: number;
      offset: number;
    },
  ): Promise<[Application[], number]> {
    const qb = manager.getRepository(Application).createQueryBuilder('a');
    if (page.visible) qb.andWhere(page.visible.sql, page.visible.params);
    if (page.callId) qb.andWhere('a.call_id = :callId', { callId: page.callId });
    if (page.status) qb.andWhere('a.status = :status', { status: page.status });
    return qb
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
  }

  /** The coordinating organisation of each of the applications, in one statement. */
  async findCoordinators(
    manager: EntityManager,
    applicationIds: readonly string[],
  ): Promise<CoordinatorRow[]> {
    if (applicationIds.length === 0) return [];
    const rows = (await manager.query(
      `SELECT p.application_id, o.id, o.name FROM application_partner p
         JOIN organisation o ON o.id = p.organisation_id
        WHERE p.role = 'coordinator' AND p.application_id = ANY($1::uuid[])`,
      [applicationIds],
    )) as { application_id: string; id: string; name: string }[];
    return rows.map((r) => ({ applicationId: r.application_id, organisationId: r.id, name: r.name }));
  }

  /**
   * Increments the reference counter of the programme prefix and year and returns its new value.
   * The row stays locked until the caller's statement commits: run it on its own, outside a
   * transaction (see `ApplicationsService.nextReference`).
   */
  async nextReferenceNumber(manager: EntityManager, prefix: string, year: number): Promise<number> {
    const [{ last_value }] = (await manager.query(
      `INSERT INTO application_reference_counter (prefix, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (prefix, year) DO UPDATE SET last_value = application_reference_counter.last_value + 1
       RETURNING last_value`,
      [prefix, year],
    )) as { last_value: number | string }[];
    return Number(last_value);
  }
}
