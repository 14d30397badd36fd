/**
 * The raw baselines that run in the bench process itself: the submission's inserts in one transaction,
 * and the SQL of the ranking and the budget report, without the API around them. The ERDF report's
 * aggregation is the API's own statement (ERDF_REPORT_SQL of src/domains/erdf/erdf.repository.ts).
 */
import { createHash, randomUUID } from 'node:crypto';
import { APPLICATION_STATUSES } from '../src/domains/applications/state-machine.js';
import type { Sql } from './seed.js';

/** The report's main aggregation as the API runs it; parameters: the project and its coordinator. */
export { ERDF_REPORT_SQL } from '../src/domains/erdf/erdf.repository.js';

/** A database handle of the bench process: plain `pg` on PostgreSQL, the TypeORM data source on PGlite. */
export interface RawDb {
  query: Sql;
  transaction<T>(work: (query: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The seed's deterministic id of a key (`uuidOf` in seed.ts): its md5 with the digits of a v4 UUID. */
export function md5uuid(key: string): string {
  const m = createHash('md5').update(key).digest('hex');
  const h = `${m.slice(0, 12)}4${m.slice(13, 16)}8${m.slice(17)}`;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface SubmissionBody {
  callId: string;
  title: string;
  acronym: string;
  summary: string;
  cluster: string;
  language: 'nl';
  startDate: string;
  endDate: string;
  requestedCents: number;
  partners: {
    organisationId: string;
    role: 'coordinator' | 'partner';
    costs: { category: string; description: string; amountCents: number }[];
  }[];
}

/**
 * Flow i: applicant `1 + i % 16` coordinates with organisation `1 + i % 16` (their own), with two
 * partners elsewhere in the data set; 3 partners × 3 cost lines, 40 % of the eligible costs requested.
 */
export function submissionBody(callId: string, i: number, organisations: number): SubmissionBody {
  const coordinator = 1 + (i % 16);
  const other = (k: number) => 17 + ((i * 2 + k) % (organisations - 17));
  const costs = [
    { category: 'staff', description: 'Onderzoekers', amountCents: 2_000_000 },
    { category: 'operating', description: 'Materiaal en testen', amountCents: 1_000_000 },
    { category: 'subcontracting', description: 'Externe validatie', amountCents: 500_000 },
  ];
  return {
    callId,
    title: `Benchmarkproject ${i}`,
    acronym: `BM${i}`,
    summary: 'Een samenwerkingsproject rond slimme sensoren in de zorg, met een pilootfase in Leuven.',
    cluster: 'health',
    language: 'nl',
    startDate: '2027-03-01',
    endDate: '2028-12-31',
    requestedCents: 4_200_000,
    partners: [coordinator, other(0), other(1)].map((n, k) => ({
      organisationId: md5uuid(`org-${n}`),
      role: k === 0 ? 'coordinator' : 'partner',
      costs,
    })),
  };
}

/** The audit event as the API inserts it; the API's chainer links it into the hash chain after commit. */
async function rawAudit(q: Sql, entityId: string, action: string, data: unknown): Promise<void> {
  await q(
    `INSERT INTO audit_event (at, actor_id, actor_role, action, entity, entity_id, data)
     VALUES ($1, $2, 'applicant', $3, 'application', $4, $5::jsonb)`,
    [new Date().toISOString(), null, action, entityId, JSON.stringify(data)],
  );
}

/**
 * The rows a create + submit writes, in one transaction: the reference counter, the application (with
 * its snapshot), 3 partners, 9 cost lines and the two audit events (as the API inserts them;
 * it chains them after commit).
 */
export async function rawSubmission(db: RawDb, body: SubmissionBody, createdBy: string): Promise<void> {
  await db.transaction(async (q) => {
    const [counter] = (await q(
      `INSERT INTO application_reference_counter (prefix, year, last_value) VALUES ('IS', 2027, 1)
       ON CONFLICT (prefix, year) DO UPDATE SET last_value = application_reference_counter.last_value + 1
       RETURNING last_value`,
    )) as { last_value: number }[];
    const reference = `IS-2027-${String(counter.last_value).padStart(4, '0')}`;
    const id = randomUUID();
    const now = new Date().toISOString();
    await q(
      `INSERT INTO application (id, call_id, reference, title, acronym, summary, cluster, language, start_date, end_date,
                                requested_cents, status, created_by, submitted_at, snapshot)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'submitted', $12, $13, $14::jsonb)`,
      [
        id,
        body.callId,
        reference,
        body.title,
        body.acronym,
        body.summary,
        body.cluster,
        body.language,
        body.startDate,
        body.endDate,
        body.requestedCents,
        createdBy,
        now,
        JSON.stringify({ ...body, reference, submittedAt: now }),
      ],
    );
    for (const [position, p] of body.partners.entries()) {
      const partnerId = randomUUID();
      await q(
        `INSERT INTO application_partner (id, application_id, organisation_id, role, position) VALUES ($1, $2, $3, $4, $5)`,
        [partnerId, id, p.organisationId, p.role, position],
      );
      await q(
        `INSERT INTO application_cost (partner_id, category, description, amount_cents, position)
         SELECT $1, c.category, c.description, c.amount_cents, c.position
           FROM jsonb_to_recordset($2::jsonb) AS c(category text, description text, amount_cents bigint, position int)`,
        [
          partnerId,
          JSON.stringify(
            p.costs.map((c, i) => ({
              category: c.category,
              description: c.description,
              amount_cents: c.amountCents,
              position: i,
            })),
          ),
        ],
      );
    }
    await rawAudit(q, id, 'application.created', { reference });
    await rawAudit(q, id, 'application.submitted', { reference });
  });
}

/**
 * The ranking of a call as one SQL aggregation: the mean weighted score of the submitted reviews per
 * ranked application, whether the mean of every criterion meets its threshold, the rank with the
 * documented tie-breaks, and the cumulative requested amount against the call budget.
 */
export const RANKING_SQL = `
  WITH c AS (SELECT id, budget_cents, criteria FROM call WHERE id = $1),
  per_application AS (
    SELECT a.id, a.reference, a.title, a.requested_cents, a.submitted_at,
           count(r.id) AS review_count, COALESCE(avg(r.weighted_score), 0) AS score
      FROM application a
      LEFT JOIN review_assignment ra ON ra.application_id = a.id
      LEFT JOIN review r ON r.assignment_id = ra.id AND r.submitted_at IS NOT NULL
     WHERE a.call_id = $1 AND a.status IN ('admissible','under_review','approved','rejected')
     GROUP BY a.id
  ), per_criterion AS (
    SELECT ra.application_id, s->>'criterion' AS key, avg((s->>'score')::numeric) AS mean
      FROM review r
      JOIN review_assignment ra ON ra.id = r.assignment_id
      JOIN application a ON a.id = ra.application_id,
           jsonb_array_elements(r.scores) s
     WHERE a.call_id = $1 AND r.submitted_at IS NOT NULL
     GROUP BY 1, 2
  ), thresholds AS (
    SELECT pc.application_id, bool_and(pc.mean >= COALESCE((cr->>'threshold')::numeric, 0)) AS meets
      FROM per_criterion pc
      JOIN (SELECT jsonb_array_elements(criteria) AS cr FROM c) k ON k.cr->>'key' = pc.key
     GROUP BY pc.application_id
  ), scored AS (
    SELECT p.*, COALESCE(t.meets, false) AS meets_thresholds
      FROM per_application p LEFT JOIN thresholds t ON t.application_id = p.id
  )
  SELECT s.*, rank() OVER w AS rank, sum(s.requested_cents) OVER w AS cumulative_requested_cents,
         sum(s.requested_cents) OVER w <= (SELECT budget_cents FROM c) AS within_budget
    FROM scored s
  WINDOW w AS (ORDER BY round(s.score, 2) DESC, s.meets_thresholds DESC, s.requested_cents, s.submitted_at, s.reference)
   ORDER BY rank`;

/**
 * The budget report of a year (GET /api/reports/budget?year=, ReportingService.budgetReport) as one
 * query, written directly rather than imported: the API reads it in three statements
 * (ReportingRepository), and this independent formulation is what the bench checks the API's
 * figures against, so it must not share their SQL: the year's calls with their programme; the ledger's budget, committed and
 * paid per call and in total; per (call, cluster), call, cluster and in total the applications by
 * status, submitted, approved and decided counts, requested, granted (the ledger's commitments per
 * application), success rate and median days from submission to decision. One row per grouping.
 */
export const BUDGET_REPORT_SQL = `
  WITH c AS (
    SELECT c.id, c.title, c.year, c.opens_at, c.programme_id, p.code AS programme_code, p.name AS programme_name
      FROM call c JOIN programme p ON p.id = c.programme_id
     WHERE c.year = $1
  ), ledger AS (
    SELECT l.call_id, GROUPING(l.call_id) AS is_total,
           COALESCE(sum(l.amount_cents) FILTER (WHERE l.kind = 'budget'), 0) AS budget,
           COALESCE(sum(l.amount_cents) FILTER (WHERE l.kind IN ('commitment','decommitment')), 0) AS committed,
           COALESCE(sum(l.amount_cents) FILTER (WHERE l.kind IN ('payment','recovery')), 0) AS paid
      FROM budget_ledger_entry l JOIN c ON c.id = l.call_id
     GROUP BY GROUPING SETS ((l.call_id), ())
  ), granted AS (
    SELECT l.application_id, sum(l.amount_cents) AS cents
      FROM budget_ledger_entry l JOIN c ON c.id = l.call_id
     WHERE l.kind IN ('commitment','decommitment')
     GROUP BY l.application_id
  ), figures AS (
    SELECT c.id AS call_id, a.cluster, GROUPING(c.id) AS all_calls, GROUPING(a.cluster) AS all_clusters,
           count(a.id) AS application_count,
           ${APPLICATION_STATUSES.map((s) => `count(*) FILTER (WHERE a.status = '${s}') AS s_${s}`).join(', ')},
           count(*) FILTER (WHERE a.submitted_at IS NOT NULL) AS submitted_count,
           count(*) FILTER (WHERE a.status IN ('approved','closed')) AS approved_count,
           count(*) FILTER (WHERE a.status IN ('approved','closed','rejected')) AS decided_count,
           COALESCE(sum(a.requested_cents) FILTER (WHERE a.submitted_at IS NOT NULL), 0) AS requested,
           COALESCE(sum(g.cents), 0) AS granted,
           round(100.0 * count(*) FILTER (WHERE a.status IN ('approved','closed'))
                 / NULLIF(count(*) FILTER (WHERE a.status IN ('approved','closed','rejected')), 0), 1) AS success_rate_pct,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY d.decided_on - (a.submitted_at AT TIME ZONE 'Europe/Brussels')::date)
             FILTER (WHERE a.status IN ('approved','closed','rejected') AND a.submitted_at IS NOT NULL) AS median_days
      FROM c
      LEFT JOIN application a ON a.call_id = c.id
      LEFT JOIN granted g ON g.application_id = a.id
      LEFT JOIN decision d ON d.application_id = a.id
     GROUP BY GROUPING SETS ((c.id, a.cluster), (c.id), (a.cluster), ())
  )
  SELECT f.*, c.title, c.programme_id, c.programme_code, c.programme_name,
         l.budget, l.committed, l.paid, l.budget - l.committed AS available
    FROM figures f
    LEFT JOIN c ON c.id = f.call_id
    LEFT JOIN ledger l ON l.is_total = f.all_calls AND l.call_id IS NOT DISTINCT FROM f.call_id AND f.all_clusters = 1
   ORDER BY f.all_calls, c.programme_code, c.opens_at, c.title, f.call_id, f.all_clusters DESC, granted DESC, f.cluster`;
