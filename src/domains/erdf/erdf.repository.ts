import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type ClaimCaps, type PartnerStanding, partnerErdfCapCents } from './claims.js';
import type { ExpenseCategory } from './eligibility.js';
import {
  type ClaimStatus,
  ErdfActivity,
  ErdfClaim,
  ErdfClaimLine,
  ErdfClaimPayment,
  ErdfIndicatorValue,
  ErdfProject,
} from './erdf.entity.js';
import type { IndicatorKind } from './indicators.js';

/** The project facts the rules need, read (and optionally locked) in the caller's transaction. */
export interface ProjectFacts {
  id: string;
  projectNumber: string;
  startDate: string;
  endDate: string;
  erdfRatePct: number;
  erdfApprovedCents: number;
  officeFlatRate: boolean;
  partnerOrganisationIds: string[];
}

/** A partner of a project with its organisation's name; the coordinator comes first. */
export interface PartnerRow {
  projectId: string;
  organisationId: string;
  name: string;
  budgetCents: number;
}

export interface ExpenseRow {
  id: string;
  projectId: string;
  partnerOrganisationId: string;
  category: ExpenseCategory;
  amountCents: number;
  incurredOn: string;
  paidOn: string;
  description: string;
  invoiceRef: string;
  correctsExpenseId: string | null;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  createdAt: Date;
  /** The claim the expense is in, if any. */
  claimId: string | null;
}

/** An expense a new claim may take. */
export interface UnclaimedExpenseRow {
  id: string;
  partnerOrganisationId: string;
  category: ExpenseCategory;
  amountCents: number;
}

export interface ClaimPartnerRow {
  claimId: string;
  organisationId: string;
  name: string;
  expensesCents: number;
  staffCents: number;
  flatRateCents: number;
  eligibleCents: number;
  erdfCents: number;
  erdfCappedCents: number;
}

export interface ReportProjectRow {
  id: string;
  projectNumber: string;
  title: string;
  startDate: string;
  endDate: string;
  erdfRatePct: number;
  provinceRatePct: number;
  ownContributionRatePct: number;
  coordinatorOrganisationId: string;
  erdfApprovedCents: number;
  demo: boolean;
}

/** A row of ERDF_REPORT_SQL: one per partner and expense category (category null: no expenses). */
export interface ReportPartnerRow {
  organisationId: string;
  name: string;
  budgetCents: number;
  category: ExpenseCategory | null;
  spentCents: number;
  claimedCents: number;
  flatRateCents: number;
  erdfCents: number;
}

export interface ReportIndicatorRow {
  code: string;
  name: string;
  kind: IndicatorKind;
  unit: string;
  target: number;
  achieved: number;
  activityCount: number;
}

/**
 * The main aggregation of the ERDF report: per partner (the coordinator `$2` first) and expense
 * category what was spent (expenses not withdrawn, corrections included) and claimed, with the
 * partner's budget and the flat rate and ERDF amount of its claims. Exported for the bench, which
 * times it bare beside GET /api/erdf-projects/:id/report.
 */
export const ERDF_REPORT_SQL = `
  WITH spent AS (
    SELECT e.partner_organisation_id AS organisation_id, e.category,
           SUM(e.amount_cents) AS spent_cents,
           COALESCE(SUM(e.amount_cents) FILTER (WHERE l.expense_id IS NOT NULL), 0) AS claimed_cents
      FROM erdf_expense e LEFT JOIN erdf_claim_line l ON l.expense_id = e.id
     WHERE e.project_id = $1 AND e.withdrawn_at IS NULL
     GROUP BY e.partner_organisation_id, e.category
  ), claimed AS (
    SELECT cp.organisation_id, SUM(cp.flat_rate_cents) AS flat_rate_cents, SUM(cp.erdf_cents) AS erdf_cents
      FROM erdf_claim_partner cp JOIN erdf_claim c ON c.id = cp.claim_id
     WHERE c.project_id = $1
     GROUP BY cp.organisation_id
  )
  SELECT p.organisation_id, o.name, p.budget_cents::text AS budget_cents,
         s.category, COALESCE(s.spent_cents, 0)::text AS spent_cents,
         COALESCE(s.claimed_cents, 0)::text AS claimed_cents,
         COALESCE(c.flat_rate_cents, 0)::text AS flat_rate_cents,
         COALESCE(c.erdf_cents, 0)::text AS erdf_cents
    FROM erdf_partner p
    JOIN organisation o ON o.id = p.organisation_id
    LEFT JOIN spent s ON s.organisation_id = p.organisation_id
    LEFT JOIN claimed c ON c.organisation_id = p.organisation_id
   WHERE p.project_id = $1
   ORDER BY (p.organisation_id = $2) DESC, o.name, p.organisation_id, s.category`;

const EXPENSE_SELECT = `
  SELECT e.id, e.project_id, e.partner_organisation_id, e.category, e.amount_cents::text AS amount_cents,
         e.incurred_on::text AS incurred_on, e.paid_on::text AS paid_on, e.description, e.invoice_ref,
         e.corrects_expense_id, e.withdrawn_at, e.withdrawn_reason, e.created_at, l.claim_id
    FROM erdf_expense e LEFT JOIN erdf_claim_line l ON l.expense_id = e.id`;

interface RawExpense {
  id: string;
  project_id: string;
  partner_organisation_id: string;
  category: ExpenseCategory;
  amount_cents: string;
  incurred_on: string;
  paid_on: string;
  description: string;
  invoice_ref: string;
  corrects_expense_id: string | null;
  withdrawn_at: Date | string | null;
  withdrawn_reason: string | null;
  created_at: Date | string;
  claim_id: string | null;
}

function toExpenseRow(r: RawExpense): ExpenseRow {
  return {
    id: r.id,
    projectId: r.project_id,
    partnerOrganisationId: r.partner_organisation_id,
    category: r.category,
    amountCents: Number(r.amount_cents),
    incurredOn: r.incurred_on,
    paidOn: r.paid_on,
    description: r.description,
    invoiceRef: r.invoice_ref,
    correctsExpenseId: r.corrects_expense_id,
    withdrawnAt: r.withdrawn_at === null ? null : new Date(r.withdrawn_at),
    withdrawnReason: r.withdrawn_reason,
    createdAt: new Date(r.created_at),
    claimId: r.claim_id,
  };
}

/**
 * The SQL of ERDF projects, expenses, indicators, activities, claims and the report. Every method
 * takes the EntityManager of the caller, so that it runs inside the caller's transaction.
 */
@Injectable()
export class ErdfRepository {
  // ------------------------------------------------------------ projects

  /**
   * Reads a project's facts. With `lock`, takes `FOR NO KEY UPDATE` on the project row: expenses,
   * corrections, withdrawals and claims of one project then run one after the other, so two
   * concurrent claims can never pick the same expense (the UNIQUE(expense_id) of erdf_claim_line
   * guarantees it in any case).
   */
  async projectFacts(
    manager: EntityManager,
    projectId: string,
    options: { lock?: boolean } = {},
  ): Promise<ProjectFacts | undefined> {
    const rows = (await manager.query(
      `SELECT id, project_number, start_date::text AS start_date, end_date::text AS end_date,
              erdf_rate_pct::text AS erdf_rate_pct, erdf_approved_cents::text AS erdf_approved_cents,
              office_flat_rate
         FROM erdf_project WHERE id = $1 ${options.lock ? 'FOR NO KEY UPDATE' : ''}`,
      [projectId],
    )) as {
      id: string;
      project_number: string;
      start_date: string;
      end_date: string;
      erdf_rate_pct: string;
      erdf_approved_cents: string;
      office_flat_rate: boolean;
    }[];
    if (rows.length === 0) return undefined;
    const partners = (await manager.query(
      'SELECT organisation_id FROM erdf_partner WHERE project_id = $1 ORDER BY organisation_id',
      [projectId],
    )) as { organisation_id: string }[];
    const row = rows[0];
    return {
      id: row.id,
      projectNumber: row.project_number,
      startDate: row.start_date,
      endDate: row.end_date,
      erdfRatePct: Number(row.erdf_rate_pct),
      erdfApprovedCents: Number(row.erdf_approved_cents),
      officeFlatRate: row.office_flat_rate,
      partnerOrganisationIds: partners.map((p) => p.organisation_id),
    };
  }

  /** Which of `ids` are organisations. */
  async existingOrganisationIds(manager: EntityManager, ids: string[]): Promise<Set<string>> {
    const rows = (await manager.query('SELECT id FROM organisation WHERE id = ANY($1::uuid[])', [ids])) as {
      id: string;
    }[];
    return new Set(rows.map((r) => r.id));
  }

  /** A page of projects in project-number order, kept to `where` (the access policy's condition). */
  listProjects(
    manager: EntityManager,
    page: {
      where?: { sql: string; params: Record<string, unknown> };
      projectNumber?: string;
      limit: number;
      offset: number;
    },
  ): Promise<[ErdfProject[], number]> {
    const qb = manager.getRepository(ErdfProject).createQueryBuilder('p').where('TRUE');
    if (page.where) qb.andWhere(page.where.sql, page.where.params);
    if (page.projectNumber !== undefined) {
      qb.andWhere('p.project_number = :projectNumber', { projectNumber: page.projectNumber });
    }
    return qb.orderBy('p.project_number', 'ASC').take(page.limit).skip(page.offset).getManyAndCount();
  }

  /**
   * The partners of the given projects in one query, per project the coordinator first, then by name.
   */
  async partners(manager: EntityManager, projectIds: string[]): Promise<PartnerRow[]> {
    const rows = (await manager.query(
      `SELECT p.project_id, p.organisation_id, o.name, p.budget_cents::text AS budget_cents
         FROM erdf_partner p
         JOIN erdf_project pr ON pr.id = p.project_id
         JOIN organisation o ON o.id = p.organisation_id
        WHERE p.project_id = ANY($1::uuid[])
        ORDER BY p.project_id, (p.organisation_id = pr.coordinator_organisation_id) DESC, o.name, p.organisation_id`,
      [projectIds],
    )) as { project_id: string; organisation_id: string; name: string; budget_cents: string }[];
    return rows.map((r) => ({
      projectId: r.project_id,
      organisationId: r.organisation_id,
      name: r.name,
      budgetCents: Number(r.budget_cents),
    }));
  }

  // ------------------------------------------------------------ expenses

  async expense(manager: EntityManager, id: string): Promise<ExpenseRow | undefined> {
    const rows = (await manager.query(`${EXPENSE_SELECT} WHERE e.id = $1`, [id])) as RawExpense[];
    return rows.length === 0 ? undefined : toExpenseRow(rows[0]);
  }

  /** A page of a project's expenses (optionally of one partner) in payment order, and their count. */
  async expenses(
    manager: EntityManager,
    projectId: string,
    query: { partnerOrganisationId?: string; limit: number; offset: number },
  ): Promise<{ rows: ExpenseRow[]; total: number }> {
    const params: unknown[] = [projectId];
    let where = 'e.project_id = $1';
    if (query.partnerOrganisationId) {
      params.push(query.partnerOrganisationId);
      where += ` AND e.partner_organisation_id = $${params.length}`;
    }
    const [{ total }] = (await manager.query(
      `SELECT count(*)::int AS total FROM erdf_expense e WHERE ${where}`,
      params,
    )) as { total: number }[];
    const rows = (await manager.query(
      `${EXPENSE_SELECT} WHERE ${where} ORDER BY e.paid_on, e.created_at, e.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    )) as RawExpense[];
    return { rows: rows.map(toExpenseRow), total };
  }

  /** The expense (not a correction, not withdrawn) recorded for this invoice of the partner, if any. */
  async expenseByInvoice(
    manager: EntityManager,
    projectId: string,
    partnerOrganisationId: string,
    invoiceRef: string,
  ): Promise<string | undefined> {
    const rows = (await manager.query(
      `SELECT id FROM erdf_expense
        WHERE project_id = $1 AND partner_organisation_id = $2 AND invoice_ref = $3
          AND corrects_expense_id IS NULL AND withdrawn_at IS NULL`,
      [projectId, partnerOrganisationId, invoiceRef],
    )) as { id: string }[];
    return rows[0]?.id;
  }

  /**
   * Each partner's standing (cap = ERDF rate × budget, ERDF received, ERDF the rate gave before the
   * caps) and what is left of the project's approved amount; read under the project lock.
   */
  async erdfStanding(manager: EntityManager, projectId: string): Promise<ClaimCaps> {
    const rows = (await manager.query(
      `SELECT p.organisation_id, p.budget_cents::text AS budget_cents, pr.erdf_rate_pct::text AS rate,
              pr.erdf_approved_cents::text AS approved,
              COALESCE(SUM(cp.erdf_cents), 0)::text AS claimed,
              COALESCE(SUM(cp.erdf_cents + cp.erdf_capped_cents), 0)::text AS uncapped
         FROM erdf_partner p
         JOIN erdf_project pr ON pr.id = p.project_id
         LEFT JOIN erdf_claim c ON c.project_id = p.project_id
         LEFT JOIN erdf_claim_partner cp ON cp.claim_id = c.id AND cp.organisation_id = p.organisation_id
        WHERE p.project_id = $1
        GROUP BY p.organisation_id, p.budget_cents, pr.erdf_rate_pct, pr.erdf_approved_cents`,
      [projectId],
    )) as {
      organisation_id: string;
      budget_cents: string;
      rate: string;
      approved: string;
      claimed: string;
      uncapped: string;
    }[];
    const partners = new Map<string, PartnerStanding>();
    let claimed = 0;
    let approved = 0;
    for (const r of rows) {
      approved = Number(r.approved);
      claimed += Number(r.claimed);
      partners.set(r.organisation_id, {
        capCents: partnerErdfCapCents(Number(r.budget_cents), Number(r.rate)),
        claimedCents: Number(r.claimed),
        uncappedCents: Number(r.uncapped),
      });
    }
    return { partners, projectRemainingCents: approved - claimed };
  }

  /** The net of an expense and its corrections, withdrawn ones left out. */
  async expenseNetCents(manager: EntityManager, expenseId: string): Promise<number> {
    const [{ net }] = (await manager.query(
      `SELECT COALESCE(SUM(amount_cents), 0)::text AS net FROM erdf_expense
        WHERE (id = $1 OR corrects_expense_id = $1) AND withdrawn_at IS NULL`,
      [expenseId],
    )) as { net: string }[];
    return Number(net);
  }

  async isExpenseClaimed(manager: EntityManager, expenseId: string): Promise<boolean> {
    const rows = (await manager.query('SELECT claim_id FROM erdf_claim_line WHERE expense_id = $1', [
      expenseId,
    ])) as { claim_id: string }[];
    return rows.length > 0;
  }

  async hasOpenCorrections(manager: EntityManager, expenseId: string): Promise<boolean> {
    const rows = (await manager.query(
      'SELECT 1 FROM erdf_expense WHERE corrects_expense_id = $1 AND withdrawn_at IS NULL LIMIT 1',
      [expenseId],
    )) as unknown[];
    return rows.length > 0;
  }

  // ------------------------------------------------------------ indicators and activities

  async indicatorValues(manager: EntityManager, indicatorId: string): Promise<ErdfIndicatorValue[]> {
    return manager.find(ErdfIndicatorValue, {
      where: { indicatorId },
      order: { on: 'ASC', createdAt: 'ASC' },
    });
  }

  /** The indicators of a project among `codes`. */
  async indicatorsByCode(
    manager: EntityManager,
    projectId: string,
    codes: string[],
  ): Promise<{ id: string; code: string }[]> {
    return (await manager.query(
      'SELECT id, code FROM erdf_indicator WHERE project_id = $1 AND code = ANY($2::text[])',
      [projectId, codes],
    )) as { id: string; code: string }[];
  }

  async activities(
    manager: EntityManager,
    projectId: string,
    page: { limit: number; offset: number },
  ): Promise<[ErdfActivity[], number]> {
    return manager.findAndCount(ErdfActivity, {
      where: { projectId },
      order: { startDate: 'ASC', createdAt: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
  }

  /** The indicator codes linked to each of the activities, in code order. */
  async activityIndicatorCodes(
    manager: EntityManager,
    activityIds: string[],
  ): Promise<{ activityId: string; code: string }[]> {
    const rows = (await manager.query(
      `SELECT ai.activity_id, i.code FROM erdf_activity_indicator ai
         JOIN erdf_indicator i ON i.id = ai.indicator_id
        WHERE ai.activity_id = ANY($1::uuid[]) ORDER BY i.code`,
      [activityIds],
    )) as { activity_id: string; code: string }[];
    return rows.map((r) => ({ activityId: r.activity_id, code: r.code }));
  }

  // ------------------------------------------------------------ claims

  /** The highest claim number of a project (0 without claims) and the end of its last period. */
  async lastClaim(
    manager: EntityManager,
    projectId: string,
  ): Promise<{ number: number; periodTo: string | null }> {
    const [last] = (await manager.query(
      `SELECT COALESCE(MAX(number), 0) AS number, MAX(period_to)::text AS period_to
         FROM erdf_claim WHERE project_id = $1`,
      [projectId],
    )) as { number: number; period_to: string | null }[];
    return { number: Number(last.number), periodTo: last.period_to };
  }

  /** The expenses paid in the period that are not withdrawn and in no claim, in payment order. */
  async unclaimedExpenses(
    manager: EntityManager,
    projectId: string,
    periodFrom: string,
    periodTo: string,
  ): Promise<UnclaimedExpenseRow[]> {
    const rows = (await manager.query(
      `SELECT e.id, e.partner_organisation_id, e.category, e.amount_cents::text AS amount_cents
         FROM erdf_expense e
        WHERE e.project_id = $1 AND e.withdrawn_at IS NULL AND e.paid_on BETWEEN $2 AND $3
          AND NOT EXISTS (SELECT 1 FROM erdf_claim_line l WHERE l.expense_id = e.id)
        ORDER BY e.paid_on, e.id`,
      [projectId, periodFrom, periodTo],
    )) as { id: string; partner_organisation_id: string; category: ExpenseCategory; amount_cents: string }[];
    return rows.map((e) => ({
      id: e.id,
      partnerOrganisationId: e.partner_organisation_id,
      category: e.category,
      amountCents: Number(e.amount_cents),
    }));
  }

  /**
   * Whether the documents of an expense may change, read under locks: the expense row `FOR SHARE`
   * (a withdrawal waits) and the claim it is in `FOR SHARE` (a submission of that claim waits until
   * the document is attached, so the submission lists it). Undefined when the project has no such expense.
   */
  async lockExpenseForDocuments(
    manager: EntityManager,
    projectId: string,
    expenseId: string,
  ): Promise<
    | {
        partnerOrganisationId: string;
        withdrawn: boolean;
        claim: { number: number; status: ClaimStatus } | null;
      }
    | undefined
  > {
    const [expense] = (await manager.query(
      `SELECT partner_organisation_id, withdrawn_at IS NOT NULL AS withdrawn FROM erdf_expense
        WHERE id = $1 AND project_id = $2 FOR SHARE`,
      [expenseId, projectId],
    )) as { partner_organisation_id: string; withdrawn: boolean }[];
    if (expense === undefined) return undefined;
    const [claim] = (await manager.query(
      `SELECT c.number, c.status FROM erdf_claim_line l JOIN erdf_claim c ON c.id = l.claim_id
        WHERE l.expense_id = $1 FOR SHARE OF c`,
      [expenseId],
    )) as { number: number; status: ClaimStatus }[];
    return {
      partnerOrganisationId: expense.partner_organisation_id,
      withdrawn: expense.withdrawn,
      claim: claim ?? null,
    };
  }

  /** A claim's status, its row locked `FOR SHARE` (a submission waits); undefined when there is none. */
  async lockClaimForDocuments(
    manager: EntityManager,
    projectId: string,
    claimId: string,
  ): Promise<ClaimStatus | undefined> {
    const [claim] = (await manager.query(
      'SELECT status FROM erdf_claim WHERE id = $1 AND project_id = $2 FOR SHARE',
      [claimId, projectId],
    )) as { status: ClaimStatus }[];
    return claim?.status;
  }

  /** Submits a draft claim (a conditional UPDATE); false when it is not a draft claim of the project. */
  async submitClaim(
    manager: EntityManager,
    projectId: string,
    claimId: string,
    submittedOn: string,
    dueBy: string,
  ): Promise<boolean> {
    const updated = (await manager.query(
      `WITH u AS (
         UPDATE erdf_claim SET status = 'submitted', submitted_on = $3, due_by = $4, updated_at = now()
          WHERE id = $1 AND project_id = $2 AND status = 'draft' RETURNING id)
       SELECT id FROM u`,
      [claimId, projectId, submittedOn, dueBy],
    )) as { id: string }[];
    return updated.length > 0;
  }

  /** A claim of the project, locked (`FOR UPDATE`) for a payment; undefined when there is none. */
  async lockClaimForPayment(
    manager: EntityManager,
    projectId: string,
    claimId: string,
  ): Promise<
    | {
        status: string;
        submittedOn: string | null;
        erdfCents: number;
        paidCents: number;
        paidOn: string | null;
      }
    | undefined
  > {
    const [row] = (await manager.query(
      `SELECT status, submitted_on::text AS submitted_on, erdf_cents::text AS erdf_cents,
              COALESCE(paid_cents, 0)::text AS paid_cents, paid_on::text AS paid_on
         FROM erdf_claim WHERE id = $1 AND project_id = $2 FOR UPDATE`,
      [claimId, projectId],
    )) as {
      status: string;
      submitted_on: string | null;
      erdf_cents: string;
      paid_cents: string;
      paid_on: string | null;
    }[];
    return row === undefined
      ? undefined
      : {
          status: row.status,
          submittedOn: row.submitted_on,
          erdfCents: Number(row.erdf_cents),
          paidCents: Number(row.paid_cents),
          paidOn: row.paid_on,
        };
  }

  /**
   * Records one payment on a claim (locked by the caller): a row of erdf_claim_payment, and the claim's
   * paid sum, last payment date and status (`paid` once the claimed ERDF is paid in full).
   */
  async recordClaimPayment(
    manager: EntityManager,
    claimId: string,
    payment: { paidOn: string; amountCents: number; createdBy: string | null; fullyPaid: boolean },
  ): Promise<void> {
    await manager.insert(ErdfClaimPayment, {
      claimId,
      paidOn: payment.paidOn,
      amountCents: payment.amountCents,
      createdBy: payment.createdBy,
    });
    await manager.query(
      `UPDATE erdf_claim
          SET paid_cents = COALESCE(paid_cents, 0) + $2, paid_on = GREATEST(paid_on, $3::date),
              status = $4, updated_at = now()
        WHERE id = $1`,
      [claimId, payment.amountCents, payment.paidOn, payment.fullyPaid ? 'paid' : 'partially_paid'],
    );
  }

  /** The payments of the claims, in date order. */
  async claimPayments(
    manager: EntityManager,
    claimIds: string[],
  ): Promise<{ claimId: string; paidOn: string; amountCents: number }[]> {
    const rows = (await manager.query(
      `SELECT claim_id, paid_on::text AS paid_on, amount_cents::text AS amount_cents FROM erdf_claim_payment
        WHERE claim_id = ANY($1::uuid[]) ORDER BY paid_on, created_at, id`,
      [claimIds],
    )) as { claim_id: string; paid_on: string; amount_cents: string }[];
    return rows.map((r) => ({ claimId: r.claim_id, paidOn: r.paid_on, amountCents: Number(r.amount_cents) }));
  }

  /** The claims of a project in number order (a page of them, or all). */
  async claims(
    manager: EntityManager,
    projectId: string,
    page: { limit?: number; offset?: number },
  ): Promise<ErdfClaim[]> {
    return manager.find(ErdfClaim, {
      where: { projectId },
      order: { number: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
  }

  /** The per-partner figures of the claims, by partner name. */
  async claimPartners(manager: EntityManager, claimIds: string[]): Promise<ClaimPartnerRow[]> {
    const rows = (await manager.query(
      `SELECT cp.claim_id, cp.organisation_id, o.name, cp.expenses_cents::text AS expenses_cents,
              cp.staff_cents::text AS staff_cents, cp.flat_rate_cents::text AS flat_rate_cents,
              cp.eligible_cents::text AS eligible_cents, cp.erdf_cents::text AS erdf_cents,
              cp.erdf_capped_cents::text AS erdf_capped_cents
         FROM erdf_claim_partner cp JOIN organisation o ON o.id = cp.organisation_id
        WHERE cp.claim_id = ANY($1::uuid[]) ORDER BY o.name, cp.organisation_id`,
      [claimIds],
    )) as Record<
      | 'claim_id'
      | 'organisation_id'
      | 'name'
      | 'expenses_cents'
      | 'staff_cents'
      | 'flat_rate_cents'
      | 'eligible_cents'
      | 'erdf_cents'
      | 'erdf_capped_cents',
      string
    >[];
    return rows.map((p) => ({
      claimId: p.claim_id,
      organisationId: p.organisation_id,
      name: p.name,
      expensesCents: Number(p.expenses_cents),
      staffCents: Number(p.staff_cents),
      flatRateCents: Number(p.flat_rate_cents),
      eligibleCents: Number(p.eligible_cents),
      erdfCents: Number(p.erdf_cents),
      erdfCappedCents: Number(p.erdf_capped_cents),
    }));
  }

  /** How many expenses each of the claims holds (claims without lines are left out). */
  async claimExpenseCounts(manager: EntityManager, claimIds: string[]): Promise<Map<string, number>> {
    const rows = (await manager.query(
      `SELECT claim_id, count(*)::int AS n FROM erdf_claim_line WHERE claim_id = ANY($1::uuid[]) GROUP BY claim_id`,
      [claimIds],
    )) as { claim_id: string; n: number }[];
    return new Map(rows.map((r) => [r.claim_id, r.n]));
  }

  async claimExpenseIds(manager: EntityManager, claimId: string): Promise<string[]> {
    const lines = await manager.find(ErdfClaimLine, { where: { claimId }, order: { expenseId: 'ASC' } });
    return lines.map((l) => l.expenseId);
  }

  // ------------------------------------------------------------ report

  async reportProject(manager: EntityManager, projectId: string): Promise<ReportProjectRow | undefined> {
    const [project] = (await manager.query(
      `SELECT id, project_number, title, start_date::text AS start_date, end_date::text AS end_date,
              erdf_rate_pct::text AS erdf, province_rate_pct::text AS province,
              own_contribution_rate_pct::text AS own, coordinator_organisation_id,
              erdf_approved_cents::text AS approved, demo
         FROM erdf_project WHERE id = $1`,
      [projectId],
    )) as {
      id: string;
      project_number: string;
      title: string;
      start_date: string;
      end_date: string;
      erdf: string;
      province: string;
      own: string;
      coordinator_organisation_id: string;
      approved: string;
      demo: boolean;
    }[];
    if (!project) return undefined;
    return {
      id: project.id,
      projectNumber: project.project_number,
      title: project.title,
      startDate: project.start_date,
      endDate: project.end_date,
      erdfRatePct: Number(project.erdf),
      provinceRatePct: Number(project.province),
      ownContributionRatePct: Number(project.own),
      coordinatorOrganisationId: project.coordinator_organisation_id,
      erdfApprovedCents: Number(project.approved),
      demo: project.demo,
    };
  }

  /** ERDF_REPORT_SQL: one row per partner and category, the coordinator's first. */
  async reportPartners(
    manager: EntityManager,
    projectId: string,
    coordinatorOrganisationId: string,
  ): Promise<ReportPartnerRow[]> {
    const rows = (await manager.query(ERDF_REPORT_SQL, [projectId, coordinatorOrganisationId])) as {
      organisation_id: string;
      name: string;
      budget_cents: string;
      category: ExpenseCategory | null;
      spent_cents: string;
      claimed_cents: string;
      flat_rate_cents: string;
      erdf_cents: string;
    }[];
    return rows.map((r) => ({
      organisationId: r.organisation_id,
      name: r.name,
      budgetCents: Number(r.budget_cents),
      category: r.category,
      spentCents: Number(r.spent_cents),
      claimedCents: Number(r.claimed_cents),
      flatRateCents: Number(r.flat_rate_cents),
      erdfCents: Number(r.erdf_cents),
    }));
  }

  /** What was paid on the project's claims. */
  async paidCents(manager: EntityManager, projectId: string): Promise<number> {
    const [paid] = (await manager.query(
      `SELECT COALESCE(SUM(paid_cents), 0)::text AS paid FROM erdf_claim WHERE project_id = $1 AND status IN ('paid', 'partially_paid')`,
      [projectId],
    )) as { paid: string }[];
    return Number(paid.paid);
  }

  /**
   * The indicators of a project in code order, with what was achieved (output: the sum of the values;
   * result and impact: the latest value) and the number of activities linked to each.
   */
  async reportIndicators(manager: EntityManager, projectId: string): Promise<ReportIndicatorRow[]> {
    const rows = (await manager.query(
      `SELECT i.code, i.name, i.kind, i.unit, i.target::text AS target,
              (CASE WHEN i.kind = 'output'
                    THEN (SELECT COALESCE(SUM(v.value), 0) FROM erdf_indicator_value v WHERE v.indicator_id = i.id)
                    ELSE COALESCE((SELECT v.value FROM erdf_indicator_value v WHERE v.indicator_id = i.id
                                    ORDER BY v."on" DESC, v.created_at DESC, v.id DESC LIMIT 1), 0)
               END)::text AS achieved,
              (SELECT count(*)::int FROM erdf_activity_indicator ai WHERE ai.indicator_id = i.id) AS activity_count
         FROM erdf_indicator i
        WHERE i.project_id = $1
        ORDER BY i.code`,
      [projectId],
    )) as {
      code: string;
      name: string;
      kind: IndicatorKind;
      unit: string;
      target: string;
      achieved: string;
      activity_count: number;
    }[];
    return rows.map((i) => ({
      code: i.code,
      name: i.name,
      kind: i.kind,
      unit: i.unit,
      target: Number(i.target),
      achieved: Number(i.achieved),
      activityCount: i.activity_count,
    }));
  }
}
