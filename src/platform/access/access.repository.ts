import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What an actor's relation to an application is: none, a partner's member, or the coordinator's. */
export type ConsortiumRole = 'none' | 'partner' | 'coordinator';

/**
 * Whether the user is a member of the coordinator (true), only of other partners (false) or of none
 * (null) of the application's partners: one scalar subquery, read by `roleOf`.
 */
const IS_COORDINATOR_SQL = (applicationId: string, userId: string) => `(
  SELECT bool_or(p.role = 'coordinator')
    FROM application_partner p
    JOIN organisation_member m ON m.organisation_id = p.organisation_id
   WHERE p.application_id = ${applicationId} AND m.user_id = ${userId})`;

function roleOf(coordinator: boolean | null): ConsortiumRole {
  if (coordinator === null) return 'none';
  return coordinator ? 'coordinator' : 'partner';
}

/**
 * The SQL of the access policy: who belongs to which organisation, consortium, project and
 * assignment. The policy is platform code and knows no domain's classes; it reads their tables,
 * as immich's access repository does. Every answer is one statement.
 */
@Injectable()
export class AccessRepository {
  /** The users who act for the coordinator of an application (its organisation's members), for notifications. */
  async coordinatorMembers(manager: EntityManager, applicationId: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT DISTINCT m.user_id FROM application_partner p
         JOIN organisation_member m ON m.organisation_id = p.organisation_id
        WHERE p.application_id = $1 AND p.role = 'coordinator'`,
      [applicationId],
    )) as { user_id: string }[];
    return rows.map((r) => r.user_id);
  }

  /** The members of an organisation, for notifications. */
  async organisationMembers(manager: EntityManager, organisationId: string): Promise<string[]> {
    const rows = (await manager.query(`SELECT user_id FROM organisation_member WHERE organisation_id = $1`, [
      organisationId,
    ])) as { user_id: string }[];
    return rows.map((r) => r.user_id);
  }

  /** Whether the user is a member of the coordinator of the application. */
  async isCoordinatorMember(manager: EntityManager, userId: string, applicationId: string): Promise<boolean> {
    return (await this.consortiumRole(manager, userId, applicationId)) === 'coordinator';
  }

  /** Members of an organisation, and the user whose account names it as their own. */
  async belongsToOrganisation(
    manager: EntityManager,
    userId: string,
    organisationId: string,
  ): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM organisation_member WHERE user_id = $1 AND organisation_id = $2
       UNION ALL
       SELECT 1 FROM app_user WHERE id = $1 AND organisation_id = $2
       LIMIT 1`,
      [userId, organisationId],
    )) as unknown[];
    return rows.length > 0;
  }

  async isOrganisationMember(
    manager: EntityManager,
    userId: string,
    organisationId: string,
  ): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM organisation_member WHERE user_id = $1 AND organisation_id = $2`,
      [userId, organisationId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The user's role in each of the organisations they are a member of, in one statement. */
  async memberRoles(
    manager: EntityManager,
    userId: string,
    organisationIds: readonly string[],
  ): Promise<Map<string, 'administrator' | 'member'>> {
    if (organisationIds.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT organisation_id, role FROM organisation_member WHERE user_id = $1 AND organisation_id = ANY($2::uuid[])`,
      [userId, organisationIds],
    )) as { organisation_id: string; role: 'administrator' | 'member' }[];
    return new Map(rows.map((r) => [r.organisation_id, r.role]));
  }

  /** The user's role in the organisation, or undefined when they are not a member. */
  async memberRole(
    manager: EntityManager,
    userId: string,
    organisationId: string,
  ): Promise<'administrator' | 'member' | undefined> {
    const rows = (await manager.query(
      `SELECT role FROM organisation_member WHERE user_id = $1 AND organisation_id = $2`,
      [userId, organisationId],
    )) as { role: 'administrator' | 'member' }[];
    return rows[0]?.role;
  }

  /**
   * One statement for everything the policy asks about a partner invitation and a user: its
   * application and invited organisation, the user's role in that application's consortium, and
   * whether the user is a member of the invited organisation. Undefined when it does not exist.
   */
  async partnerInvitationFor(
    manager: EntityManager,
    invitationId: string,
    userId: string,
  ): Promise<
    | {
        applicationId: string;
        organisationId: string;
        consortiumRole: ConsortiumRole;
        invitedMember: boolean;
      }
    | undefined
  > {
    const rows = (await manager.query(
      `SELECT i.application_id, i.organisation_id,
              ${IS_COORDINATOR_SQL('i.application_id', '$2')} AS coordinator,
              EXISTS (SELECT 1 FROM organisation_member m
                       WHERE m.user_id = $2 AND m.organisation_id = i.organisation_id) AS invited_member
         FROM partner_invitation i WHERE i.id = $1`,
      [invitationId, userId],
    )) as {
      application_id: string;
      organisation_id: string;
      coordinator: boolean | null;
      invited_member: boolean;
    }[];
    const row = rows[0];
    return (
      row && {
        applicationId: row.application_id,
        organisationId: row.organisation_id,
        consortiumRole: roleOf(row.coordinator),
        invitedMember: row.invited_member,
      }
    );
  }

  /** One statement: whether the user is a member of no partner, of a partner, or of the coordinator. */
  async consortiumRole(
    manager: EntityManager,
    userId: string,
    applicationId: string,
  ): Promise<ConsortiumRole> {
    const [{ coordinator }] = (await manager.query(
      `SELECT ${IS_COORDINATOR_SQL('$1', '$2')} AS coordinator`,
      [applicationId, userId],
    )) as { coordinator: boolean | null }[];
    return roleOf(coordinator);
  }

  async erdfProjectExists(manager: EntityManager, projectId: string): Promise<boolean> {
    const rows = (await manager.query('SELECT 1 FROM erdf_project WHERE id = $1', [projectId])) as unknown[];
    return rows.length > 0;
  }

  async isErdfPartnerMember(manager: EntityManager, userId: string, projectId: string): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM erdf_partner p JOIN organisation_member m ON m.organisation_id = p.organisation_id
        WHERE p.project_id = $1 AND m.user_id = $2 LIMIT 1`,
      [projectId, userId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The status of the user's review assignment on an application, or undefined when there is none. */
  async assignmentStatusOn(
    manager: EntityManager,
    userId: string,
    applicationId: string,
  ): Promise<string | undefined> {
    const rows = (await manager.query(
      `SELECT status FROM review_assignment WHERE application_id = $1 AND evaluator_id = $2`,
      [applicationId, userId],
    )) as { status: string }[];
    return rows[0]?.status;
  }

  /** The evaluator of an assignment, or undefined when there is no such assignment. */
  async assignmentEvaluator(manager: EntityManager, assignmentId: string): Promise<string | undefined> {
    const rows = (await manager.query(`SELECT evaluator_id FROM review_assignment WHERE id = $1`, [
      assignmentId,
    ])) as { evaluator_id: string }[];
    return rows[0]?.evaluator_id;
  }
}

/**
 * SQL conditions that keep a list to what a user may see, for a list query to add to its WHERE.
 * `column` is the list's id column, `userParam` the placeholder that holds the user's id.
 */
export const VISIBLE = {
  applications: (column: string, userParam: string): string =>
    `${column} IN (SELECT p.application_id FROM application_partner p
                     JOIN organisation_member m ON m.organisation_id = p.organisation_id
                    WHERE m.user_id = ${userParam})`,
  organisations: (column: string, userParam: string): string =>
    `(${column} IN (SELECT m.organisation_id FROM organisation_member m WHERE m.user_id = ${userParam})
      OR ${column} = (SELECT u.organisation_id FROM app_user u WHERE u.id = ${userParam}))`,
  erdfProjects: (column: string, userParam: string): string =>
    `${column} IN (SELECT ep.project_id FROM erdf_partner ep
                     JOIN organisation_member m ON m.organisation_id = ep.organisation_id
                    WHERE m.user_id = ${userParam})`,
} as const;
