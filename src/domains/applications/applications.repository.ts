import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { entityFromJson, jsonObjectOf } from '../../kernel/db/json-rows.js';
import { namedQuery } from '../../kernel/db/prepared.js';
import { Document } from '../../platform/documents/document.entity.js';
import { CURRENT_DOCUMENTS_JSON_SQL } from '../../platform/documents/documents.repository.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { UNDERTAKING_FACTS_SQL } from '../organisations/organisations.repository.js';
import { Call, Programme } from '../programmes/programme.entity.js';
import { Application, ApplicationCost, ApplicationPartner } from './application.entity.js';

/** A partner of an application with its cost lines, in their positions. */
export type PartnerWithCosts = ApplicationPartner & { costs: ApplicationCost[] };

/** What the list shows of each application (not its content, nor its snapshot). */
const LIST_COLUMNS = [
  'id',
  'reference',
  'callId',
  'title',
  'acronym',
  'cluster',
  'status',
  'requestedCents',
  'submittedAt',
  'createdAt',
] as const;

/** An application of a page of the list, with its coordinating organisation. */
export interface ApplicationListRow {
  application: Pick<Application, (typeof LIST_COLUMNS)[number]>;
  coordinatorOrganisationId: string | null;
  coordinatorName: string | null;
}

/** What a partner row is inserted from: the consortium as the applicant sends it. */
export interface NewPartner {
  organisationId: string;
  role: ApplicationPartner['role'];
  costs: Pick<ApplicationCost, 'category' | 'description' | 'amountCents'>[];
}

/** Everything the view of one application shows, as `findForView` loads it in one statement. */
export interface ApplicationForView {
  application: Application;
  call: Call;
  programme: Programme;
  partners: PartnerWithCosts[];
  /** The partners' organisations with the facts of their single undertaking. */
  organisations: (Organisation & { undertaking: string | null; includesLargeEnterprise: boolean | null })[];
  documents: Document[];
}

interface ViewJson {
  application: Record<string, unknown>;
  call: Record<string, unknown>;
  programme: Record<string, unknown>;
  partners: (Record<string, unknown> & { costs: Record<string, unknown>[] })[];
  organisations: (Record<string, unknown> & {
    undertaking: string | null;
    includesLargeEnterprise: boolean | null;
  })[];
  documents: Record<string, unknown>[];
}

/** The SQL of applications that is more than a plain entity lookup. */
@Injectable()
export class ApplicationsRepository {
  private readonly viewSql = new Map<boolean, string>();

  /**
   * The application with its call and programme, partners and their cost lines (in their positions),
   * the partners' organisations with their single undertaking, and its current documents — in one
   * statement, one round trip (`GET /api/applications/:id`, issue #23): PostgreSQL builds the JSON
   * of every part, node parses one value. Undefined when there is no such application.
   */
  async findForView(manager: EntityManager, id: string): Promise<ApplicationForView | undefined> {
    return (await this.findForViews(manager, [id]))[0];
  }

  /**
   * `findForView` of several applications, in one statement (in no particular order). Without
   * `snapshot` the applications' snapshots are left out (`snapshot` null): the live verdict of a
   * page of the screening queue does not read them, and they are the largest part of a submitted one.
   */
  async findForViews(
    manager: EntityManager,
    ids: readonly string[],
    { snapshot = true }: { snapshot?: boolean } = {},
  ): Promise<ApplicationForView[]> {
    if (ids.length === 0) return [];
    const meta = (target: Parameters<typeof manager.connection.getMetadata>[0]) =>
      manager.connection.getMetadata(target);
    const applicationColumns = snapshot
      ? undefined
      : meta(Application)
          .columns.map((c) => c.propertyName)
          .filter((p) => p !== 'snapshot');
    const sql =
      this.viewSql.get(snapshot) ??
      `
      SELECT json_build_object(
        'application', ${jsonObjectOf(meta(Application), 'a', {}, applicationColumns)},
        'call', ${jsonObjectOf(meta(Call), 'c')},
        'programme', ${jsonObjectOf(meta(Programme), 'g')},
        'partners', COALESCE((
          SELECT json_agg(${jsonObjectOf(meta(ApplicationPartner), 'p', {
            costs: `COALESCE((SELECT json_agg(${jsonObjectOf(meta(ApplicationCost), 'k')} ORDER BY k.position)
                                FROM application_cost k WHERE k.partner_id = p.id), '[]'::json)`,
          })} ORDER BY p.position)
            FROM application_partner p WHERE p.application_id = a.id), '[]'::json),
        'organisations', COALESCE((
          SELECT json_agg(${jsonObjectOf(meta(Organisation), 'o', {
            undertaking: 'f.undertaking',
            includesLargeEnterprise: 'f."includesLargeEnterprise"',
          })})
            FROM organisation o
            LEFT JOIN (${UNDERTAKING_FACTS_SQL('ARRAY(SELECT organisation_id FROM application_partner WHERE application_id = a.id)')}) f
              ON f.id = o.id
           WHERE o.id IN (SELECT organisation_id FROM application_partner WHERE application_id = a.id)), '[]'::json),
        'documents', ${CURRENT_DOCUMENTS_JSON_SQL(manager, 'application', 'a.id')}
      ) AS view
        FROM application a
        JOIN call c ON c.id = a.call_id
        JOIN programme g ON g.id = c.programme_id
       WHERE a.id = ANY($1::uuid[])`;
    this.viewSql.set(snapshot, sql);

    const rows = await namedQuery<{ view: ViewJson }>(manager, 'application-view', sql, [ids]);
    return rows.map(({ view }) => ({
      application: Object.assign(
        entityFromJson<Application>(meta(Application), view.application, applicationColumns),
        snapshot ? {} : { snapshot: null },
      ),
      call: entityFromJson(meta(Call), view.call),
      programme: entityFromJson(meta(Programme), view.programme),
      partners: view.partners.map((p) =>
        Object.assign(entityFromJson<ApplicationPartner>(meta(ApplicationPartner), p), {
          costs: p.costs.map((k) => entityFromJson<ApplicationCost>(meta(ApplicationCost), k)),
        }),
      ),
      organisations: view.organisations.map((o) =>
        Object.assign(entityFromJson<Organisation>(meta(Organisation), o), {
          undertaking: o.undertaking,
          includesLargeEnterprise: o.includesLargeEnterprise,
        }),
      ),
      documents: view.documents.map((d) => entityFromJson<Document>(meta(Document), d)),
    }));
  }

  async findById(manager: EntityManager, id: string): Promise<Application | undefined> {
    return (await manager.findOneBy(Application, { id })) ?? undefined;
  }

  /** The application locked for update (`SELECT … FOR UPDATE`); the caller holds the transaction. */
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

  /**
   * A page of applications, newest first, kept to `visible` (the access policy's condition, with the
   * user as `$1`), each with its coordinating organisation, and the number of all that match — in one
   * statement.
   */
  async list(
    manager: EntityManager,
    page: {
      visible?: { sql: string; userId: string };
      callId?: string;
      status?: string;
      limit: number;
      offset: number;
    },
  ): Promise<{ rows: ApplicationListRow[]; total: number }> {
    const params: unknown[] = [];
    const where = ['TRUE'];
    if (page.visible) {
      params.push(page.visible.userId); // `$1` in the policy's condition
      where.push(page.visible.sql);
    }
    if (page.callId) where.push(`a.call_id = $${params.push(page.callId)}`);
    if (page.status) where.push(`a.status = $${params.push(page.status)}`);
    const condition = where.join(' AND ');
    // Two subqueries, one round trip: the count with its own plan, and the page (an index scan that
    // stops at the limit) whose rows alone are built as JSON.
    const [{ total, items }] = (await namedQuery(
      manager,
      'application-list',
      `SELECT (SELECT count(*) FROM application a WHERE ${condition}) AS total,
              COALESCE((
                SELECT json_agg(json_build_object('application', ${jsonObjectOf(manager.connection.getMetadata(Application), 'a', {}, LIST_COLUMNS)},
                                                  'coordinatorId', co.id, 'coordinatorName', co.name)
                                ORDER BY a.created_at DESC, a.id ASC)
                  FROM (SELECT a.* FROM application a WHERE ${condition}
                         ORDER BY a.created_at DESC, a.id ASC
                         LIMIT $${params.length + 1} OFFSET $${params.length + 2}) a
                  LEFT JOIN LATERAL (
                    SELECT o.id, o.name FROM application_partner p JOIN organisation o ON o.id = p.organisation_id
                     WHERE p.application_id = a.id AND p.role = 'coordinator' LIMIT 1) co ON TRUE), '[]'::json) AS items`,
      [...params, page.limit, page.offset],
    )) as {
      total: string | number;
      items: {
        application: Record<string, unknown>;
        coordinatorId: string | null;
        coordinatorName: string | null;
      }[];
    }[];
    return {
      total: Number(total),
      rows: items.map((r) => ({
        application: entityFromJson<ApplicationListRow['application']>(
          manager.connection.getMetadata(Application),
          r.application,
          LIST_COLUMNS,
        ),
        coordinatorOrganisationId: r.coordinatorId,
        coordinatorName: r.coordinatorName,
      })),
    };
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
