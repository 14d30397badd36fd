import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kernel/errors.js';
import type { Actor } from '../../kernel/actor.js';

/**
 * Who may read a project: staff, and applicants who are members of one of its partner
 * organisations (they follow their own project; they never write).
 */
export async function assertCanReadProject(
  manager: EntityManager,
  actor: Actor,
  projectId: string,
): Promise<void> {
  const exists = (await manager.query('SELECT 1 FROM erdf_project WHERE id = $1', [projectId])) as unknown[];
  if (exists.length === 0) throw DomainError.notFound('ERDF project', projectId);
  if (actor.role === 'staff') return;
  if (actor.role === 'applicant') {
    const member = (await manager.query(
      `SELECT 1 FROM erdf_partner p JOIN organisation_member m ON m.organisation_id = p.organisation_id
        WHERE p.project_id = $1 AND m.user_id = $2 LIMIT 1`,
      [projectId, actor.id],
    )) as unknown[];
    if (member.length > 0) return;
  }
  throw DomainError.forbidden('Only staff and members of a partner organisation may see this ERDF project');
}
