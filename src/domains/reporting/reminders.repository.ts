import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface ReviewDueRow {
  assignmentId: string;
  evaluatorId: string;
  applicationId: string;
  reference: string;
  title: string;
  deadline: string;
}

export interface FinalReportDueRow {
  applicationId: string;
  reference: string;
  title: string;
  endDate: string;
  months: number | null;
}

export interface ErdfProjectRow {
  id: string;
  projectNumber: string;
  title: string;
  startDate: string;
  endDate: string;
  coordinatorOrganisationId: string;
  claimedPeriods: string[];
}

export interface EAidDueRow {
  decisionId: string;
  applicationId: string;
  reference: string;
  decidedOn: string;
  amountCents: number;
}

export interface DraftInClosingCallRow {
  applicationId: string;
  reference: string;
  title: string;
  callTitle: string;
  closesAt: Date;
}

const day = (v: Date | string): string =>
  typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10);

/** The SQL of the daily reminders: what is due around a day, across the domains. */
@Injectable()
export class RemindersRepository {
  /** Open review assignments whose call's review deadline is within 7 days of `today`. */
  async reviewsDue(manager: EntityManager, today: string): Promise<ReviewDueRow[]> {
    const rows = (await manager.query(
      `SELECT ra.id, ra.evaluator_id, a.id AS application_id, a.reference, a.title, c.review_deadline::text AS deadline
         FROM review_assignment ra
         JOIN application a ON a.id = ra.application_id
         JOIN call c ON c.id = a.call_id
        WHERE ra.status IN ('assigned', 'declared') AND a.status IN ('admissible', 'under_review')
          AND c.review_deadline BETWEEN $1::date - 7 AND $1::date + 7`,
      [today],
    )) as {
      id: string;
      evaluator_id: string;
      application_id: string;
      reference: string;
      title: string;
      deadline: string;
    }[];
    return rows.map((r) => ({
      assignmentId: r.id,
      evaluatorId: r.evaluator_id,
      applicationId: r.application_id,
      reference: r.reference,
      title: r.title,
      deadline: day(r.deadline),
    }));
  }

  /** Approved applications without a final report, with their programme's period. */
  async finalReportsOpen(manager: EntityManager): Promise<FinalReportDueRow[]> {
    const rows = (await manager.query(
      `SELECT a.id, a.reference, a.title, a.end_date::text AS end_date, (p.rules ->> 'finalReportMonths')::int AS months
         FROM application a
         JOIN call c ON c.id = a.call_id
         JOIN programme p ON p.id = c.programme_id
        WHERE a.status = 'approved'
          AND NOT EXISTS (SELECT 1 FROM final_report f WHERE f.application_id = a.id)`,
    )) as { id: string; reference: string; title: string; end_date: string; months: number | null }[];
    return rows.map((r) => ({
      applicationId: r.id,
      reference: r.reference,
      title: r.title,
      endDate: day(r.end_date),
      months: r.months,
    }));
  }

  /** ERDF projects still running or recently ended, with the periods a claim was submitted for. */
  async erdfProjects(manager: EntityManager, today: string): Promise<ErdfProjectRow[]> {
    const rows = (await manager.query(
      `SELECT p.id, p.project_number, p.title, p.start_date::text AS start_date, p.end_date::text AS end_date,
              p.coordinator_organisation_id,
              coalesce((SELECT array_agg(cl.period_from::text) FROM erdf_claim cl
                         WHERE cl.project_id = p.id AND cl.status IN ('submitted', 'paid')), '{}') AS claimed
         FROM erdf_project p
        WHERE p.end_date >= $1::date - 60 AND p.start_date <= $1::date`,
      [today],
    )) as {
      id: string;
      project_number: string;
      title: string;
      start_date: string;
      end_date: string;
      coordinator_organisation_id: string;
      claimed: string[] | string;
    }[];
    return rows.map((r) => ({
      id: r.id,
      projectNumber: r.project_number,
      title: r.title,
      startDate: day(r.start_date),
      endDate: day(r.end_date),
      coordinatorOrganisationId: r.coordinator_organisation_id,
      claimedPeriods: parseArray(r.claimed).map(day),
    }));
  }

  /** Approved decisions of the last 60 days whose de minimis aid is not yet in the central register. */
  async eAidUnregistered(manager: EntityManager, today: string): Promise<EAidDueRow[]> {
    const rows = (await manager.query(
      `SELECT d.id, d.application_id, a.reference, d.decided_on::text AS decided_on, sum(aid.amount_cents)::bigint AS amount
         FROM decision d
         JOIN application a ON a.id = d.application_id
         JOIN de_minimis_aid aid ON aid.application_id = d.application_id AND aid.source = 'internal'
        WHERE d.outcome = 'approved' AND aid.registered_in_central_register_on IS NULL
          AND d.decided_on >= $1::date - 60
        GROUP BY d.id, d.application_id, a.reference, d.decided_on`,
      [today],
    )) as {
      id: string;
      application_id: string;
      reference: string;
      decided_on: string;
      amount: string | number;
    }[];
    return rows.map((r) => ({
      decisionId: r.id,
      applicationId: r.application_id,
      reference: r.reference,
      decidedOn: day(r.decided_on),
      amountCents: Number(r.amount),
    }));
  }

  async staffIds(manager: EntityManager): Promise<string[]> {
    const rows = (await manager.query(`SELECT id FROM app_user WHERE role = 'staff'`)) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Drafts in calls that close within 15 days of `now`. */
  async draftsInClosingCalls(manager: EntityManager, now: Date): Promise<DraftInClosingCallRow[]> {
    const rows = (await manager.query(
      `SELECT a.id, a.reference, a.title, c.title AS call_title, c.closes_at
         FROM application a JOIN call c ON c.id = a.call_id
        WHERE a.status = 'draft' AND c.closes_at > $1 AND c.closes_at <= $1::timestamptz + interval '15 days'`,
      [now],
    )) as { id: string; reference: string; title: string; call_title: string; closes_at: Date | string }[];
    return rows.map((r) => ({
      applicationId: r.id,
      reference: r.reference,
      title: r.title,
      callTitle: r.call_title,
      closesAt: new Date(r.closes_at),
    }));
  }
}

function parseArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',');
}
