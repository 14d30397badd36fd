import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export const CONSENT_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export interface PartnerInvitationRow {
  id: string;
  applicationId: string;
  organisationId: string;
  organisationName: string;
  status: ConsentStatus;
  email: string | null;
  expiresAt: Date | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  createdAt: Date;
}

/** An active member of an organisation, as mails need them. */
export interface MemberRow {
  userId: string;
  email: string;
  fullName: string;
  language: 'nl' | 'en';
}

const COLUMNS = `i.id, i.application_id AS "applicationId", i.organisation_id AS "organisationId",
  o.name AS "organisationName", i.status, i.email, i.expires_at AS "expiresAt", i.answered_by AS "answeredBy",
  i.answered_at AS "answeredAt", i.created_at AS "createdAt"`;

function returned<T>(result: unknown): T[] {
  const raw = result as [T[], number] | T[];
  return Array.isArray(raw[0]) ? (raw[0] as T[]) : (raw as T[]);
}

/** The SQL of partner consent: one invitation per partner organisation of an application. */
@Injectable()
export class PartnerConsentRepository {
  async list(manager: EntityManager, applicationId: string): Promise<PartnerInvitationRow[]> {
    return (await manager.query(
      `SELECT ${COLUMNS} FROM partner_invitation i JOIN organisation o ON o.id = i.organisation_id
        WHERE i.application_id = $1 ORDER BY o.name, i.id`,
      [applicationId],
    )) as PartnerInvitationRow[];
  }

  async find(
    manager: EntityManager,
    id: string,
    forUpdate = false,
  ): Promise<PartnerInvitationRow | undefined> {
    const rows = (await manager.query(
      `SELECT ${COLUMNS} FROM partner_invitation i JOIN organisation o ON o.id = i.organisation_id
        WHERE i.id = $1 ${forUpdate ? 'FOR UPDATE OF i' : ''}`,
      [id],
    )) as PartnerInvitationRow[];
    return rows[0];
  }

  async findByToken(
    manager: EntityManager,
    tokenHash: string,
  ): Promise<(PartnerInvitationRow & { tokenEmail: string }) | undefined> {
    const rows = (await manager.query(
      `SELECT ${COLUMNS}, i.email AS "tokenEmail" FROM partner_invitation i JOIN organisation o ON o.id = i.organisation_id
        WHERE i.token_hash = $1 FOR UPDATE OF i`,
      [tokenHash],
    )) as (PartnerInvitationRow & { tokenEmail: string })[];
    return rows[0];
  }

  /**
   * Inserts the invitations of one application in one statement; returns each one's id and its
   * organisation's name, by organisation.
   */
  async insertAll(
    manager: EntityManager,
    applicationId: string,
    invitedBy: string,
    at: Date,
    rows: readonly { organisationId: string; status: ConsentStatus; answeredBy: string | null }[],
  ): Promise<Map<string, { id: string; organisationName: string }>> {
    if (rows.length === 0) return new Map();
    const inserted = (await manager.query(
      `INSERT INTO partner_invitation (application_id, organisation_id, status, invited_by, answered_by, answered_at)
       SELECT $1::uuid, v.organisation_id, v.status, $2::uuid, v.answered_by,
              CASE WHEN v.answered_by IS NULL THEN NULL ELSE $3::timestamptz END
         FROM unnest($4::uuid[], $5::text[], $6::uuid[]) AS v(organisation_id, status, answered_by)
       RETURNING id, organisation_id AS "organisationId",
                 (SELECT o.name FROM organisation o WHERE o.id = organisation_id) AS "organisationName"`,
      [
        applicationId,
        invitedBy,
        at,
        rows.map((r) => r.organisationId),
        rows.map((r) => r.status),
        rows.map((r) => r.answeredBy),
      ],
    )) as { id: string; organisationId: string; organisationName: string }[];
    return new Map(
      inserted.map((r) => [r.organisationId, { id: r.id, organisationName: r.organisationName }]),
    );
  }

  async remove(manager: EntityManager, applicationId: string, organisationIds: string[]): Promise<void> {
    if (organisationIds.length === 0) return;
    await manager.query(
      `DELETE FROM partner_invitation WHERE application_id = $1 AND organisation_id = ANY($2)`,
      [applicationId, organisationIds],
    );
  }

  async answer(
    manager: EntityManager,
    id: string,
    status: ConsentStatus,
    by: string,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE partner_invitation SET status = $2, answered_by = $3, answered_at = $4 WHERE id = $1`,
      [id, status, by, at],
    );
  }

  async setEmail(
    manager: EntityManager,
    id: string,
    email: string,
    tokenHash: string,
    expiresAt: Date,
  ): Promise<void> {
    returned(
      await manager.query(
        `UPDATE partner_invitation SET email = $2, token_hash = $3, expires_at = $4 WHERE id = $1`,
        [id, email, tokenHash, expiresAt],
      ),
    );
  }

  /**
   * The active members of each of the organisations, administrators first, in one statement (to tell
   * them of an invitation).
   */
  async membersOf(
    manager: EntityManager,
    organisationIds: readonly string[],
  ): Promise<Map<string, MemberRow[]>> {
    const byOrganisation = new Map<string, MemberRow[]>(organisationIds.map((id) => [id, []]));
    if (organisationIds.length === 0) return byOrganisation;
    const rows = (await manager.query(
      `SELECT m.organisation_id AS "organisationId", u.id AS "userId", u.email, u.full_name AS "fullName", u.language
         FROM organisation_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id = ANY($1::uuid[]) AND u.status = 'active' ORDER BY m.role, u.email`,
      [organisationIds],
    )) as (MemberRow & { organisationId: string })[];
    for (const { organisationId, ...member } of rows) byOrganisation.get(organisationId)?.push(member);
    return byOrganisation;
  }

  /**
   * The active members of the application's coordinating organisation, administrators first, in one
   * statement (to tell them of a partner's answer).
   */
  async coordinatorMembers(manager: EntityManager, applicationId: string): Promise<MemberRow[]> {
    return (await manager.query(
      `SELECT u.id AS "userId", u.email, u.full_name AS "fullName", u.language
         FROM application_partner p
         JOIN organisation_member m ON m.organisation_id = p.organisation_id
         JOIN app_user u ON u.id = m.user_id
        WHERE p.application_id = $1 AND p.role = 'coordinator' AND u.status = 'active'
        ORDER BY m.role, u.email`,
      [applicationId],
    )) as MemberRow[];
  }

  /** The organisation's active members, administrators first (to tell them of an invitation). */
  async members(manager: EntityManager, organisationId: string): Promise<MemberRow[]> {
    return (await manager.query(
      `SELECT u.id AS "userId", u.email, u.full_name AS "fullName", u.language
         FROM organisation_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND u.status = 'active' ORDER BY m.role, u.email`,
      [organisationId],
    )) as MemberRow[];
  }
}
