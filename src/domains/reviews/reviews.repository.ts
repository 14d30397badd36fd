import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReviewAssignment } from './review.entity.js';
import type { CriterionScore } from './scoring.js';

/** An assignment with its application's reference, title and call, and its evaluator's name. */
export interface AssignmentRow {
  id: string;
  application_id: string;
  evaluator_id: string;
  status: ReviewAssignment['status'];
  has_conflict: boolean | null;
  statement: string | null;
  declared_at: Date | string | null;
  assigned_by: string;
  created_at: Date | string;
  reference: string;
  title: string;
  call_id: string;
  evaluator_name: string;
}

/** A review with its assignment's application and evaluator. */
export interface ReviewRow {
  id: string;
  assignment_id: string;
  application_id: string;
  evaluator_id: string;
  evaluator_name: string;
  scores: CriterionScore[];
  comment: string | null;
  weighted_score: number | null;
  submitted_at: Date | string | null;
  updated_at: Date | string;
}

/**
 * A filter of a list query as the service builds it: a `WHERE …` clause (or '') with `$n`
 * placeholders numbered from 1, and their values. The service owns it because it carries the
 * visibility rule of the list; the repository appends the paging parameters after them.
 */
export interface SqlFilter {
  sql: string;
  params: unknown[];
}

/** An application that takes part in a ranking. */
export interface RankingApplicationRow {
  id: string;
  reference: string;
  title: string;
  status: string;
  requestedCents: number;
  submittedAt: Date | null;
}

/** A submitted review as the ranking reads it: weighted score and {criterion: score}, no comments. */
export interface RankingReviewRow {
  applicationId: string;
  evaluatorId: string;
  weightedScore: number;
  /** Criterion key → score. */
  scores: Record<string, number>;
}

/** The latest consensus note of an application. */
export interface RankingConsensusRow {
  applicationId: string;
  score: number;
  justification: string;
  decidedBy: string;
  createdAt: Date;
}

/** The SQL of assignments, reviews, consensus notes and rankings. */
@Injectable()
export class ReviewsRepository {
  /** The organisations that are partners of the application as it stands. */
  async partnerOrganisationIds(manager: EntityManager, applicationId: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT organisation_id FROM application_partner WHERE application_id = $1`,
      [applicationId],
    )) as { organisation_id: string }[];
    return rows.map((r) => r.organisation_id);
  }

  /** The partners of the application as it stands, with their role. */
  async partnerRoles(
    manager: EntityManager,
    applicationId: string,
  ): Promise<{ organisationId: string; role: 'coordinator' | 'partner' }[]> {
    return (await manager.query(
      `SELECT organisation_id AS "organisationId", role FROM application_partner WHERE application_id = $1`,
      [applicationId],
    )) as { organisationId: string; role: 'coordinator' | 'partner' }[];
  }

  /** A page of the active evaluators by name, with their employer's name, and how many there are. */
  async activeEvaluatorPage(
    manager: EntityManager,
    page: { limit: number; offset: number },
  ): Promise<{ rows: { id: string; organisationName: string | null }[]; total: number }> {
    const [{ total }] = (await manager.query(
      `SELECT count(*)::int AS total FROM app_user WHERE role = 'evaluator' AND status = 'active'`,
    )) as { total: number }[];
    const rows = (await manager.query(
      `SELECT u.id, o.name AS "organisationName" FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id
        WHERE u.role = 'evaluator' AND u.status = 'active' ORDER BY u.full_name, u.id LIMIT $1 OFFSET $2`,
      [page.limit, page.offset],
    )) as { id: string; organisationName: string | null }[];
    return { rows, total };
  }

  /** The organisations the user is a member of. */
  async memberOrganisationIds(manager: EntityManager, userId: string): Promise<string[]> {
    const rows = (await manager.query(`SELECT organisation_id FROM organisation_member WHERE user_id = $1`, [
      userId,
    ])) as { organisation_id: string }[];
    return rows.map((r) => r.organisation_id);
  }

  /** Id and name of the organisations, by name. */
  async organisationNames(
    manager: EntityManager,
    ids: readonly string[],
  ): Promise<{ id: string; name: string }[]> {
    return (await manager.query(
      `SELECT id, name FROM organisation WHERE id = ANY($1::uuid[]) ORDER BY name`,
      [ids],
    )) as { id: string; name: string }[];
  }

  /** How many reviews of the application are submitted. */
  async countSubmittedReviews(manager: EntityManager, applicationId: string): Promise<number> {
    const [{ count }] = (await manager.query(
      `SELECT count(*)::int AS count FROM review r JOIN review_assignment a ON a.id = r.assignment_id
        WHERE a.application_id = $1 AND r.submitted_at IS NOT NULL`,
      [applicationId],
    )) as { count: number }[];
    return count;
  }

  /** The mean weighted score of the application's submitted reviews, unrounded; null without any. */
  async meanSubmittedScore(manager: EntityManager, applicationId: string): Promise<number | null> {
    const [{ mean }] = (await manager.query(
      `SELECT avg(r.weighted_score)::float8 AS mean FROM review r JOIN review_assignment a ON a.id = r.assignment_id
        WHERE a.application_id = $1 AND r.submitted_at IS NOT NULL`,
      [applicationId],
    )) as { mean: number | string | null }[];
    return mean === null ? null : Number(mean);
  }

  async findAssignment(manager: EntityManager, id: string): Promise<AssignmentRow | undefined> {
    const rows = (await manager.query(`${ASSIGNMENT_SELECT} WHERE a.id = $1`, [id])) as AssignmentRow[];
    return rows[0];
  }

  /** A page of assignments, newest first, and how many match the filter (over `a` and application `p`). */
  async findAssignmentPage(
    manager: EntityManager,
    filter: SqlFilter,
    page: { limit: number; offset: number },
  ): Promise<{ rows: AssignmentRow[]; total: number }> {
    const { sql, params } = filter;
    const [{ total }] = (await manager.query(
      `SELECT count(*)::int AS total FROM review_assignment a JOIN application p ON p.id = a.application_id ${sql}`,
      params,
    )) as { total: number }[];
    const rows = (await manager.query(
      `${ASSIGNMENT_SELECT} ${sql} ORDER BY a.created_at DESC, a.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    )) as AssignmentRow[];
    return { rows, total };
  }

  async findReview(manager: EntityManager, id: string): Promise<ReviewRow | undefined> {
    const rows = (await manager.query(`${REVIEW_SELECT} WHERE r.id = $1`, [id])) as RawReviewRow[];
    return rows.length === 0 ? undefined : toReviewRow(rows[0]);
  }

  /**
   * A page of reviews, submitted ones first in submission order, and how many match the filter
   * (a condition over review `r` and assignment `a`, without `WHERE`).
   */
  async findReviewPage(
    manager: EntityManager,
    filter: SqlFilter,
    page: { limit: number; offset: number },
  ): Promise<{ rows: ReviewRow[]; total: number }> {
    const { sql, params } = filter;
    const [{ total }] = (await manager.query(
      `SELECT count(*)::int AS total FROM review r JOIN review_assignment a ON a.id = r.assignment_id WHERE ${sql}`,
      params,
    )) as { total: number }[];
    const rows = (await manager.query(
      `${REVIEW_SELECT} WHERE ${sql} ORDER BY r.submitted_at NULLS LAST, r.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    )) as RawReviewRow[];
    return { rows: rows.map(toReviewRow), total };
  }

  /** The applications of the call in one of the statuses. */
  async rankingApplications(
    manager: EntityManager,
    callId: string,
    statuses: readonly string[],
  ): Promise<RankingApplicationRow[]> {
    const rows = (await manager.query(
      `SELECT id, reference, title, status, requested_cents::text AS requested_cents, submitted_at
         FROM application WHERE call_id = $1 AND status = ANY($2::text[])`,
      [callId, statuses],
    )) as {
      id: string;
      reference: string;
      title: string;
      status: string;
      requested_cents: string;
      submitted_at: Date | string | null;
    }[];
    return rows.map((a) => ({
      id: a.id,
      reference: a.reference,
      title: a.title,
      status: a.status,
      requestedCents: Number(a.requested_cents),
      submittedAt: a.submitted_at === null ? null : new Date(a.submitted_at),
    }));
  }

  /**
   * Every submitted review of the call, also those of applications withdrawn since. Of each
   * review's scores only {criterion: score}, made in SQL: the comments are not ranked, and parsing
   * every review's JSON for thousands of reviews per request was most of what the ranking allocated.
   */
  async rankingReviews(manager: EntityManager, callId: string): Promise<RankingReviewRow[]> {
    const rows = (await manager.query(
      `SELECT a.application_id, a.evaluator_id, r.weighted_score::float8 AS weighted_score,
              COALESCE((SELECT jsonb_object_agg(s->>'criterion', s->'score')
                          FROM jsonb_array_elements(r.scores) s), '{}'::jsonb) AS scores
         FROM review r
         JOIN review_assignment a ON a.id = r.assignment_id
         JOIN application p ON p.id = a.application_id
        WHERE p.call_id = $1 AND r.submitted_at IS NOT NULL`,
      [callId],
    )) as {
      application_id: string;
      evaluator_id: string;
      weighted_score: number | string;
      scores: Record<string, number>;
    }[];
    return rows.map((r) => ({
      applicationId: r.application_id,
      evaluatorId: r.evaluator_id,
      weightedScore: Number(r.weighted_score),
      scores: r.scores,
    }));
  }

  /** The latest consensus note of each application of the call. */
  async rankingConsensus(manager: EntityManager, callId: string): Promise<RankingConsensusRow[]> {
    const rows = (await manager.query(
      `SELECT DISTINCT ON (c.application_id) c.application_id, c.score::float8 AS score, c.justification,
              c.decided_by, c.created_at
         FROM application_consensus c
         JOIN application p ON p.id = c.application_id
        WHERE p.call_id = $1
        ORDER BY c.application_id, c.created_at DESC, c.id DESC`,
      [callId],
    )) as {
      application_id: string;
      score: number | string;
      justification: string;
      decided_by: string;
      created_at: Date | string;
    }[];
    return rows.map((c) => ({
      applicationId: c.application_id,
      score: Number(c.score),
      justification: c.justification,
      decidedBy: c.decided_by,
      createdAt: new Date(c.created_at),
    }));
  }
}

const ASSIGNMENT_SELECT = `
  SELECT a.id, a.application_id, a.evaluator_id, a.status, a.has_conflict, a.statement, a.declared_at,
         a.assigned_by, a.created_at, p.reference, p.title, p.call_id, u.full_name AS evaluator_name
    FROM review_assignment a
    JOIN application p ON p.id = a.application_id
    JOIN app_user u ON u.id = a.evaluator_id`;

const REVIEW_SELECT = `
  SELECT r.id, r.assignment_id, a.application_id, a.evaluator_id, u.full_name AS evaluator_name,
         r.scores, r.comment, r.weighted_score, r.submitted_at, r.updated_at
    FROM review r
    JOIN review_assignment a ON a.id = r.assignment_id
    JOIN app_user u ON u.id = a.evaluator_id`;

/** As the driver returns it: numeric comes back as a string. */
type RawReviewRow = Omit<ReviewRow, 'weighted_score'> & { weighted_score: string | number | null };

function toReviewRow(r: RawReviewRow): ReviewRow {
  return { ...r, weighted_score: r.weighted_score === null ? null : Number(r.weighted_score) };
}
