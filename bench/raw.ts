/**
 * The raw baselines that run in the bench process itself: the submission's inserts in one transaction,
 * and the SQL of the ranking and the budget report, without the API around them. The ERDF report's
 * aggregation is the API's own statement (ERDF_REPORT_SQL of src/domains/erdf/erdf.repository.ts).
 */
import { createHash, randomUUID } from 'node:crypto';
import { APPLICATION_STATUSES } from '../src/domains/applications/state-machine.js';
import { formatMoment } from '../src/platform/notifications/mail-format.js';
import { MailTemplates } from '../src/platform/notifications/mail-templates.js';
import { APPLICANTS, type Sql } from './seed.js';

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
 * Who takes part in flow i (1-based applicant numbers; applicant n is the only member of organisation n):
 * applicant `1 + i % 16` coordinates with their own organisation, and the organisations of two other
 * applicants are the partners, so that a member of each can accept the invitation through the API. The
 * pair moves with i / 16, so that the flows running at once invite different organisations.
 */
export function flowParties(i: number): { coordinator: number; partners: [number, number] } {
  const coordinator = 1 + (i % APPLICANTS);
  const offset = 1 + (Math.floor(i / APPLICANTS) % (APPLICANTS - 2));
  const other = (k: number) => 1 + ((coordinator - 1 + offset + k) % APPLICANTS);
  return { coordinator, partners: [other(0), other(1)] };
}

/** Flow i's application: the parties of `flowParties(i)`; 3 partners × 3 cost lines, 40 % of the eligible costs requested. */
export function submissionBody(callId: string, i: number): SubmissionBody {
  const { coordinator, partners } = flowParties(i);
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
    partners: [coordinator, ...partners].map((n, k) => ({
      organisationId: md5uuid(`org-${n}`),
      role: k === 0 ? 'coordinator' : 'partner',
      costs,
    })),
  };
}

/**
 * The figures the API's submission records: every cost line of the bench is eligible; the SME rate when
 * one of the organisations (numbers) is an SME (seed.ts: n % 10 < 6, except the public bodies n % 20 = 19).
 */
function submittedFigures(body: SubmissionBody, organisations: readonly number[]) {
  const costs = body.partners.flatMap((p) => p.costs).reduce((sum, c) => sum + c.amountCents, 0);
  const rate = organisations.some((n) => n % 20 !== 19 && n % 10 < 6) ? 50 : 40;
  return {
    totalCostsCents: costs,
    eligibleCostsCents: costs,
    maxFundingRatePct: rate,
    maxGrantCents: Math.min(15_000_000, Math.floor((costs * rate) / 100)),
    requestedCents: body.requestedCents,
  };
}

/** `($1, $2, …), ($n, …)` for a multi-row VALUES list, with the parameters in the same order. */
function valuesOf(rows: unknown[][], casts: string[] = []): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const sql = rows
    .map(
      (row) =>
        `(${row
          .map((v, k) => {
            params.push(v);
            return `$${params.length}${casts[k] ?? ''}`;
          })
          .join(', ')})`,
    )
    .join(', ');
  return { sql, params };
}

/** A bench applicant as the seed made them: account, name and organisation (applicant n, organisation n). */
const applicant = (n: number) => ({
  userId: md5uuid(`user-applicant-${n}`),
  email: `applicant${n}@bench.test`,
  fullName: `Bench Applicant ${n}`,
  organisationName: `Bench organisation ${n}`,
});

const templates = new MailTemplates();

/** What the raw submission needs besides the body: the parties, the call's title and the portal's address. */
export interface RawFlowContext {
  coordinator: number;
  partners: readonly number[];
  callTitle: string;
  publicUrl: string;
}

/**
 * The rows the API's create + the partners' two accepts + submit write: the reference number on its own
 * (as the API takes it), then one transaction of multi-row inserts: the application (submitted, with its
 * snapshot); 3 partners; 9 cost lines; 2 partner invitations (accepted); 6 audit events (created, 2 × partner invited, 2 × partner
 * accepted, submitted; the API chains them after commit); 5 mails with their `mail.send` jobs (an
 * invitation to each partner's member, an answer to the coordinator's member per acceptance, the
 * submission receipt), rendered with the API's templates; the receipt's in-app notification. The names
 * and addresses are the seed's, known here; the API reads them.
 */
export async function rawSubmission(db: RawDb, body: SubmissionBody, ctx: RawFlowContext): Promise<void> {
  const coordinator = applicant(ctx.coordinator);
  const partners = ctx.partners.map(applicant);
  // The number in a statement of its own before the transaction, as the API takes it
  // (`ApplicationsService.nextReference`): inside the transaction the counter's row stays locked until
  // commit and the 16 clients queue on it — measured with pg_stat_activity, 13.9 of 16 backends waited
  // on that lock, which was the baseline's own p99 (952 ms against 198 ms with the number taken first).
  const [counter] = (await db.query(
    `INSERT INTO application_reference_counter (prefix, year, last_value) VALUES ('IS', 2027, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last_value = application_reference_counter.last_value + 1
     RETURNING last_value`,
  )) as { last_value: number }[];
  await db.transaction(async (q) => {
    const reference = `IS-2027-${String(counter.last_value).padStart(4, '0')}`;
    const id = randomUUID();
    const now = new Date();
    const at = now.toISOString();
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
        coordinator.userId,
        at,
        JSON.stringify({ ...body, reference, submittedAt: at }),
      ],
    );
    const partnerIds = body.partners.map(() => randomUUID());
    const partnerRows = valuesOf(
      body.partners.map((p, position) => [partnerIds[position], id, p.organisationId, p.role, position]),
    );
    await q(
      `INSERT INTO application_partner (id, application_id, organisation_id, role, position) VALUES ${partnerRows.sql}`,
      partnerRows.params,
    );
    await q(
      `INSERT INTO application_cost (partner_id, category, description, amount_cents, position)
       SELECT c.partner_id, c.category, c.description, c.amount_cents, c.position
         FROM jsonb_to_recordset($1::jsonb) AS c(partner_id uuid, category text, description text, amount_cents bigint, position int)`,
      [
        JSON.stringify(
          body.partners.flatMap((p, k) =>
            p.costs.map((c, position) => ({
              partner_id: partnerIds[k],
              category: c.category,
              description: c.description,
              amount_cents: c.amountCents,
              position,
            })),
          ),
        ),
      ],
    );
    const invited = body.partners.filter((p) => p.role === 'partner');
    const invitationIds = invited.map(() => randomUUID());
    const invitationRows = valuesOf(
      invited.map((p, k) => [
        invitationIds[k],
        id,
        p.organisationId,
        coordinator.userId,
        partners[k].userId,
        at,
      ]),
    );
    await q(
      `INSERT INTO partner_invitation (id, application_id, organisation_id, status, invited_by, answered_by, answered_at)
       SELECT i.id::uuid, i.application_id::uuid, i.organisation_id::uuid, 'accepted', i.invited_by::uuid,
              i.answered_by::uuid, i.answered_at::timestamptz
         FROM (VALUES ${invitationRows.sql}) AS i (id, application_id, organisation_id, invited_by, answered_by, answered_at)`,
      invitationRows.params,
    );
    const audit = (actorId: string, action: string, data: unknown) => [
      at,
      actorId,
      'applicant',
      action,
      'application',
      id,
      JSON.stringify(data),
    ];
    const auditRows = valuesOf(
      [
        audit(coordinator.userId, 'application.created', {
          reference,
          callId: body.callId,
          requestedCents: body.requestedCents,
          partners: body.partners.map((p) => ({ organisationId: p.organisationId, role: p.role })),
        }),
        ...invited.map((p, k) =>
          audit(coordinator.userId, 'application.partner_invited', {
            invitationId: invitationIds[k],
            organisationId: p.organisationId,
            byMembership: false,
          }),
        ),
        ...invited.map((p, k) =>
          audit(partners[k].userId, 'application.partner_accepted', {
            invitationId: invitationIds[k],
            organisationId: p.organisationId,
          }),
        ),
        audit(coordinator.userId, 'application.submitted', {
          reference,
          from: 'draft',
          to: 'submitted',
          resubmission: false,
          figures: submittedFigures(body, [ctx.coordinator, ...ctx.partners]),
        }),
      ],
      ['::timestamptz', '::uuid', '', '', '', '', '::jsonb'],
    );
    await q(
      `INSERT INTO audit_event (at, actor_id, actor_role, action, entity, entity_id, data) VALUES ${auditRows.sql}`,
      auditRows.params,
    );

    const partnersLink = `${ctx.publicUrl}/applications/${id}/partners`;
    const applicationLink = `${ctx.publicUrl}/applications/${id}`;
    const mail = async (
      to: ReturnType<typeof applicant>,
      template: string,
      data: Record<string, string>,
      extra: { legal: boolean; link: string; dedupeKey: string | null; resource: boolean },
    ) => {
      const rendered = await templates.render(template, 'nl', {
        ...data,
        name: to.fullName,
        link: extra.link,
      });
      return [
        randomUUID(),
        to.userId,
        to.email,
        to.fullName,
        'nl',
        template,
        'application',
        extra.legal,
        rendered.subject,
        rendered.text,
        rendered.html,
        extra.link,
        extra.dedupeKey,
        extra.resource ? 'application' : null,
        extra.resource ? id : null,
      ];
    };
    const [accepted, consequence] = [
      'ingestemd',
      'Zodra alle partners instemden, kunt u de aanvraag indienen.',
    ];
    const mails = [
      ...(await Promise.all(
        invited.map((_, k) =>
          mail(
            partners[k],
            'partner-invitation',
            {
              coordinatorName: coordinator.organisationName,
              organisationName: partners[k].organisationName,
              reference,
              title: body.title,
            },
            {
              legal: true,
              link: partnersLink,
              dedupeKey: `partner-invitation:${invitationIds[k]}:${partners[k].userId}`,
              resource: false,
            },
          ),
        ),
      )),
      ...(await Promise.all(
        invited.map((_, k) =>
          mail(
            coordinator,
            'partner-answer',
            {
              organisationName: partners[k].organisationName,
              reference,
              title: body.title,
              answer: accepted,
              consequence,
            },
            { legal: false, link: partnersLink, dedupeKey: null, resource: false },
          ),
        ),
      )),
      await mail(
        coordinator,
        'application-submitted',
        {
          reference,
          title: body.title,
          reason: '—',
          callName: ctx.callTitle,
          submittedAt: formatMoment(now),
          receiptPath: `/api/applications/${id}/submission.pdf`,
        },
        { legal: false, link: applicationLink, dedupeKey: null, resource: true },
      ),
    ];
    const mailRows = valuesOf(mails);
    await q(
      `INSERT INTO mail_message (id, recipient_user_id, to_address, to_name, language, template, category,
         legal, subject, text_body, html_body, link, dedupe_key, resource_type, resource_id)
       SELECT m.id::uuid, m.recipient_user_id::uuid, m.to_address, m.to_name, m.language, m.template, m.category,
              m.legal::boolean, m.subject, m.text_body, m.html_body, m.link, m.dedupe_key, m.resource_type, m.resource_id
         FROM (VALUES ${mailRows.sql}) AS m (id, recipient_user_id, to_address, to_name, language, template, category,
               legal, subject, text_body, html_body, link, dedupe_key, resource_type, resource_id)`,
      mailRows.params,
    );
    const receipt = mails[mails.length - 1];
    await q(
      `INSERT INTO notification (id, user_id, event, category, legal, title, link, resource_type, resource_id,
         mail_id, dedupe_key, created_at)
       VALUES ($1, $2, 'application.submitted', 'application', false, $3, $4, 'application', $5, $6, NULL, $7)`,
      [randomUUID(), coordinator.userId, receipt[8], `/applications/${id}`, id, receipt[0], at],
    );
    const jobRows = valuesOf(
      mails.map((m) => ['mail.send', JSON.stringify({ mailId: m[0] }), `mail:${String(m[0])}`]),
      ['', '::jsonb', ''],
    );
    await q(`INSERT INTO job_outbox (job_name, payload, dedupe_key) VALUES ${jobRows.sql}`, jobRows.params);
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
