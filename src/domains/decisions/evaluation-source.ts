/**
 * Where a decision finds the evaluation result it cites (the reviews module's ranking). Optional: the
 * decision stores it (score, rank, thresholds) for its letter; without a source, letters leave the
 * evaluation sentences out. Register an implementation under `EVALUATION_SOURCE`.
 */
export interface DecisionEvaluation {
  /** Weighted score 0–100 (the consensus when there is one). */
  score: number;
  rank: number | null;
  thresholdsMet: boolean;
}

export interface EvaluationSource {
  /** The evaluation of an application in its call's ranking; null when it has none. Reads committed data. */
  evaluationOf(callId: string, applicationId: string): Promise<DecisionEvaluation | null>;
}

export const EVALUATION_SOURCE = Symbol('EVALUATION_SOURCE');
