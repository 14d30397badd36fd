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
  createdAt: Date;
}

/** What a new row of de minimis aid is inserted from. */
export type NewAid = Omit<AidRecord, 'id' | 'createdAt'> & { createdBy: string | null };

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
  created_at: Date | string;
}

// bigint and date as text: the driver would turn a bigint into a string and a date into a local Date.
const AID_COLUMNS = `id, organisation_id, grantor, granted_on::text AS granted_on, amount_cents::text AS amount_cents,
  regulation, source, reference, description, application_id, created_at`;

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
          description, created_by)
       VALUES ($1, $2, $3::date, $4, $5, $6, $7, $8, $9, $10)
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
    createdAt: new Date(r.created_at),
  };
}
