import type { ApplicationView } from '../../src/domains/applications/dto/application.dto.js';
import type { TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

/**
 * `count` applications under review in one call (aid basis `none`, a budget that fits them all),
 * sharing one consortium: the quickest way to many decisions, each of which requests a letter.
 */
export async function applicationsReadyForDecision(
  t: TestApp,
  applicant: TestUser,
  count: number,
): Promise<ApplicationView[]> {
  const programme = await t.ctx.newProgramme({ aidBasis: 'none' });
  const call = await t.ctx.newCall({ budgetCents: 1_000_000_000, programmeId: programme.id });
  return t.ctx.underReviewApplications(applicant, call.id, count);
}

/** Approves every other application (a grant of € 10.000), rejects the rest; returns the HTTP status. */
export async function decide(t: TestApp, staff: TestUser, applicationId: string, i: number): Promise<number> {
  const body =
    i % 2 === 0
      ? { outcome: 'approved', grantedCents: 1_000_000, motivation: `Goedgekeurd (fault test ${i})` }
      : {
          outcome: 'rejected',
          refusalGrounds: [
            { type: 'ineligible', rule: 'De aanvraag voldoet niet aan artikel 4 van het reglement (test).' },
          ],
          motivation: `Afgewezen (fault test ${i})`,
        };
  const res = await t.http
    .post(`/api/applications/${applicationId}/decision`)
    .set('Authorization', staff.auth)
    .send(body);
  return res.status;
}

export interface LetterState {
  decisions: number;
  letters: number;
  distinctLetterDecisions: number;
  lettersWithoutDecision: number;
  outbox: Record<string, number>;
  letterJobs: number;
  letterJobsPerDecisionMax: number;
  generatedEvents: number;
  generatedEventsPerDecisionMax: number;
}

/** Everything the invariants "every decision has exactly one letter, produced once" need, in SQL. */
export async function letterState(t: TestApp): Promise<LetterState> {
  const q = async <T>(sql: string): Promise<T> => ((await t.dataSource.query(sql)) as T[])[0];
  const outboxRows = (await t.dataSource.query(
    `SELECT status, count(*)::int AS n FROM job_outbox WHERE job_name = 'decision-letter' GROUP BY status`,
  )) as { status: string; n: number }[];
  const counts = await q<Record<string, number>>(`SELECT
      (SELECT count(*)::int FROM decision) AS decisions,
      (SELECT count(*)::int FROM decision_letter) AS letters,
      (SELECT count(DISTINCT decision_id)::int FROM decision_letter) AS distinct_letter_decisions,
      (SELECT count(*)::int FROM decision_letter l WHERE NOT EXISTS (SELECT 1 FROM decision d WHERE d.id = l.decision_id)) AS orphans,
      (SELECT count(*)::int FROM job_outbox WHERE job_name = 'decision-letter') AS letter_jobs,
      (SELECT COALESCE(max(n), 0)::int FROM (SELECT count(*) AS n FROM job_outbox WHERE job_name = 'decision-letter'
          GROUP BY payload->>'decisionId') j) AS jobs_max,
      (SELECT count(*)::int FROM audit_event WHERE action = 'letter.generated') AS generated,
      (SELECT COALESCE(max(n), 0)::int FROM (SELECT count(*) AS n FROM audit_event WHERE action = 'letter.generated'
          GROUP BY data->>'decisionId') g) AS generated_max`);
  return {
    decisions: counts.decisions,
    letters: counts.letters,
    distinctLetterDecisions: counts.distinct_letter_decisions,
    lettersWithoutDecision: counts.orphans,
    outbox: Object.fromEntries(outboxRows.map((r) => [r.status, r.n])),
    letterJobs: counts.letter_jobs,
    letterJobsPerDecisionMax: counts.jobs_max,
    generatedEvents: counts.generated,
    generatedEventsPerDecisionMax: counts.generated_max,
  };
}

/** Letters are complete when every decision has its letter and no letter job is left unfinished. */
export function lettersComplete(s: LetterState): boolean {
  return s.letters >= s.decisions && (s.outbox.completed ?? 0) === s.letterJobs;
}
