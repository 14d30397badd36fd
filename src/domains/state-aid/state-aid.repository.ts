import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DeMinimisRegulation, DeMinimisWindow } from './de-minimis.js';
import type { AidSource } from './de-minimis-aid.entity.js';

/** A row of de minimis aid, amounts in integer cents and the grant date as YYYY-MM-DD. */
export interface AidRecord {
  id: string;
  organisationId: string;
  grantor: string;
  grantedOn: string;
  amountCents: number;
  regulation: DeMinimisRegulation;
  source: AidSource;
  reference: string | null;
  description: string | null;
  applicationId: string | null;
  registerBy: string | null;
  eaidReference: string | null;
  registeredOn: string | null;
  correctsAidId: string | null;
  recordedOn: string;
  createdAt: Date;
}

/** What a new row of de minimis aid is inserted from. */
export type NewAid = Omit<AidRecord, 'id' | 'createdAt' | 'eaidReference' | 'registeredOn'> & {
  createdBy: string | null;
};

export const REGISTER_STATUSES = ['due', 'overdue', 'registered'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

/** A row of the eAid worklist: the aid with what staff type into eAid. */
export interface RegisterRow extends AidRecord {
  organisationName: string;
  enterpriseNumber: string;
  kind: string;
  callTitle: string | null;
  programmeCode: string | null;
}

/** An organisation of a single undertaking, as the de minimis views name it. */
export interface UndertakingMemberRow {
  id: string;
  name: string;
  enterpriseNumber: string;
}

interface AidRow {
  id: string;
  organisation_id: string;
  grantor: string;
  granted_on: string;
  amount_cents: string;
  regulation: DeMinimisRegulation;
  source: AidSource;
  reference: string | null;
  description: string | null;
  application_id: string | null;
  register_by: string | null;
  eaid_reference: string | null;
  registered_on: string | null;
  corrects_aid_id: string | null;
  recorded_on: string;
  created_at: Date | string;
}

// bigint and date as text: the driver would turn a bigint into a string and a date into a local Date.
function aidColumns(alias = ''): string {
  const a = alias ? `${alias}.` : '';
  return `${a}id, ${a}organisation_id, ${a}grantor, ${a}granted_on::text AS granted_on,
    ${a}amount_cents::text AS amount_cents, ${a}regulation, ${a}source, ${a}reference, ${a}description,
    ${a}application_id, ${a}register_by::text AS register_by, ${a}eaid_reference,
    ${a}registered_in_central_register_on::text AS registered_on, ${a}corrects_aid_id,
    ${a}recorded_on::text AS recorded_on, ${a}created_at`;
}
const AID_COLUMNS = aidColumns();

/** The SQL of state aid: de minimis aid rows, their sums, and the organisations of an undertaking. */
@Injectable()
export class StateAidRepository {
  /** The aid granted to any of the organisations in the window, newest first. */
  async findAidInWindow(
    manager: EntityManager,
    ids: readonly string[],
    window: DeMinimisWindow,
  ): Promise<AidRecord[]> {
    const rows = (await manager.query(
      `SELECT ${AID_COLUMNS} FROM de_minimis_aid
        WHERE organisation_id = ANY($1::uuid[]) AND granted_on BETWEEN $2::date AND $3::date
        ORDER BY granted_on DESC, created_at DESC, id`,
      [ids, window.windowStart, window.windowEnd],
    )) as AidRow[];
    return rows.map(toAidRecord);
  }

  /** The sum of the aid granted to any of the organisations in the window, in cents. */
  async sumAid(manager: EntityManager, ids: readonly string[], window: DeMinimisWindow): Promise<number> {
    const [row] = (await manager.query(
      `SELECT COALESCE(SUM(amount_cents), 0)::text AS used FROM de_minimis_aid
        WHERE organisation_id = ANY($1::uuid[]) AND granted_on BETWEEN $2::date AND $3::date`,
      [ids, window.windowStart, window.windowEnd],
    )) as { used: string }[];
    return Number(row.used);
  }

  /** Aid from `grantor` with `reference` for an organisation, if registered. */
  async findByReference(
    manager: EntityManager,
    organisationId: string,
    grantor: string,
    reference: string,
  ): Promise<AidRecord | undefined> {
    const rows = (await manager.query(
      `SELECT ${AID_COLUMNS} FROM de_minimis_aid WHERE organisation_id = $1 AND grantor = $2 AND reference = $3`,
      [organisationId, grantor, reference],
    )) as AidRow[];
    return rows.length > 0 ? toAidRecord(rows[0]) : undefined;
  }

  /** Whether aid from `grantor` with `reference` is registered for the organisation. */
  async referenceExists(
    manager: EntityManager,
    organisationId: string,
    grantor: string,
    reference: string,
  ): Promise<boolean> {
    const rows = (await manager.query(
      'SELECT 1 FROM de_minimis_aid WHERE organisation_id = $1 AND grantor = $2 AND reference = $3',
      [organisationId, grantor, reference],
    )) as unknown[];
    return rows.length > 0;
  }

  async insertAid(manager: EntityManager, aid: NewAid): Promise<AidRecord> {
    const [row] = (await manager.query(
      `INSERT INTO de_minimis_aid
         (organisation_id, grantor, granted_on, amount_cents, regulation, source, application_id, reference,
          description, created_by, register_by, corrects_aid_id, recorded_on)
       VALUES ($1, $2, $3::date, $4, $5, $6, $7, $8, $9, $10, $11::date, $12, $13::date)
       RETURNING ${AID_COLUMNS}`,
      [
        aid.organisationId,
        aid.grantor,
        aid.grantedOn,
        aid.amountCents,
        aid.regulation,
        aid.source,
        aid.applicationId,
        aid.reference,
        aid.description,
        aid.createdBy,
        aid.registerBy,
        aid.correctsAidId,
        aid.recordedOn,
      ],
    )) as AidRow[];
    return toAidRecord(row);
  }

  /**
   * Locks the organisations (`FOR UPDATE`, in id order so that concurrent callers cannot deadlock)
   * until the caller's transaction ends; returns the ids of those that exist.
   */
  async lockOrganisations(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
    const rows = (await manager.query(
      'SELECT id FROM organisation WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
      [ids],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /**
   * Whether the organisation consented to take part in the application: its coordinator, or a partner
   * whose invitation is accepted (`partner_invitation`, applications domain).
   */
  async consentOnFile(
    manager: EntityManager,
    applicationId: string,
    organisationId: string,
  ): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM application_partner p
        WHERE p.application_id = $1 AND p.organisation_id = $2
          AND (p.role = 'coordinator' OR EXISTS (
                SELECT 1 FROM partner_invitation i
                 WHERE i.application_id = p.application_id AND i.organisation_id = p.organisation_id
                   AND i.status = 'accepted'))`,
      [applicationId, organisationId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Locks one organisation (`FOR UPDATE`) until the caller's transaction ends; false if it does not exist. */
  async lockOrganisation(manager: EntityManager, id: string): Promise<boolean> {
    const rows = (await manager.query('SELECT id FROM organisation WHERE id = $1 FOR UPDATE', [
      id,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** The ids among `ids` of organisations that exist. */
  async existingOrganisationIds(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
    const rows = (await manager.query('SELECT id FROM organisation WHERE id = ANY($1::uuid[])', [ids])) as {
      id: string;
    }[];
    return rows.map((r) => r.id);
  }

  /** One aid record (locked `FOR UPDATE` with `lock`). */
  async aid(
    manager: EntityManager,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<AidRecord | undefined> {
    const rows = (await manager.query(
      `SELECT ${AID_COLUMNS} FROM de_minimis_aid WHERE id = $1 ${options.lock ? 'FOR UPDATE' : ''}`,
      [id],
    )) as AidRow[];
    return rows[0] === undefined ? undefined : toAidRecord(rows[0]);
  }

  /** The aid recorded for an application that has not been corrected to zero: its rows and corrections. */
  async aidOfApplication(manager: EntityManager, applicationId: string): Promise<AidRecord[]> {
    const rows = (await manager.query(
      `SELECT ${AID_COLUMNS} FROM de_minimis_aid WHERE application_id = $1 AND source = 'internal'
        ORDER BY created_at, id FOR UPDATE`,
      [applicationId],
    )) as AidRow[];
    return rows.map(toAidRecord);
  }

  /** Records the eAid registration of an aid not registered yet (a conditional UPDATE); false otherwise. */
  async markRegistered(
    manager: EntityManager,
    id: string,
    eaidReference: string,
    registeredOn: string,
  ): Promise<boolean> {
    const rows = (await manager.query(
      `WITH u AS (
         UPDATE de_minimis_aid SET eaid_reference = $2, registered_in_central_register_on = $3::date
          WHERE id = $1 AND register_by IS NOT NULL AND registered_in_central_register_on IS NULL RETURNING id)
       SELECT id FROM u`,
      [id, eaidReference, registeredOn],
    )) as { id: string }[];
    return rows.length > 0;
  }

  /**
   * The eAid worklist: aid with a registration deadline, by status (`due`: not registered, deadline today
   * or later; `overdue`: deadline passed; `registered`), oldest deadline first; a page and the count.
   */
  async registerWorklist(
    manager: EntityManager,
    query: { status?: RegisterStatus; today: string; limit: number; offset: number; aidId?: string },
  ): Promise<{ rows: RegisterRow[]; total: number }> {
    const where = `a.register_by IS NOT NULL AND ${registerCondition(query.status)}${
      query.aidId ? ' AND a.id = $2' : ''
    }`;
    const params: unknown[] = query.aidId ? [query.today, query.aidId] : [query.today];
    const [{ total }] = (await manager.query(
      `SELECT count(*)::int AS total FROM de_minimis_aid a WHERE ${where}`,
      params,
    )) as { total: number }[];
    const rows = (await manager.query(
      `SELECT ${aidColumns('a')}, o.name AS organisation_name,
              o.enterprise_number, o.kind, c.title AS call_title, p.code AS programme_code
         FROM de_minimis_aid a
         JOIN organisation o ON o.id = a.organisation_id
         LEFT JOIN application ap ON ap.id = a.application_id
         LEFT JOIN call c ON c.id = ap.call_id
         LEFT JOIN programme p ON p.id = c.programme_id
        WHERE ${where}
        ORDER BY a.register_by, a.granted_on, a.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    )) as (AidRow & {
      organisation_name: string;
      enterprise_number: string;
      kind: string;
      call_title: string | null;
      programme_code: string | null;
    })[];
    return {
      total,
      rows: rows.map((r) => ({
        ...toAidRecord(r),
        organisationName: r.organisation_name,
        enterpriseNumber: r.enterprise_number,
        kind: r.kind,
        callTitle: r.call_title,
        programmeCode: r.programme_code,
      })),
    };
  }

  // ------------------------------------------------------------ declared aid

  async isPartner(manager: EntityManager, applicationId: string, organisationId: string): Promise<boolean> {
    const rows = (await manager.query(
      'SELECT 1 FROM application_partner WHERE application_id = $1 AND organisation_id = $2',
      [applicationId, organisationId],
    )) as unknown[];
    return rows.length > 0;
  }

  async insertDeclaredAid(
    manager: EntityManager,
    d: Omit<DeclaredAidRow, 'id' | 'status' | 'declaredAt' | 'aidId' | 'reviewNote'>,
  ): Promise<string> {
    const [row] = (await manager.query(
      `INSERT INTO declared_de_minimis_aid
         (application_id, organisation_id, grantor, granted_on, amount_cents, regulation, declared_by)
       VALUES ($1, $2, $3, $4::date, $5, $6, $7) RETURNING id`,
      [d.applicationId, d.organisationId, d.grantor, d.grantedOn, d.amountCents, d.regulation, d.declaredBy],
    )) as { id: string }[];
    return row.id;
  }

  async declaredAid(
    manager: EntityManager,
    where: { applicationId?: string; id?: string },
    options: { lock?: boolean } = {},
  ): Promise<DeclaredAidRow[]> {
    const rows = (await manager.query(
      `SELECT ${DECLARED_COLUMNS} FROM declared_de_minimis_aid
        WHERE ($1::uuid IS NULL OR application_id = $1) AND ($2::uuid IS NULL OR id = $2)
        ORDER BY declared_at, id ${options.lock ? 'FOR UPDATE' : ''}`,
      [where.applicationId ?? null, where.id ?? null],
    )) as RawDeclared[];
    return rows.map(toDeclared);
  }

  async reviewDeclaredAid(
    manager: EntityManager,
    id: string,
    review: { status: 'confirmed' | 'corrected'; aidId: string; reviewedBy: string; note: string | null },
  ): Promise<void> {
    await manager.query(
      `UPDATE declared_de_minimis_aid SET status = $2, aid_id = $3, reviewed_by = $4, reviewed_at = now(),
              review_note = $5 WHERE id = $1`,
      [id, review.status, review.aidId, review.reviewedBy, review.note],
    );
  }

  /**
   * Aid declared by applicants for any of the organisations within the window that staff have not yet
   * confirmed (confirmed declarations are records of aid, counted by `sumAid`).
   */
  async unconfirmedDeclaredAid(
    manager: EntityManager,
    ids: readonly string[],
    window: DeMinimisWindow,
  ): Promise<DeclaredAidRow[]> {
    const rows = (await manager.query(
      `SELECT ${DECLARED_COLUMNS} FROM declared_de_minimis_aid
        WHERE organisation_id = ANY($1::uuid[]) AND status = 'declared'
          AND granted_on BETWEEN $2::date AND $3::date
        ORDER BY granted_on, id`,
      [ids, window.windowStart, window.windowEnd],
    )) as RawDeclared[];
    return rows.map(toDeclared);
  }

  /** The organisations, by name. */
  async members(manager: EntityManager, ids: readonly string[]): Promise<UndertakingMemberRow[]> {
    const rows = (await manager.query(
      `SELECT id, name, enterprise_number FROM organisation WHERE id = ANY($1::uuid[]) ORDER BY name, id`,
      [ids],
    )) as { id: string; name: string; enterprise_number: string }[];
    return rows.map((r) => ({ id: r.id, name: r.name, enterpriseNumber: r.enterprise_number }));
  }
}

function toAidRecord(r: AidRow): AidRecord {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    grantor: r.grantor,
    grantedOn: r.granted_on,
    amountCents: Number(r.amount_cents),
    regulation: r.regulation,
    source: r.source,
    reference: r.reference,
    description: r.description,
    applicationId: r.application_id,
    registerBy: r.register_by,
    eaidReference: r.eaid_reference,
    registeredOn: r.registered_on,
    correctsAidId: r.corrects_aid_id,
    recordedOn: r.recorded_on,
    createdAt: new Date(r.created_at),
  };
}

export const DECLARED_AID_STATUSES = ['declared', 'confirmed', 'corrected'] as const;
export type DeclaredAidStatus = (typeof DECLARED_AID_STATUSES)[number];

/** Other de minimis aid an applicant declared on honour for a partner of its application. */
export interface DeclaredAidRow {
  id: string;
  applicationId: string;
  organisationId: string;
  grantor: string;
  grantedOn: string;
  amountCents: number;
  regulation: DeMinimisRegulation;
  status: DeclaredAidStatus;
  declaredBy: string;
  declaredAt: Date;
  aidId: string | null;
  reviewNote: string | null;
}

interface RawDeclared {
  id: string;
  application_id: string;
  organisation_id: string;
  grantor: string;
  granted_on: string;
  amount_cents: string;
  regulation: DeMinimisRegulation;
  status: DeclaredAidStatus;
  declared_by: string;
  declared_at: Date | string;
  aid_id: string | null;
  review_note: string | null;
}

const DECLARED_COLUMNS = `id, application_id, organisation_id, grantor, granted_on::text AS granted_on,
  amount_cents::text AS amount_cents, regulation, status, declared_by, declared_at, aid_id, review_note`;

function toDeclared(r: RawDeclared): DeclaredAidRow {
  return {
    id: r.id,
    applicationId: r.application_id,
    organisationId: r.organisation_id,
    grantor: r.grantor,
    grantedOn: r.granted_on,
    amountCents: Number(r.amount_cents),
    regulation: r.regulation,
    status: r.status,
    declaredBy: r.declared_by,
    declaredAt: new Date(r.declared_at),
    aidId: r.aid_id,
    reviewNote: r.review_note,
  };
}

/** The condition of a worklist status, on `a` (de_minimis_aid) with `$1` = today. */
function registerCondition(status: RegisterStatus | undefined): string {
  switch (status) {
    case 'due':
      return 'a.registered_in_central_register_on IS NULL AND a.register_by >= $1::date';
    case 'overdue':
      return 'a.registered_in_central_register_on IS NULL AND a.register_by < $1::date';
    case 'registered':
      return 'a.registered_in_central_register_on IS NOT NULL AND $1::date IS NOT NULL';
    default:
      // Every query gives today as $1; PostgreSQL must see it used to know its type.
      return '$1::date IS NOT NULL';
  }
}
