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
import { ReviewsRepository } from './reviews.repository.js';
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

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ReviewsRepository,
  ) {}

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

    // Every submitted review of the call counts for the evaluators' severity, also those of
    // applications withdrawn since; only ranked applications get an item.
    const manager = this.dataSource.manager;
    const [applications, reviews, consensus] = await Promise.all([
      this.repository.rankingApplications(manager, callId, RANKED_STATUSES),
      this.repository.rankingReviews(manager, callId),
      this.repository.rankingConsensus(manager, callId),
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
        requestedCents: a.requestedCents,
        submittedAt: a.submittedAt,
      })),
      reviews: reviews satisfies RankingReview[],
      consensus: consensus.map((c): RankingConsensus => ({
        applicationId: c.applicationId,
        score: c.score,
        justification: c.justification,
        by: c.decidedBy,
        at: c.createdAt,
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
