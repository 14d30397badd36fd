/**
 * Where a decision finds the evaluation result it cites (the reviews module's ranking). Optional: the
 * decision stores it (score, rank, thresholds, the experts' mean per criterion, a consensus) for its
 * letter; without a source, letters leave the evaluation sentences out. Register an implementation
 * under `EVALUATION_SOURCE`.
 */
export interface DecisionEvaluation {
  /** Weighted score 0–100 (the consensus when there is one). */
  score: number;
  rank: number | null;
  thresholdsMet: boolean;
  /** The experts' mean weighted score (0–100), before any consensus. */
  meanScore: number | null;
  /** Ranked within the call's budget (above the funding line). */
  withinFundingLine: boolean;
  /** The experts' mean score per criterion key. */
  criterionMeans: Record<string, number>;
  /** The consensus score that replaced the mean, if any. */
  consensus: { score: number; justification: string; at: string } | null;
}

export interface EvaluationSource {
  /** The evaluation of an application in its call's ranking; null when it has none. Reads committed data. */
  evaluationOf(callId: string, applicationId: string): Promise<DecisionEvaluation | null>;
}

export const EVALUATION_SOURCE = Symbol('EVALUATION_SOURCE');
