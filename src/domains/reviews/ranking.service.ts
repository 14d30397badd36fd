import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ApplicationStatus } from '../applications/state-machine.js';
import { DomainError } from '../../kernel/errors.js';
import { Call } from '../programmes/programme.entity.js';
import type { RankingView } from './dto/review.dto.js';
import {
  DISAGREEMENT_LIMIT,
  type RankingApplication,
  type RankingConsensus,
  type RankingReview,
  rankApplications,
} from './ranking.js';
import type { Criterion } from './scoring.js';

/** Applications that take part in the ranking: admitted to evaluation, withdrawn ones excluded. */
export const RANKED_STATUSES: readonly ApplicationStatus[] = [
  'admissible',
  'under_review',
  'approved',
  'rejected',
];

/** The documented order, as shown to staff with every ranking. */
export const RANKING_ORDER = [
  'score (consensus score if any, else the mean weighted score), highest first, compared at 0.01',
  'meeting every criterion threshold before not',
  'lower requested amount first',
  'earlier submission first',
  'reference, ascending',
];

/**
 * `GET /api/calls/:id/ranking`. Three queries whatever the size of the call — the applications, every
 * submitted review of the call, the latest consensus per application — then the pure `rankApplications`.
 */
@Injectable()
export class RankingService {
  private readonly inFlight = new Map<string, Promise<RankingView>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The ranking of a call, shared by the callers that ask for it while it is being computed. For
   * readers that only need the evaluation as it stands (a decision cites the score and rank): 200
   * decisions taken at once then compute the ranking a few times instead of 200 times. Do not mutate
   * the result. Reads that must see the caller's own last write use `ranking`.
   */
  rankingShared(callId: string): Promise<RankingView> {
    let pending = this.inFlight.get(callId);
    if (!pending) {
      pending = this.ranking(callId).finally(() => this.inFlight.delete(callId));
      this.inFlight.set(callId, pending);
    }
    return pending;
  }

  async ranking(callId: string): Promise<RankingView> {
    const call = await this.dataSource.getRepository(Call).findOneBy({ id: callId });
    if (!call) throw DomainError.notFound('Call', callId);

    const [applications, reviews, consensus] = await Promise.all([
      this.dataSource.query(
        `SELECT id, reference, title, status, requested_cents::text AS requested_cents, submitted_at
           FROM application WHERE call_id = $1 AND status = ANY($2::text[])`,
        [callId, RANKED_STATUSES],
      ) as Promise<ApplicationRow[]>,
      // Every submitted review of the call counts for the evaluators' severity, also those of
      // applications withdrawn since; only ranked applications get an item. Of each review's scores
      // only {criterion: score}, made in SQL: the comments are not ranked, and parsing every review's
      // JSON for thousands of reviews per request was most of what the ranking allocated.
      this.dataSource.query(
        `SELECT a.application_id, a.evaluator_id, r.weighted_score::float8 AS weighted_score,
                COALESCE((SELECT jsonb_object_agg(s->>'criterion', s->'score')
                            FROM jsonb_array_elements(r.scores) s), '{}'::jsonb) AS scores
           FROM review r
           JOIN review_assignment a ON a.id = r.assignment_id
           JOIN application p ON p.id = a.application_id
          WHERE p.call_id = $1 AND r.submitted_at IS NOT NULL`,
        [callId],
      ) as Promise<ReviewRow[]>,
      this.dataSource.query(
        `SELECT DISTINCT ON (c.application_id) c.application_id, c.score::float8 AS score, c.justification,
                c.decided_by, c.created_at
           FROM application_consensus c
           JOIN application p ON p.id = c.application_id
          WHERE p.call_id = $1
          ORDER BY c.application_id, c.created_at DESC, c.id DESC`,
        [callId],
      ) as Promise<ConsensusRow[]>,
    ]);

    const ranking = rankApplications({
      criteria: call.criteria as Criterion[],
      budgetCents: call.budgetCents,
      minReviewsPerApplication: call.minReviewsPerApplication,
      disagreementLimit: DISAGREEMENT_LIMIT,
      applications: applications.map((a): RankingApplication => ({
        applicationId: a.id,
        reference: a.reference,
        title: a.title,
        status: a.status,
        requestedCents: Number(a.requested_cents),
        submittedAt: a.submitted_at === null ? null : new Date(a.submitted_at),
      })),
      reviews: reviews.map((r): RankingReview => ({
        applicationId: r.application_id,
        evaluatorId: r.evaluator_id,
        weightedScore: Number(r.weighted_score),
        scores: r.scores,
      })),
      consensus: consensus.map((c): RankingConsensus => ({
        applicationId: c.application_id,
        score: Number(c.score),
        justification: c.justification,
        by: c.decided_by,
        at: new Date(c.created_at),
      })),
    });
    return {
      callId: call.id,
      callTitle: call.title,
      budgetCents: call.budgetCents,
      minReviewsPerApplication: call.minReviewsPerApplication,
      disagreementLimit: DISAGREEMENT_LIMIT,
      order: RANKING_ORDER,
      fundingLine: ranking.fundingLine,
      items: ranking.items,
      total: ranking.items.length,
    };
  }
}

interface ApplicationRow {
  id: string;
  reference: string;
  title: string;
  status: string;
  requested_cents: string;
  submitted_at: Date | string | null;
}

interface ReviewRow {
  application_id: string;
  evaluator_id: string;
  weighted_score: number | string;
  /** Criterion key → score. */
  scores: Record<string, number>;
}

interface ConsensusRow {
  application_id: string;
  score: number | string;
  justification: string;
  decided_by: string;
  created_at: Date | string;
}
