/**
 * ERDF indicators (SPEC.md §2): output, result or impact, each with a target and dated values.
 *
 * What "achieved" means depends on the kind:
 * - `output` indicators count what the project produces (companies supported, events held); each
 *   value records what was added on that date, so achieved is the **sum** of the values.
 * - `result` and `impact` indicators measure a state (export turnover, jobs); each value is a new
 *   measurement, so achieved is the **latest** value (by date, then by recording time).
 * The report computes this in SQL (`ErdfReportService`); this file holds the rule and the percentage.
 */
export const INDICATOR_KINDS = ['output', 'result', 'impact'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export function achievedIsSum(kind: IndicatorKind): boolean {
  return kind === 'output';
}

/** Achieved as a percentage of the target, to one decimal; null when the target is 0. */
export function achievedPct(achieved: number, target: number): number | null {
  if (target === 0) return null;
  return Math.round((achieved / target) * 1000) / 10;
}
