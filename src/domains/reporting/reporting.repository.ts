import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APPLICATION_STATUSES, type StatusCountsView } from './dto/report.dto.js';
import type { AwardedGrant } from './three-sixty-giving.js';

/** A call of the report's year, with its programme. */
export interface ReportCallRow {
  id: string;
  title: string;
  year: number;
  programmeId: string;
  programmeCode: string;
  programmeName: string;
}

/** The ledger's sums of one call, or (isTotal) of every call of the report. */
export interface LedgerFiguresRow {
  callId: string | null;
  isTotal: boolean;
  budgetCents: number;
  committedCents: number;
  paidCents: number;
}

/**
 * The application figures of one grouping: a (call, cluster), a call (allClusters), a cluster over
 * all calls (allCalls) or the total (both).
 */
export interface ApplicationFiguresRow {
  callId: string | null;
  cluster: string | null;
  allCalls: boolean;
  allClusters: boolean;
  applicationCount: number;
  applicationsByStatus: StatusCountsView;
  submittedCount: number;
  approvedCount: number;
  decidedCount: number;
  requestedCents: number;
  grantedCents: number;
  successRatePct: number | null;
  medianDaysToDecision: number | null;
}

/** Applications that were approved (and possibly since closed after their balance payment). */
const APPROVED = `a.status IN ('approved','closed')`;
/** Applications with a decision on their merits: approved (or closed) and rejected. */
const DECIDED = `a.status IN ('approved','closed','rejected')`;
const SUBMITTED = `a.submitted_at IS NOT NULL`;

/** The calls of year `$1` (and programme `$2`, when not null), in programme and opening order. */
const REPORT_CALLS_SQL = `
  SELECT c.id, c.title, c.year, c.programme_id, p.code AS programme_code, p.name AS programme_name
    FROM call c JOIN programme p ON p.id = c.programme_id
   WHERE c.year = $1 AND ($2::uuid IS NULL OR c.programme_id = $2::uuid)
   ORDER BY p.code, c.opens_at, c.title, c.id`;

/** Budget, committed and paid per call and in total, summed from the budget ledger. */
const LEDGER_FIGURES_SQL = `
  SELECT l.call_id, GROUPING(l.call_id) AS is_total,
         COALESCE(SUM(l.amount_cents) FILTER (WHERE l.kind = 'budget'), 0)::text AS budget,
         COALESCE(SUM(l.amount_cents) FILTER (WHERE l.kind IN ('commitment','decommitment')), 0)::text AS committed,
         COALESCE(SUM(l.amount_cents) FILTER (WHERE l.kind IN ('payment','recovery')), 0)::text AS paid
    FROM budget_ledger_entry l
    JOIN call c ON c.id = l.call_id
   WHERE c.year = $1 AND ($2::uuid IS NULL OR c.programme_id = $2::uuid)
   GROUP BY GROUPING SETS ((l.call_id), ())`;

/**
 * Application figures per (call, cluster), per call, per cluster and in total. "Granted" is what the
 * ledger commits to the application (commitments minus decommitments), so the granted amounts add
 * up to the committed amount of the ledger to the cent. Days to decision are calendar days in
 * Brussels from the (last) submission to the decision date.
 */
const APPLICATION_FIGURES_SQL = `
  WITH calls AS (
    SELECT c.id FROM call c WHERE c.year = $1 AND ($2::uuid IS NULL OR c.programme_id = $2::uuid)
  ), granted AS (
    SELECT l.application_id, SUM(l.amount_cents) AS cents
      FROM budget_ledger_entry l JOIN calls ON calls.id = l.call_id
     WHERE l.kind IN ('commitment','decommitment')
     GROUP BY l.application_id
  )
  SELECT calls.id AS call_id, a.cluster,
         GROUPING(calls.id) AS all_calls, GROUPING(a.cluster) AS all_clusters,
         count(a.id)::int AS application_count,
         ${APPLICATION_STATUSES.map((s) => `count(a.id) FILTER (WHERE a.status = '${s}')::int AS s_${s}`).join(',\n         ')},
         count(a.id) FILTER (WHERE ${SUBMITTED})::int AS submitted_count,
         count(a.id) FILTER (WHERE ${APPROVED})::int AS approved_count,
         count(a.id) FILTER (WHERE ${DECIDED})::int AS decided_count,
         COALESCE(SUM(a.requested_cents) FILTER (WHERE ${SUBMITTED}), 0)::text AS requested,
         COALESCE(SUM(g.cents), 0)::text AS granted,
         round(100.0 * count(a.id) FILTER (WHERE ${APPROVED})
               / NULLIF(count(a.id) FILTER (WHERE ${DECIDED}), 0), 1)::text AS success_rate_pct,
         round((percentile_cont(0.5) WITHIN GROUP (
                  ORDER BY d.decided_on - (a.submitted_at AT TIME ZONE 'Europe/Brussels')::date
                ) FILTER (WHERE ${DECIDED} AND d.decided_on IS NOT NULL AND ${SUBMITTED}))::numeric, 1)::text
           AS median_days
    FROM calls
    LEFT JOIN application a ON a.call_id = calls.id
    LEFT JOIN granted g ON g.application_id = a.id
    LEFT JOIN decision d ON d.application_id = a.id
   GROUP BY GROUPING SETS ((calls.id, a.cluster), (calls.id), (a.cluster), ())
   ORDER BY GROUPING(calls.id), GROUPING(a.cluster), COALESCE(SUM(g.cents), 0) DESC, a.cluster`;

/**
 * Grants decided (approved) in year `$1`, with the coordinator as the recipient, ordered by award
 * date and reference. The amount awarded is the grant of the decision.
 */
const AWARDED_GRANTS_SQL = `
  SELECT a.id, a.reference, a.title, a.summary, a.cluster, a.requested_cents::text AS requested,
         d.granted_cents::text AS granted, d.decided_on::text AS decided_on,
         a.start_date::text AS start_date, a.end_date::text AS end_date,
         o.name AS org_name, o.enterprise_number, o.street, o.postal_code, o.city, o.country,
         p.code AS programme_code, p.name AS programme_name
    FROM decision d
    JOIN application a ON a.id = d.application_id
    JOIN call c ON c.id = a.call_id
    JOIN programme p ON p.id = c.programme_id
    JOIN application_partner ap ON ap.application_id = a.id AND ap.role = 'coordinator'
    JOIN organisation o ON o.id = ap.organisation_id
   WHERE d.outcome = 'approved'
     AND d.decided_on >= make_date($1, 1, 1) AND d.decided_on < make_date($1 + 1, 1, 1)
   ORDER BY d.decided_on, a.reference`;

type StatusColumns = { [S in keyof StatusCountsView as `s_${S}`]: number };
interface RawApplicationFigures extends StatusColumns {
  call_id: string | null;
  cluster: string | null;
  all_calls: number | string;
  all_clusters: number | string;
  application_count: number;
  submitted_count: number;
  approved_count: number;
  decided_count: number;
  requested: string;
  granted: string;
  success_rate_pct: string | null;
  median_days: string | null;
}

const numberOrNull = (value: string | null): number | null => (value === null ? null : Number(value));

/**
 * The SQL of the reports: every figure is aggregated in SQL (GROUPING SETS give the rows per call,
 * per call and cluster, per cluster and the totals in one pass). Methods take the caller's
 * EntityManager, so that the budget report reads one snapshot.
 */
@Injectable()
export class ReportingRepository {
  async programmeExists(manager: EntityManager, programmeId: string): Promise<boolean> {
    const found = (await manager.query('SELECT 1 FROM programme WHERE id = $1', [programmeId])) as unknown[];
    return found.length > 0;
  }

  async calls(manager: EntityManager, year: number, programmeId: string | null): Promise<ReportCallRow[]> {
    const rows = (await manager.query(REPORT_CALLS_SQL, [year, programmeId])) as {
      id: string;
      title: string;
      year: number;
      programme_id: string;
      programme_code: string;
      programme_name: string;
    }[];
    return rows.map((c) => ({
      id: c.id,
      title: c.title,
      year: c.year,
      programmeId: c.programme_id,
      programmeCode: c.programme_code,
      programmeName: c.programme_name,
    }));
  }

  async ledgerFigures(
    manager: EntityManager,
    year: number,
    programmeId: string | null,
  ): Promise<LedgerFiguresRow[]> {
    const rows = (await manager.query(LEDGER_FIGURES_SQL, [year, programmeId])) as {
      call_id: string | null;
      is_total: number | string;
      budget: string;
      committed: string;
      paid: string;
    }[];
    return rows.map((r) => ({
      callId: r.call_id,
      isTotal: Number(r.is_total) === 1,
      budgetCents: Number(r.budget),
      committedCents: Number(r.committed),
      paidCents: Number(r.paid),
    }));
  }

  async applicationFigures(
    manager: EntityManager,
    year: number,
    programmeId: string | null,
  ): Promise<ApplicationFiguresRow[]> {
    const rows = (await manager.query(APPLICATION_FIGURES_SQL, [
      year,
      programmeId,
    ])) as RawApplicationFigures[];
    return rows.map((r) => ({
      callId: r.call_id,
      cluster: r.cluster,
      allCalls: Number(r.all_calls) === 1,
      allClusters: Number(r.all_clusters) === 1,
      applicationCount: r.application_count,
      applicationsByStatus: Object.fromEntries(
        APPLICATION_STATUSES.map((s) => [s, r[`s_${s}`]]),
      ) as unknown as StatusCountsView,
      submittedCount: r.submitted_count,
      approvedCount: r.approved_count,
      decidedCount: r.decided_count,
      requestedCents: Number(r.requested),
      grantedCents: Number(r.granted),
      successRatePct: numberOrNull(r.success_rate_pct),
      medianDaysToDecision: numberOrNull(r.median_days),
    }));
  }

  async awardedGrants(manager: EntityManager, year: number): Promise<AwardedGrant[]> {
    const rows = (await manager.query(AWARDED_GRANTS_SQL, [year])) as {
      id: string;
      reference: string;
      title: string;
      summary: string;
      cluster: string | null;
      requested: string;
      granted: string;
      decided_on: string;
      start_date: string;
      end_date: string;
      org_name: string;
      enterprise_number: string;
      street: string | null;
      postal_code: string | null;
      city: string | null;
      country: string | null;
      programme_code: string;
      programme_name: string;
    }[];
    return rows.map((r) => ({
      applicationId: r.id,
      reference: r.reference,
      title: r.title,
      summary: r.summary,
      cluster: r.cluster,
      requestedCents: Number(r.requested),
      grantedCents: Number(r.granted),
      decidedOn: r.decided_on,
      plannedStart: r.start_date,
      plannedEnd: r.end_date,
      recipient: {
        name: r.org_name,
        enterpriseNumber: r.enterprise_number,
        street: r.street,
        postalCode: r.postal_code,
        city: r.city,
        country: r.country,
      },
      programme: { code: r.programme_code, name: r.programme_name },
    }));
  }
}
