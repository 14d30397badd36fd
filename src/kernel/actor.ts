/** The roles a user can have (SPEC.md, "Users"). */
export const ROLES = ['applicant', 'evaluator', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who acts: the signed-in user, as carried by the JWT. Every use case takes one. */
export interface Actor {
  id: string;
  email: string;
  role: Role;
  /** The session of the request's token (logout revokes it); absent for actors made in code. */
  sessionId?: string;
}

/** The system itself (jobs, start-up, seeds), for audit events no person caused. */
export const SYSTEM_ACTOR = { id: null, role: 'system' } as const;

/** Whom an audit event or a job names: a user, or the system. */
export type AuditActor = Pick<Actor, 'id' | 'role'> | typeof SYSTEM_ACTOR;

/** Staff and admins see every record; everyone else sees what the access policy grants them. */
export function seesAll(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'staff' || actor.role === 'admin';
}
