/**
 * Eligibility of an ERDF expense (SPEC.md §2): incurred and paid within the project period and
 * within the programme window (1 Jan 2014 – 31 Dec 2023), by a partner of the project, in a known
 * cost category. Pure functions; dates are `YYYY-MM-DD` strings, which compare as dates.
 */
import type { RuleViolation } from '../../kernel/errors.js';

export const PROGRAMME_START = '2014-01-01';
export const PROGRAMME_END = '2023-12-31';
/** The last day for payment requests of the 2014–2020 programmes (Reg. (EU) 1303/2013, art. 135(2) as amended). */
export const LAST_PAYMENT_REQUEST = '2024-07-31';

export const EXPENSE_CATEGORIES = [
  'staff',
  'external_expertise',
  'equipment',
  'infrastructure',
  'travel',
  'other',
  'office_admin',
] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

export function isExpenseCategory(value: string): value is ExpenseCategory {
  return (EXPENSE_CATEGORIES as readonly string[]).includes(value);
}

export interface ExpenseCandidate {
  partnerOrganisationId: string;
  category: string;
  incurredOn: string;
  paidOn: string;
}

export interface ProjectFrame {
  startDate: string;
  endDate: string;
  partnerOrganisationIds: readonly string[];
  /**
   * Whether the 15 % office flat rate applies (the default): office and administration costs are then
   * paid through it, and an `office_admin` expense would claim them twice.
   */
  officeFlatRate: boolean;
}

function within(date: string, from: string, to: string): boolean {
  return date >= from && date <= to;
}

/** Every rule the expense breaks; empty when it is eligible. */
export function expenseViolations(expense: ExpenseCandidate, project: ProjectFrame): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!project.partnerOrganisationIds.includes(expense.partnerOrganisationId)) {
    violations.push({
      rule: 'partner_in_project',
      message: `Organisation ${expense.partnerOrganisationId} is not a partner of this project`,
    });
  }
  if (!isExpenseCategory(expense.category)) {
    violations.push({
      rule: 'category_known',
      message: `Unknown cost category "${expense.category}"; known: ${EXPENSE_CATEGORIES.join(', ')}`,
    });
  }
  if (expense.category === 'office_admin' && project.officeFlatRate) {
    violations.push({
      rule: 'office_admin_under_flat_rate',
      message:
        'Office and administration costs are covered by the 15 % flat rate of this project and cannot be claimed as expenses too',
    });
  }
  const dates: [string, string][] = [
    ['incurred', expense.incurredOn],
    ['paid', expense.paidOn],
  ];
  for (const [what, date] of dates) {
    if (!within(date, project.startDate, project.endDate)) {
      violations.push({
        rule: `${what}_within_project_period`,
        message: `The expense was ${what} on ${date}, outside the project period ${project.startDate} – ${project.endDate}`,
      });
    }
    if (!within(date, PROGRAMME_START, PROGRAMME_END)) {
      violations.push({
        rule: `${what}_within_programme_window`,
        message: `The expense was ${what} on ${date}, outside the programme window ${PROGRAMME_START} – ${PROGRAMME_END}`,
      });
    }
  }
  return violations;
}
