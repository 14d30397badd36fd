import { Injectable } from '@nestjs/common';
import { RankingService } from '../reviews/ranking.service.js';
import type { DecisionEvaluation, EvaluationSource } from './evaluation-source.js';

/** The evaluation a decision cites: the application's item in its call's ranking (reviews module). */
@Injectable()
export class RankingEvaluationSource implements EvaluationSource {
  constructor(private readonly ranking: RankingService) {}

  async evaluationOf(callId: string, applicationId: string): Promise<DecisionEvaluation | null> {
    const item = (await this.ranking.rankingShared(callId)).items.find(
      (i) => i.applicationId === applicationId,
    );
    if (!item || item.score === null) return null;
    return {
      score: item.score,
      rank: item.rank,
      thresholdsMet: item.meetsThresholds,
      meanScore: item.meanScore,
      withinFundingLine: item.withinBudget,
      criterionMeans: item.criterionMeans,
      consensus: item.consensus
        ? { score: item.consensus.score, justification: item.consensus.justification, at: item.consensus.at }
        : null,
    };
  }
}
