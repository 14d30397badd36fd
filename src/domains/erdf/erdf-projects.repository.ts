import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kernel/errors.js';

/** The project facts the rules need, read (and optionally locked) in the caller's transaction. */
export interface ProjectFacts {
  id: string;
  projectNumber: string;
  startDate: string;
  endDate: string;
  erdfRatePct: number;
  partnerOrganisationIds: string[];
}

/**
 * Reads a project's facts. With `lock`, takes `FOR NO KEY UPDATE` on the project row: expenses,
 * corrections, withdrawals and claims of one project then run one after the other, so two
 * concurrent claims can never pick the same expense (the UNIQUE(expense_id) of erdf_claim_line
 * guarantees it in any case).
 */
export async function loadProjectFacts(
  manager: EntityManager,
  projectId: string,
  options: { lock?: boolean } = {},
): Promise<ProjectFacts> {
  const rows = (await manager.query(
    `SELECT id, project_number, start_date::text AS start_date, end_date::text AS end_date,
            erdf_rate_pct::text AS erdf_rate_pct
       FROM erdf_project WHERE id = $1 ${options.lock ? 'FOR NO KEY UPDATE' : ''}`,
    [projectId],
  )) as {
    id: string;
    project_number: string;
    start_date: string;
    end_date: string;
    erdf_rate_pct: string;
  }[];
  if (rows.length === 0) throw DomainError.notFound('ERDF project', projectId);
  const partners = (await manager.query(
    'SELECT organisation_id FROM erdf_partner WHERE project_id = $1 ORDER BY organisation_id',
    [projectId],
  )) as { organisation_id: string }[];
  const row = rows[0];
  return {
    id: row.id,
    projectNumber: row.project_number,
    startDate: row.start_date,
    endDate: row.end_date,
    erdfRatePct: Number(row.erdf_rate_pct),
    partnerOrganisationIds: partners.map((p) => p.organisation_id),
  };
}
