/**
 * Seeds the large benchmark data set straight into the real schema (after the real migrations), with
 * set-based SQL: `INSERT … SELECT … FROM generate_series(…)`. Ids are deterministic (the md5 of a key),
 * so rows can refer to each other without round trips. Nothing here goes through the API: the API is
 * what is measured.
 */
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../src/platform/identity/password.js';
import { DEFAULT_PROGRAMME_RULES } from '../src/domains/programmes/programme-rules.js';
import { DEFAULT_LEGAL_BASIS } from '../src/domains/programmes/programmes.service.js';

export type Sql = (sql: string, params?: unknown[]) => Promise<unknown[]>;

export interface Scale {
  /** Applications in the closed calls (all submitted, most of them decided). */
  applications: number;
  /** Applications of the ranking call (under review, 3 reviews each). */
  rankingApplications: number;
  organisations: number;
  erdfProjects: number;
  erdfExpenses: number;
  /** Expenses of the largest ERDF project (project 1). */
  largestProjectExpenses: number;
  /** Concurrent approvals on a call whose budget fits `approvalFits`. */
  approvals: number;
  approvalFits: number;
  /** Letters rendered through the queue (decisions of the approvals call). */
  letters: number;
}

/**
 * Applications of the approvals call: `approvals` under review for the concurrent approvals (of which
 * `approvalFits` get the budget), and the others already rejected (seeded decisions), so that the call
 * ends with `letters` decisions whose letters the queue renders.
 */
export const approvalsCallSize = (scale: Scale) => scale.approvals + scale.letters - scale.approvalFits;
export const APPROVAL_GRANT_CENTS = 1_000_000;

export const FULL_SCALE: Scale = {
  applications: 50_000,
  rankingApplications: 2_000,
  organisations: 3_000,
  erdfProjects: 200,
  erdfExpenses: 200_000,
  largestProjectExpenses: 20_000,
  approvals: 200,
  approvalFits: 50,
  letters: 1_000,
};

/** A tenth, for the embedded PGlite default (one connection, WASM). */
export const SMALL_SCALE: Scale = {
  applications: 5_000,
  rankingApplications: 200,
  organisations: 300,
  erdfProjects: 20,
  erdfExpenses: 20_000,
  largestProjectExpenses: 2_000,
  approvals: 200,
  approvalFits: 50,
  letters: 100,
};

export const PASSWORD = 'bench-password-2026';
export const APPLICANTS = 16;
export const EVALUATORS = 30;
/** The closed yearly calls that hold the seeded applications; 2025 is the ranking call, 2027 is open. */
export const CLOSED_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2026];
export const RANKING_YEAR = 2025;
export const OPEN_YEAR = 2027;
/**
 * Closed calls up to this year have finished projects: final report accepted, balance paid, `closed`.
 * Later closed calls run: approved, with the advance paid when it was decided long enough ago.
 */
export const SETTLED_BEFORE = 2024;
export const ADVANCE_PAID_BEFORE = 2026;
/**
 * Budget of a closed call per application it received: about a third of the € 53.000 requested on
 * average, so that the best-ranked third or so is approved within the budget.
 */
export const CLOSED_CALL_BUDGET_PER_APPLICATION_CENTS = 1_800_000;
/** Applications of each closed call (the seed spreads them evenly). */
export const closedCallSize = (scale: Scale) =>
  (scale.applications - scale.rankingApplications) / CLOSED_YEARS.length;
export const CRITERIA = [
  { key: 'innovation', label: 'Innovatief karakter', weight: 30, maxScore: 10, threshold: 6 },
  { key: 'impact', label: 'Impact op Vlaams-Brabant', weight: 25, maxScore: 10, threshold: 5 },
  { key: 'consortium', label: 'Kwaliteit van het consortium', weight: 20, maxScore: 10, threshold: 5 },
  { key: 'feasibility', label: 'Haalbaarheid en begroting', weight: 25, maxScore: 10, threshold: 5 },
];

/**
 * Deterministic ids: the md5 of a key, with the version and variant digits of a v4 UUID (so that
 * `@IsUUID()` accepts them). `md5uuid` in raw.ts computes the same in JavaScript.
 */
export const uuidOf = (keySql: string) =>
  `overlay(overlay(md5(${keySql}) placing '4' from 13) placing '8' from 17)::uuid`;
export const id = {
  programme: uuidOf(`'programme-IS'`),
  call: (yearSql: string) => uuidOf(`'call-' || ${yearSql}`),
  org: (nSql: string) => uuidOf(`'org-' || ${nSql}`),
  app: (nSql: string) => uuidOf(`'app-' || ${nSql}`),
  partner: (nSql: string, kSql: string) => uuidOf(`'partner-' || ${nSql} || '-' || ${kSql}`),
};

/** Enterprise number of organisation n in SQL: 8-digit body starting with 0, then 97 - body mod 97. */
const kboSql = (nSql: string) => `(
  SELECT substr(d, 1, 4) || '.' || substr(d, 5, 3) || '.' || substr(d, 8, 3)
    FROM (SELECT lpad((2000000 + ${nSql})::text, 8, '0') || lpad((97 - (2000000 + ${nSql}) % 97)::text, 2, '0') AS d) x)`;

export interface SeedResult {
  users: { staff: string; applicants: string[]; evaluators: string[] };
  openCallId: string;
  rankingCallId: string;
  approvalsCallId: string;
  approvalsApplicationIds: string[];
  largestErdfProjectId: string;
  /** Its coordinator, the second parameter of ERDF_REPORT_SQL (the coordinator's rows come first). */
  largestErdfCoordinatorId: string;
  counts: Record<string, number>;
  seconds: number;
}

/** Seeds everything that exists in the schema. Call on an empty, migrated database. */
export async function seed(sql: Sql, scale: Scale, log: (msg: string) => void): Promise<SeedResult> {
  const started = performance.now();
  const step = async (name: string, text: string, params: unknown[] = []) => {
    const t0 = performance.now();
    await sql(text, params);
    log(`  seed ${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  const hash = await hashPassword(PASSWORD);

  // Accounts: one staff member, 16 applicants (each a member of organisation 1..16), 30 evaluators,
  // their addresses confirmed (login waits for that).
  await step(
    'users',
    `INSERT INTO app_user (id, email, full_name, role, password_hash, email_verified_at)
     SELECT u.*, now() FROM (
     SELECT ${uuidOf(`'user-staff'`)}, 'staff@bench.test', 'Bench Staff', 'staff', $1
     UNION ALL
     SELECT ${uuidOf(`'user-applicant-' || n`)}, 'applicant' || n || '@bench.test', 'Bench Applicant ' || n, 'applicant', $1
       FROM generate_series(1, $2::int) n
     UNION ALL
     SELECT ${uuidOf(`'user-evaluator-' || n`)}, 'evaluator' || n || '@bench.test', 'Bench Evaluator ' || n, 'evaluator', $1
       FROM generate_series(1, $3::int) n) u`,
    [hash, APPLICANTS, EVALUATORS],
  );
  // Organisations: 60 % SMEs, large enterprises, knowledge institutions, public bodies, non-profits;
  // all verified by the staff member (in 2017, before the first call), so that they can submit.
  await step(
    'organisations',
    `INSERT INTO organisation (id, name, enterprise_number, kind, sme_size, street, postal_code, city, country,
                               status, verified_at, verified_by, verified_via)
     SELECT ${id.org('n')}, 'Bench organisation ' || n, ${kboSql('n')},
            CASE WHEN n % 20 = 19 THEN 'public_body' WHEN n % 10 < 6 THEN 'sme' WHEN n % 10 < 8 THEN 'large_enterprise'
                 WHEN n % 10 = 8 THEN 'knowledge_institution' ELSE 'non_profit' END,
            CASE WHEN n % 20 <> 19 AND n % 10 < 6 THEN (ARRAY['micro','small','medium'])[1 + n % 3] END,
            'Diestsestraat ' || (n % 300 + 1), '3000', 'Leuven', 'BE',
            'verified', timestamptz '2017-06-01 10:00+02' + (n % 120) * interval '1 day', ${uuidOf(`'user-staff'`)}, 'staff'
       FROM generate_series(1, $1::int) n`,
    [scale.organisations],
  );

  await step(
    'members',
    `INSERT INTO organisation_member (organisation_id, user_id)
     SELECT ${id.org('n')}, ${uuidOf(`'user-applicant-' || n`)} FROM generate_series(1, $1::int) n`,
    [APPLICANTS],
  );

  // The innovation programme and ten yearly calls (closing 15 October; the 2027 call is open now). The
  // closed calls' budgets fund about a third of their applications; the others keep € 600.000.
  await step(
    'programme',
    `INSERT INTO programme (id, code, name, aid_basis, rules, legal_basis)
     VALUES (${id.programme}, 'IS', 'Innovatiesubsidie Vlaams-Brabant', 'de_minimis', $1::jsonb, $2)`,
    [JSON.stringify(DEFAULT_PROGRAMME_RULES), DEFAULT_LEGAL_BASIS],
  );
  await step(
    'approvals programme and call',
    `WITH p AS (
       INSERT INTO programme (id, code, name, aid_basis, rules, legal_basis)
       VALUES (${uuidOf(`'programme-ISB'`)}, 'ISB', 'Bench: concurrent approvals', 'none', $1::jsonb, $2) RETURNING id)
     INSERT INTO call (id, programme_id, title, year, opens_at, closes_on, closes_at, budget_cents, min_reviews_per_application, criteria)
     SELECT ${uuidOf(`'call-approvals'`)}, p.id, 'Bench: budget for ' || $4::int || ' approvals', 2026,
            timestamptz '2026-01-15 00:00+01', date '2026-10-15', timestamptz '2026-10-16 00:00+02', $3::bigint * $4::int, 3, $5::jsonb
       FROM p`,
    [
      JSON.stringify(DEFAULT_PROGRAMME_RULES),
      DEFAULT_LEGAL_BASIS,
      APPROVAL_GRANT_CENTS,
      scale.approvalFits,
      JSON.stringify(CRITERIA),
    ],
  );
  await step(
    'calls',
    `INSERT INTO call (id, programme_id, title, year, opens_at, closes_on, closes_at, budget_cents, min_reviews_per_application, criteria)
     SELECT ${id.call('y')}, ${id.programme}, 'Oproep Innovatiesubsidie Vlaams-Brabant ' || y, y,
            CASE WHEN y = ${OPEN_YEAR} THEN timestamptz '2026-11-01 00:00+01' ELSE make_timestamptz(y, 1, 15, 0, 0, 0, 'Europe/Brussels') END,
            make_date(y, 10, 15), make_timestamptz(y, 10, 16, 0, 0, 0, 'Europe/Brussels'),
            CASE WHEN y IN (${CLOSED_YEARS.join(',')}) THEN $2::bigint ELSE 60000000 END, 3, $1::jsonb
       FROM generate_series(2018, 2027) y`,
    [JSON.stringify(CRITERIA), closedCallSize(scale) * CLOSED_CALL_BUDGET_PER_APPLICATION_CENTS],
  );

  // Applications: the ranking call gets its own block; the rest is spread over the other closed calls.
  // app n → call year, sequence within the call; all start as drafts, the status is set with the snapshot.
  // The cluster is a hash of n: n % 6 against the years' n % 8 would give each closed call three clusters.
  const appCall = `CASE WHEN n <= $2::int THEN ${RANKING_YEAR}
                        ELSE (ARRAY[${CLOSED_YEARS.join(',')}])[1 + (n - $2::int - 1) % ${CLOSED_YEARS.length}] END`;
  const appSeq = `CASE WHEN n <= $2::int THEN n ELSE (n - $2::int - 1) / ${CLOSED_YEARS.length} + 1 END`;
  await step(
    'applications',
    `INSERT INTO application (id, call_id, reference, title, acronym, summary, cluster, language, start_date, end_date,
                              requested_cents, status, created_by, created_at, updated_at)
     SELECT ${id.app('n')}, ${uuidOf(`'call-' || ck`)}, pfx || '-' || y || '-' || lpad(s::text, greatest(4, length(s::text)), '0'),
            'Samenwerkingsproject ' || n || ': ' || (ARRAY['slimme sensoren','circulaire verpakking','digitale zorg','korte keten','datalogistiek'])[1 + n % 5],
            'BP' || n,
            'Een samenwerkingsproject van bedrijven en kennisinstellingen in Vlaams-Brabant rond innovatie, met een pilootfase, validatie bij eindgebruikers en verspreiding van de resultaten. Project ' || n || '.',
            (ARRAY['health','food','logistics','cleantech','creativity','sports_tech'])[1 + abs(hashtext('cluster-' || n)) % 6],
            CASE WHEN n % 7 = 0 THEN 'en' ELSE 'nl' END,
            make_date(y + 1, 1, 1), make_date(y + 2, 12, 31), 1, 'draft', ${uuidOf(`'user-applicant-' || (1 + n % ${APPLICANTS})`)},
            make_timestamptz(y, 6, 1, 0, 0, 0, 'UTC') + (n % 90) * interval '1 day',
            make_timestamptz(y, 6, 1, 0, 0, 0, 'UTC') + (n % 90) * interval '1 day'
       FROM (SELECT n, CASE WHEN n > $1::int THEN 2026 ELSE ${appCall} END AS y,
                    CASE WHEN n > $1::int THEN 'approvals' ELSE (${appCall})::text END AS ck,
                    CASE WHEN n > $1::int THEN 'ISB' ELSE 'IS' END AS pfx,
                    CASE WHEN n > $1::int THEN n - $1::int ELSE ${appSeq} END AS s
               FROM generate_series(1, $1::int + $3::int) n) g`,
    [scale.applications, scale.rankingApplications, approvalsCallSize(scale)],
  );
  await step(
    'reference counters',
    `INSERT INTO application_reference_counter (prefix, year, last_value)
     SELECT p.code, c.year, count(*) FROM application a JOIN call c ON c.id = a.call_id
       JOIN programme p ON p.id = c.programme_id GROUP BY p.code, c.year`,
  );
  // 3–5 partners: organisations n*7 + k*337 (distinct for k < 5), the first one coordinates.
  await step(
    'partners',
    `INSERT INTO application_partner (id, application_id, organisation_id, role, position)
     SELECT ${id.partner('n', 'k')}, ${id.app('n')}, ${id.org(`(((n * 7 + k * 337) % $2::int) + 1)`)},
            CASE WHEN k = 0 THEN 'coordinator' ELSE 'partner' END, k
       FROM generate_series(1, $1::int) n, generate_series(0, 4) k
      WHERE k < 3 + n % 3`,
    [scale.applications + approvalsCallSize(scale), scale.organisations],
  );
  // 10–20 cost lines spread over the partners; about a tenth investment (not eligible).
  await step(
    'costs',
    `INSERT INTO application_cost (partner_id, category, description, amount_cents, position)
     SELECT ${id.partner('n', `(j % (3 + n % 3))`)},
            CASE WHEN (n + j) % 10 < 5 THEN 'staff' WHEN (n + j) % 10 < 8 THEN 'operating'
                 WHEN (n + j) % 10 = 8 THEN 'subcontracting' ELSE 'investment' END,
            'Kostenpost ' || (j + 1), 500000 + ((n * 31 + j * 977) % 40) * 25000, j / (3 + n % 3)
       FROM generate_series(1, $1::int) n, generate_series(0, 19) j
      WHERE j < 10 + n % 11`,
    [scale.applications + approvalsCallSize(scale)],
  );
  // Requested amount (40 % of the eligible costs, at most € 150.000), the status and the frozen snapshot.
  // In the closed calls 97 % are decided: all `rejected` here, until the outcomes below approve the
  // best-ranked within the budget; decisions in the first three weeks of November.
  await step(
    'snapshots',
    `WITH pc AS (
       SELECT p.application_id, p.position, bool_or(o.kind = 'sme') AS sme,
              sum(c.amount_cents) AS total,
              COALESCE(sum(c.amount_cents) FILTER (WHERE c.category <> 'investment'), 0) AS eligible,
              jsonb_build_object('organisationId', o.id, 'name', o.name, 'enterpriseNumber', o.enterprise_number,
                'kind', o.kind, 'smeSize', o.sme_size, 'role', p.role,
                'costs', jsonb_agg(jsonb_build_object('category', c.category, 'description', c.description,
                                                      'amountCents', c.amount_cents) ORDER BY c.position),
                'totalCostsCents', sum(c.amount_cents),
                'eligibleCostsCents', COALESCE(sum(c.amount_cents) FILTER (WHERE c.category <> 'investment'), 0)) AS pj
         FROM application_partner p
         JOIN organisation o ON o.id = p.organisation_id
         JOIN application_cost c ON c.partner_id = p.id
        GROUP BY p.application_id, p.id, p.position, o.id
     ), agg AS (
       SELECT application_id, jsonb_agg(pj ORDER BY position) AS partners, sum(total) AS total, sum(eligible) AS eligible,
              bool_or(sme) AS sme
         FROM pc GROUP BY application_id
     ), upd AS (
       SELECT a.id, c.year, LEAST(15000000, agg.eligible * 40 / 100) AS requested, agg.*,
              CASE WHEN c.id = ${uuidOf(`'call-approvals'`)} AND a.reference_n > ${scale.approvals} THEN 'rejected'
                   WHEN c.year = ${RANKING_YEAR} OR c.id = ${uuidOf(`'call-approvals'`)} THEN 'under_review'
                   WHEN a.reference_n % 100 < 97 THEN 'rejected'
                   WHEN a.reference_n % 100 < 99 THEN 'inadmissible'
                   ELSE 'withdrawn' END AS status,
              make_timestamptz(c.year, 9, 1, 10, 0, 0, 'UTC') + (a.reference_n % 40) * interval '1 day' AS submitted_at
         FROM (SELECT id, call_id, substring(reference from '[0-9]+$')::int AS reference_n FROM application) a
         JOIN call c ON c.id = a.call_id
         JOIN agg ON agg.application_id = a.id
     )
     UPDATE application a
        SET requested_cents = u.requested, status = u.status, submitted_at = u.submitted_at,
            screened_at = CASE WHEN u.status <> 'withdrawn' THEN make_timestamptz(u.year, 10, 25, 10, 0, 0, 'UTC') END,
            decided_at = CASE WHEN u.status IN ('approved','rejected','closed')
                              THEN make_timestamptz(u.year, 11, 3, 10, 0, 0, 'UTC') + (u.requested % 18) * interval '1 day' END,
            snapshot = jsonb_build_object('submittedAt', u.submitted_at, 'reference', a.reference, 'title', a.title,
                'acronym', a.acronym, 'summary', a.summary, 'cluster', a.cluster, 'language', a.language,
                'startDate', a.start_date::text, 'endDate', a.end_date::text, 'requestedCents', u.requested,
                'partners', u.partners,
                'figures', jsonb_build_object('totalCostsCents', u.total, 'eligibleCostsCents', u.eligible,
                   'maxFundingRatePct', CASE WHEN u.sme THEN 50 ELSE 40 END,
                   'maxGrantCents', LEAST(15000000, u.eligible * CASE WHEN u.sme THEN 50 ELSE 40 END / 100),
                   'requestedCents', u.requested)),
            version = 3
       FROM upd u WHERE u.id = a.id`,
  );

  // Reviews: 3 evaluators per application past screening (a 4th for one in ten), declared without
  // conflict and submitted, with a score per criterion and the weighted score (0–100).
  await step(
    'review assignments',
    `INSERT INTO review_assignment (id, application_id, evaluator_id, status, has_conflict, declared_at, assigned_by, created_at)
     SELECT ${uuidOf(`'assignment-' || a.id || '-' || k`)}, a.id,
            ${uuidOf(`'user-evaluator-' || (1 + (abs(hashtext(a.id::text)) + k) % ${EVALUATORS})`)},
            'submitted', false, a.screened_at + interval '2 days', ${uuidOf(`'user-staff'`)}, a.screened_at + interval '1 day'
       FROM application a, generate_series(0, 3) k
      WHERE a.status IN ('under_review','approved','rejected','closed')
        AND (k < 3 OR abs(hashtext(a.id::text)) % 10 = 0)`,
  );
  await step(
    'reviews',
    `INSERT INTO review (assignment_id, scores, comment, weighted_score, submitted_at)
     SELECT x.id, jsonb_build_array(
              jsonb_build_object('criterion', 'innovation', 'score', x.s1, 'comment', 'Vernieuwend genoeg voor de sector.'),
              jsonb_build_object('criterion', 'impact', 'score', x.s2, 'comment', 'Duidelijke impact in de provincie.'),
              jsonb_build_object('criterion', 'consortium', 'score', x.s3, 'comment', 'Evenwichtig consortium.'),
              jsonb_build_object('criterion', 'feasibility', 'score', x.s4, 'comment', 'Realistische planning en begroting.')),
            'Goed voorstel met enkele aandachtspunten.',
            (x.s1 * 30 + x.s2 * 25 + x.s3 * 20 + x.s4 * 25) / 10.0, x.declared_at + interval '5 days'
       FROM (SELECT ra.id, ra.declared_at, h % 5 + 5 AS s1, (h / 5) % 6 + 4 AS s2, (h / 30) % 7 + 3 AS s3, (h / 210) % 5 + 5 AS s4
               FROM (SELECT id, declared_at, abs(hashtext(id::text)) AS h FROM review_assignment) ra) x`,
  );

  // The rejected applications of the approvals call have their decision (no grant, so no ledger entry).
  await step(
    'decisions (approvals call)',
    `INSERT INTO decision (application_id, call_id, outcome, max_funding_rate_pct, eligible_costs_cents, requested_cents,
                           motivation, decided_on, entered_on, decision_number, decided_by, evaluation_score,
                           evaluation_thresholds_met)
     SELECT a.id, a.call_id, 'rejected', (a.snapshot->'figures'->>'maxFundingRatePct')::numeric,
            (a.snapshot->'figures'->>'eligibleCostsCents')::bigint, a.requested_cents,
            'Het project scoort te laag in de rangschikking en valt buiten het budget van de oproep.',
            (a.decided_at AT TIME ZONE 'Europe/Brussels')::date, (a.decided_at AT TIME ZONE 'Europe/Brussels')::date,
            'DEP/' || a.reference, ${uuidOf(`'user-staff'`)},
            (SELECT avg(r.weighted_score) FROM review r JOIN review_assignment ra ON ra.id = r.assignment_id
              WHERE ra.application_id = a.id), false
       FROM application a
      WHERE a.call_id = ${uuidOf(`'call-approvals'`)} AND a.status = 'rejected'`,
  );

  // The closed calls' outcomes, as staff decide from the ranking: walking down it (the ranking's order:
  // mean weighted score at 0.01, thresholds met, lower requested amount, earlier submission, reference),
  // the applications that meet every criterion's threshold are approved while the running total of
  // their grants stays within the call budget (the ranking's funding line); all others are rejected.
  // Each grant is the amount requested (it is within the programme cap and the consortium's rate). One
  // statement: the evaluation, the approved statuses (closed for settled calls) and every decision.
  const thresholdsMet = CRITERIA.map(
    (c, i) => `avg((r.scores->${i}->>'score')::numeric) >= ${c.threshold}`,
  ).join(' AND ');
  await step(
    'outcomes and decisions (closed calls)',
    `WITH scored AS (
       SELECT a.id, a.call_id, c.year, c.budget_cents, a.requested_cents, a.submitted_at, a.reference,
              round(avg(r.weighted_score), 2) AS score, ${thresholdsMet} AS meets
         FROM application a
         JOIN call c ON c.id = a.call_id
         JOIN review_assignment ra ON ra.application_id = a.id
         JOIN review r ON r.assignment_id = ra.id AND r.submitted_at IS NOT NULL
        WHERE c.programme_id = ${id.programme} AND c.year IN (${CLOSED_YEARS.join(',')}) AND a.status = 'rejected'
        GROUP BY a.id, c.id
     ), ranked AS (
       SELECT s.*,
              row_number() OVER w AS rank,
              sum(CASE WHEN s.meets THEN s.requested_cents ELSE 0 END) OVER w AS cumulative
         FROM scored s
       WINDOW w AS (PARTITION BY s.call_id
                    ORDER BY s.score DESC, s.meets DESC, s.requested_cents, s.submitted_at, s.reference, s.id
                    ROWS UNBOUNDED PRECEDING)
     ), outcome AS (
       SELECT ranked.*, meets AND cumulative <= budget_cents AS approved FROM ranked
     ), approve AS (
       UPDATE application a
          SET status = CASE WHEN o.year < $1::int THEN 'closed' ELSE 'approved' END, version = a.version + 1
         FROM outcome o WHERE o.id = a.id AND o.approved
       RETURNING a.id
     )
     INSERT INTO decision (id, application_id, call_id, outcome, granted_cents, funding_rate_pct, max_funding_rate_pct,
                           eligible_costs_cents, requested_cents, motivation, decided_on, entered_on, decision_number,
                           decided_by, evaluation_score, evaluation_rank, evaluation_thresholds_met, created_at,
                           updated_at)
     SELECT ${uuidOf(`'decision-' || a.id`)}, a.id, a.call_id,
            CASE WHEN o.approved THEN 'approved' ELSE 'rejected' END,
            CASE WHEN o.approved THEN a.requested_cents END,
            -- fundingRateOf: granted ÷ eligible in %, rounded down to two decimals, in integers.
            CASE WHEN o.approved THEN ((a.requested_cents * 10000) / f.eligible) / 100.0 END,
            f.max_rate, f.eligible, a.requested_cents,
            CASE WHEN o.approved THEN 'Gerangschikt binnen het budget van de oproep; het project haalt elke drempel.'
                 WHEN o.meets THEN 'Het project haalt de drempels maar valt in de rangschikking buiten het budget van de oproep.'
                 ELSE 'Het project haalt niet voor elk criterium de drempel.' END,
            (a.decided_at AT TIME ZONE 'Europe/Brussels')::date, (a.decided_at AT TIME ZONE 'Europe/Brussels')::date,
            'DEP/' || a.reference, ${uuidOf(`'user-staff'`)},
            o.score, o.rank, o.meets, a.decided_at, a.decided_at
       FROM outcome o
       JOIN application a ON a.id = o.id
       CROSS JOIN LATERAL (SELECT (a.snapshot->'figures'->>'eligibleCostsCents')::bigint AS eligible,
                                  (a.snapshot->'figures'->>'maxFundingRatePct')::numeric AS max_rate) f`,
    [SETTLED_BEFORE],
  );

  // Payments and final reports of the grants, as PaymentsService makes them: the advance (the
  // programme's 50 %, rounded down) a month after the decision; for the settled calls the final report
  // (actual costs per partner and category: as planned for most, 90–99 % for a third, 45 % for one in
  // fifty) accepted three months after the project, with the grant lowered in proportion
  // (min(granted, ⌊granted × actual eligible ÷ eligible⌋)), the difference de-committed, any advance
  // above the final grant recovered, and the balance paid two weeks later.
  const advancePct = DEFAULT_PROGRAMME_RULES.advancePaymentPct;
  const eligibleCategories = DEFAULT_PROGRAMME_RULES.eligibleCostCategories.map((c) => `'${c}'`).join(',');
  await step(
    'advances',
    `INSERT INTO payment (id, application_id, decision_id, kind, amount_cents, paid_on, created_by, created_at)
     SELECT ${uuidOf(`'advance-' || d.application_id`)}, d.application_id, d.id, 'advance',
            d.granted_cents * ${Math.round(advancePct * 100)} / 10000, d.decided_on + 30, ${uuidOf(`'user-staff'`)},
            (d.decided_on + 30) + time '10:00'
       FROM decision d JOIN call c ON c.id = d.call_id
      WHERE d.outcome = 'approved' AND c.year < $1::int`,
    [ADVANCE_PAID_BEFORE],
  );
  await step(
    'final reports',
    `WITH settled AS (
       SELECT d.id AS decision_id, d.application_id, d.granted_cents, d.eligible_costs_cents, a.end_date, a.created_by,
              a.snapshot, pay.amount_cents AS advance,
              CASE WHEN abs(hashtext(a.id::text)) % 50 = 0 THEN 45
                   WHEN abs(hashtext(a.id::text)) % 3 = 1 THEN 90 + abs(hashtext(a.id::text)) % 10
                   ELSE 100 END AS pct
         FROM decision d
         JOIN application a ON a.id = d.application_id
         JOIN payment pay ON pay.application_id = a.id AND pay.kind = 'advance'
        WHERE d.outcome = 'approved' AND a.status = 'closed'
     ), lines AS (
       SELECT s.application_id, p.ord, p.partner->>'organisationId' AS organisation_id, c->>'category' AS category,
              sum((c->>'amountCents')::bigint) * s.pct / 100 AS amount
         FROM settled s,
              jsonb_array_elements(s.snapshot->'partners') WITH ORDINALITY AS p(partner, ord),
              jsonb_array_elements(p.partner->'costs') AS c
        GROUP BY s.application_id, s.pct, p.ord, p.partner->>'organisationId', c->>'category'
     ), actual AS (
       SELECT application_id,
              jsonb_agg(jsonb_build_object('organisationId', organisation_id, 'category', category,
                                           'description', 'Gerealiseerde kosten', 'amountCents', amount,
                                           'eligible', category IN (${eligibleCategories}))
                        ORDER BY ord, category) AS costs,
              sum(amount) AS total, COALESCE(sum(amount) FILTER (WHERE category IN (${eligibleCategories})), 0) AS eligible
         FROM lines GROUP BY application_id
     ), grant_after AS (
       SELECT s.*, x.costs, x.total, x.eligible,
              LEAST(s.granted_cents, s.granted_cents * x.eligible / s.eligible_costs_cents) AS final_grant
         FROM settled s JOIN actual x ON x.application_id = s.application_id
     )
     INSERT INTO final_report (id, application_id, decision_id, status, summary, costs, total_costs_cents,
                               eligible_costs_cents, submitted_by, submitted_at, accepted_by, accepted_at,
                               final_grant_cents, decommitted_cents, recovered_cents, created_at, updated_at)
     SELECT ${uuidOf(`'final-report-' || g.application_id`)}, g.application_id, g.decision_id, 'accepted',
            'Het project is uitgevoerd; de resultaten zijn gevalideerd bij de eindgebruikers.', g.costs, g.total,
            g.eligible, g.created_by, (g.end_date + 60) + time '10:00', ${uuidOf(`'user-staff'`)},
            (g.end_date + 90) + time '10:00', g.final_grant, g.granted_cents - g.final_grant,
            GREATEST(0, g.advance - g.final_grant), (g.end_date + 60) + time '10:00', (g.end_date + 90) + time '10:00'
       FROM grant_after g`,
  );
  await step(
    'balances',
    `INSERT INTO payment (id, application_id, decision_id, kind, amount_cents, paid_on, created_by, created_at)
     SELECT ${uuidOf(`'balance-' || f.application_id`)}, f.application_id, f.decision_id, 'balance',
            f.final_grant_cents - adv.amount_cents, f.accepted_at::date + 14, ${uuidOf(`'user-staff'`)},
            (f.accepted_at::date + 14) + time '10:00'
       FROM final_report f JOIN payment adv ON adv.application_id = f.application_id AND adv.kind = 'advance'
      WHERE f.final_grant_cents > adv.amount_cents`,
  );
  await step(
    'grants paid',
    `UPDATE decision d
        SET final_grant_cents = f.final_grant_cents,
            paid_cents = p.paid - COALESCE(f.recovered_cents, 0),
            updated_at = COALESCE(f.accepted_at, d.updated_at)
       FROM (SELECT application_id, sum(amount_cents) AS paid FROM payment GROUP BY application_id) p
       LEFT JOIN final_report f ON f.application_id = p.application_id
      WHERE d.application_id = p.application_id`,
  );

  // The budget ledger of those grants, entry for entry as BudgetLedgerService writes them (signed
  // amounts, references `decision|payment|final report <id>`), in the order they happened; then the
  // calls' running totals, which always equal the ledger's sums.
  await step(
    'budget ledger',
    `INSERT INTO budget_ledger_entry (call_id, application_id, kind, amount_cents, reference, created_at, created_by)
     SELECT call_id, application_id, kind, amount_cents, reference, at, ${uuidOf(`'user-staff'`)}
       FROM (SELECT d.call_id, d.application_id, 'commitment' AS kind, d.granted_cents AS amount_cents,
                    'decision ' || d.id AS reference, d.created_at AS at, 0 AS k
               FROM decision d WHERE d.outcome = 'approved'
             UNION ALL
             SELECT d.call_id, p.application_id, 'payment', p.amount_cents, 'payment ' || p.id, p.created_at, 0
               FROM payment p JOIN decision d ON d.id = p.decision_id
             UNION ALL
             SELECT d.call_id, f.application_id, 'decommitment', -f.decommitted_cents, 'final report ' || f.id, f.accepted_at, 0
               FROM final_report f JOIN decision d ON d.id = f.decision_id WHERE f.decommitted_cents > 0
             UNION ALL
             SELECT d.call_id, f.application_id, 'recovery', -f.recovered_cents, 'final report ' || f.id, f.accepted_at, 1
               FROM final_report f JOIN decision d ON d.id = f.decision_id WHERE f.recovered_cents > 0) e
      ORDER BY at, k, application_id`,
  );
  await step(
    'call totals',
    `UPDATE call c
        SET committed_cents = l.committed, paid_cents = l.paid
       FROM (SELECT call_id,
                    COALESCE(sum(amount_cents) FILTER (WHERE kind IN ('commitment','decommitment')), 0) AS committed,
                    COALESCE(sum(amount_cents) FILTER (WHERE kind IN ('payment','recovery')), 0) AS paid
               FROM budget_ledger_entry GROUP BY call_id) l
      WHERE l.call_id = c.id`,
  );

  // ERDF: projects of three years between 2016 and 2020, 3–5 partners, expenses inside the period,
  // project 1 the largest; one paid claim per project over its first year.
  const projStart = (pSql: string) => `(date '2016-01-01' + ((${pSql}) % 24) * interval '1 month')::date`;
  await step(
    'erdf projects',
    `INSERT INTO erdf_project (id, project_number, title, start_date, end_date, coordinator_organisation_id,
                               erdf_rate_pct, province_rate_pct, own_contribution_rate_pct, erdf_approved_cents)
     SELECT ${uuidOf(`'erdf-' || p`)}, 'B' || lpad(p::text, 4, '0'), 'EFRO-project ' || p, ${projStart('p')},
            (${projStart('p')} + interval '3 years' - interval '1 day')::date, ${id.org('(((p * 13) % $2::int) + 1)')},
            -- approved ERDF: 40 % of the partners' budgets (3 + p % 3 partners of € 500.000, below)
            40, 45, 15, 20000000 * (3 + p % 3)
       FROM generate_series(1, $1::int) p`,
    [scale.erdfProjects, scale.organisations],
  );
  await step(
    'erdf partners',
    `INSERT INTO erdf_partner (project_id, organisation_id, budget_cents)
     SELECT ${uuidOf(`'erdf-' || p`)}, ${id.org('(((p * 13 + k * 211) % $2::int) + 1)')}, 50000000
       FROM generate_series(1, $1::int) p, generate_series(0, 4) k WHERE k < 3 + p % 3`,
    [scale.erdfProjects, scale.organisations],
  );
  const expProject = `CASE WHEN e <= $2::int THEN 1 ELSE 2 + (e - $2::int - 1) % ($3::int - 1) END`;
  await step(
    'erdf expenses',
    `INSERT INTO erdf_expense (project_id, partner_organisation_id, category, amount_cents, incurred_on, paid_on,
                               description, invoice_ref)
     SELECT ${uuidOf(`'erdf-' || p`)}, ${id.org('(((p * 13 + (e % (3 + p % 3)) * 211) % $4::int) + 1)')},
            (ARRAY['staff','external_expertise','equipment','infrastructure','travel','other'])[1 + e % 6],
            10000 + (e * 7919) % 500000, ${projStart('p')} + (e * 7) % 1000, ${projStart('p')} + (e * 7) % 1000 + 15,
            'Uitgave ' || e, 'INV-' || e
       FROM (SELECT e, ${expProject} AS p FROM generate_series(1, $1::int) e) x`,
    [scale.erdfExpenses, scale.largestProjectExpenses, scale.erdfProjects, scale.organisations],
  );
  await step(
    'erdf claims',
    `INSERT INTO erdf_claim (id, project_id, number, period_from, period_to, status, erdf_rate_pct, expenses_cents,
                             staff_cents, flat_rate_cents, eligible_cents, erdf_cents, created_on, submitted_on, due_by,
                             paid_on, paid_cents)
     SELECT ${uuidOf(`'claim-' || p.id`)}, p.id, 1, p.start_date, (p.start_date + interval '1 year' - interval '1 day')::date,
            'paid', 40, x.expenses, x.staff, x.flat, x.expenses + x.flat, (x.expenses + x.flat) * 40 / 100,
            (p.start_date + interval '1 year')::date, (p.start_date + interval '1 year')::date,
            (p.start_date + interval '1 year 3 months')::date, (p.start_date + interval '1 year 2 months')::date,
            (x.expenses + x.flat) * 40 / 100
       FROM erdf_project p
       JOIN LATERAL (
         SELECT sum(e.amount_cents) AS expenses, COALESCE(sum(e.amount_cents) FILTER (WHERE e.category = 'staff'), 0) AS staff,
                round(COALESCE(sum(e.amount_cents) FILTER (WHERE e.category = 'staff'), 0) * 0.15)::bigint AS flat
           FROM erdf_expense e
          WHERE e.project_id = p.id AND e.paid_on < p.start_date + interval '1 year') x ON x.expenses IS NOT NULL`,
  );
  await step(
    'erdf claim lines',
    `INSERT INTO erdf_claim_line (claim_id, expense_id, amount_cents)
     SELECT c.id, e.id, e.amount_cents FROM erdf_claim c
       JOIN erdf_expense e ON e.project_id = c.project_id AND e.paid_on BETWEEN c.period_from AND c.period_to`,
  );
  await step(
    'erdf claim partners',
    `INSERT INTO erdf_claim_partner (claim_id, organisation_id, expenses_cents, staff_cents, flat_rate_cents, eligible_cents, erdf_cents)
     SELECT claim_id, organisation_id, expenses, staff, flat, expenses + flat, (expenses + flat) * 40 / 100
       FROM (SELECT c.id AS claim_id, e.partner_organisation_id AS organisation_id, sum(e.amount_cents) AS expenses,
                    COALESCE(sum(e.amount_cents) FILTER (WHERE e.category = 'staff'), 0) AS staff,
                    round(COALESCE(sum(e.amount_cents) FILTER (WHERE e.category = 'staff'), 0) * 0.15)::bigint AS flat
               FROM erdf_claim c JOIN erdf_claim_line l ON l.claim_id = c.id JOIN erdf_expense e ON e.id = l.expense_id
              GROUP BY c.id, e.partner_organisation_id) x`,
  );
  await step(
    'erdf indicators',
    `INSERT INTO erdf_indicator (id, project_id, code, name, kind, unit, target)
     SELECT ${uuidOf(`'ind-' || p || '-' || k`)}, ${uuidOf(`'erdf-' || p`)}, 'I' || k,
            (ARRAY['Ondersteunde ondernemingen','Deelnemers aan opleidingen','Nieuwe producten'])[k],
            (ARRAY['output','result','impact'])[k], 'aantal', 100
       FROM generate_series(1, $1::int) p, generate_series(1, 3) k`,
    [scale.erdfProjects],
  );
  await step(
    'erdf indicator values',
    `INSERT INTO erdf_indicator_value (indicator_id, "on", value)
     SELECT i.id, p.start_date + v * 60, 5 + v FROM erdf_indicator i JOIN erdf_project p ON p.id = i.project_id,
            generate_series(1, 5) v`,
  );

  // Settle the database before measuring: vacuum the rows the seed updated (the snapshots), refresh the
  // statistics and write the dirty pages out, so that autovacuum and the checkpointer do not run during
  // the first measurements.
  await step('vacuum analyze', 'VACUUM ANALYZE');
  await step('checkpoint', 'CHECKPOINT');
  return { ...(await describeSeed(sql)), seconds: (performance.now() - started) / 1000 };
}

/** What a seeded database holds: the accounts, the calls and project measured, and the row counts. */
export async function describeSeed(sql: Sql): Promise<Omit<SeedResult, 'seconds'>> {
  const counts: Record<string, number> = {};
  for (const table of [
    'organisation',
    'call',
    'application',
    'application_partner',
    'application_cost',
    'review',
    'decision',
    'payment',
    'final_report',
    'budget_ledger_entry',
    'erdf_project',
    'erdf_expense',
    'erdf_claim_line',
  ]) {
    const [row] = (await sql(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
    counts[table] = row.n;
  }

  const one = async (text: string) => ((await sql(text)) as { id: string }[])[0].id;
  return {
    users: {
      staff: 'staff@bench.test',
      applicants: Array.from({ length: APPLICANTS }, (_, i) => `applicant${i + 1}@bench.test`),
      evaluators: Array.from({ length: EVALUATORS }, (_, i) => `evaluator${i + 1}@bench.test`),
    },
    openCallId: await one(`SELECT ${id.call(String(OPEN_YEAR))} AS id`),
    rankingCallId: await one(`SELECT ${id.call(String(RANKING_YEAR))} AS id`),
    approvalsCallId: await one(`SELECT ${uuidOf(`'call-approvals'`)} AS id`),
    approvalsApplicationIds: (
      (await sql(
        `SELECT id FROM application WHERE call_id = ${uuidOf(`'call-approvals'`)} ORDER BY reference`,
      )) as {
        id: string;
      }[]
    ).map((r) => r.id),
    largestErdfProjectId: await one(`SELECT ${uuidOf(`'erdf-1'`)} AS id`),
    largestErdfCoordinatorId: await one(
      `SELECT coordinator_organisation_id AS id FROM erdf_project WHERE id = ${uuidOf(`'erdf-1'`)}`,
    ),
    counts,
  };
}

/**
 * The seed's own invariants, checked before anything is measured (also on a reused database): every
 * call's running totals equal its ledger and stay within its budget; per grant, the ledger, the
 * decision and the payments agree and nobody is paid more than granted; every decided application of
 * a closed call has its decision; about a third of each closed call is approved; the ranking call and
 * the approvals call are as the measurements need them. Throws with the list of what does not hold.
 */
export async function checkSeed(sql: Sql, scale: Scale): Promise<{ approvedPct: number[] }> {
  const problems: string[] = [];
  const count = async (what: string, text: string) => {
    const [row] = (await sql(text)) as { n: number }[];
    if (row.n !== 0) problems.push(`${row.n} ${what}`);
  };
  await count(
    'calls whose running totals differ from their ledger or pass their budget',
    `SELECT count(*)::int AS n FROM call c
       LEFT JOIN (SELECT call_id,
                         sum(amount_cents) FILTER (WHERE kind = 'budget') AS budget,
                         COALESCE(sum(amount_cents) FILTER (WHERE kind IN ('commitment','decommitment')), 0) AS committed,
                         COALESCE(sum(amount_cents) FILTER (WHERE kind IN ('payment','recovery')), 0) AS paid
                    FROM budget_ledger_entry GROUP BY call_id) l ON l.call_id = c.id
      WHERE l.budget IS DISTINCT FROM c.budget_cents OR l.committed <> c.committed_cents OR l.paid <> c.paid_cents
         OR c.committed_cents > c.budget_cents OR c.paid_cents > c.committed_cents`,
  );
  await count(
    'grants whose ledger, decision and payments disagree',
    `SELECT count(*)::int AS n FROM decision d
       LEFT JOIN (SELECT application_id,
                         COALESCE(sum(amount_cents) FILTER (WHERE kind IN ('commitment','decommitment')), 0) AS committed,
                         COALESCE(sum(amount_cents) FILTER (WHERE kind IN ('payment','recovery')), 0) AS paid
                    FROM budget_ledger_entry WHERE application_id IS NOT NULL GROUP BY application_id) l
              ON l.application_id = d.application_id
       LEFT JOIN (SELECT application_id, sum(amount_cents) AS paid FROM payment GROUP BY application_id) p
              ON p.application_id = d.application_id
       LEFT JOIN final_report f ON f.application_id = d.application_id
      WHERE (d.outcome = 'approved' AND (l.committed IS DISTINCT FROM COALESCE(d.final_grant_cents, d.granted_cents)
                                         OR l.paid <> d.paid_cents OR l.paid > l.committed
                                         OR COALESCE(p.paid, 0) - COALESCE(f.recovered_cents, 0) <> d.paid_cents))
         OR (d.outcome = 'rejected' AND l.application_id IS NOT NULL)`,
  );
  await count(
    'applications whose status does not match their decision',
    `SELECT count(*)::int AS n FROM application a LEFT JOIN decision d ON d.application_id = a.id
      WHERE (a.status IN ('approved','closed') AND d.outcome IS DISTINCT FROM 'approved')
         OR (a.status = 'rejected' AND d.outcome IS DISTINCT FROM 'rejected')
         OR (a.status NOT IN ('approved','closed','rejected') AND d.id IS NOT NULL)
         OR (a.status = 'closed' AND d.final_grant_cents IS NULL)`,
  );
  await count(
    'organisations not verified by staff (they could not submit)',
    `SELECT count(*)::int AS n FROM organisation
      WHERE status <> 'verified' OR verified_at IS NULL OR verified_via <> 'staff'
         OR verified_by IS DISTINCT FROM ${uuidOf(`'user-staff'`)}`,
  );
  const underReview = async (callSql: string) =>
    (
      (await sql(
        `SELECT count(*) FILTER (WHERE status = 'under_review')::int AS n FROM application WHERE call_id = ${callSql}`,
      )) as { n: number }[]
    )[0].n;
  const ranking = await underReview(id.call(String(RANKING_YEAR)));
  if (ranking !== scale.rankingApplications) {
    problems.push(
      `the ranking call has ${ranking} applications under review, not ${scale.rankingApplications}`,
    );
  }
  const approvals = await underReview(uuidOf(`'call-approvals'`));
  if (approvals !== scale.approvals) {
    problems.push(`the approvals call has ${approvals} applications under review, not ${scale.approvals}`);
  }
  const shares = (await sql(
    `SELECT c.year, round(100.0 * count(*) FILTER (WHERE a.status IN ('approved','closed')) / count(*), 1)::float AS pct,
            c.committed_cents::text AS committed
       FROM call c JOIN application a ON a.call_id = c.id
      WHERE c.programme_id = ${id.programme} AND c.year IN (${CLOSED_YEARS.join(',')})
      GROUP BY c.id ORDER BY c.year`,
  )) as { year: number; pct: number; committed: string }[];
  for (const s of shares) {
    if (s.pct < 25 || s.pct > 42) problems.push(`the ${s.year} call approved ${s.pct} % (not about a third)`);
    if (Number(s.committed) === 0) problems.push(`the ${s.year} call commits nothing`);
  }
  if (shares.length !== CLOSED_YEARS.length) problems.push(`${shares.length} closed calls with applications`);
  if (problems.length > 0) throw new Error(`The seeded data breaks its invariants: ${problems.join('; ')}`);
  return { approvedPct: shares.map((s) => s.pct) };
}
