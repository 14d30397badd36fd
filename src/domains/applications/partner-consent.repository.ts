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

  async insert(
    manager: EntityManager,
    row: {
      applicationId: string;
      organisationId: string;
      status: ConsentStatus;
      invitedBy: string;
      answeredBy: string | null;
      at: Date;
    },
  ): Promise<{ id: string; organisationName: string }> {
    const rows = (await manager.query(
      `INSERT INTO partner_invitation (application_id, organisation_id, status, invited_by, answered_by, answered_at)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $5::uuid IS NULL THEN NULL ELSE $6::timestamptz END)
       RETURNING id, (SELECT o.name FROM organisation o WHERE o.id = organisation_id) AS "organisationName"`,
      [row.applicationId, row.organisationId, row.status, row.invitedBy, row.answeredBy, row.at],
    )) as { id: string; organisationName: string }[];
    return rows[0];
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

  /** The organisation's active members, administrators first (to tell them of an invitation). */
  async members(
    manager: EntityManager,
    organisationId: string,
  ): Promise<{ userId: string; email: string; fullName: string; language: 'nl' | 'en' }[]> {
    return (await manager.query(
      `SELECT u.id AS "userId", u.email, u.full_name AS "fullName", u.language
         FROM organisation_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND u.status = 'active' ORDER BY m.role, u.email`,
      [organisationId],
    )) as { userId: string; email: string; fullName: string; language: 'nl' | 'en' }[];
  }
}
