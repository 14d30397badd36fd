import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../kernel/clock.js';
import { formatEuro } from '../../kernel/money.js';
import { AccessService } from '../../platform/access/access.service.js';
import { type Reminder, ReminderRegistry } from '../../platform/notifications/daily-reminders.job.js';
import { formatDay } from '../../platform/notifications/mail-format.js';
import { addMonths, reportingPeriods } from '../erdf/claims.js';
import { closingDayOf, DEFAULT_PROGRAMME_RULES } from '../programmes/programme-rules.js';
import { eAidRegisterBy } from '../state-aid/de-minimis.service.js';
import { CALL_CLOSING_DAYS, daysBetween, dueReminder, ERDF_CLAIM_DUE_MONTHS } from './reminder-rules.js';
import { RemindersRepository } from './reminders.repository.js';

/**
 * The due dates of the domains, as reminders for the daily job (`platform/notifications`): reviews
 * (the call's review deadline), final reports (project end + the programme's `finalReportMonths`,
 * default 3), ERDF progress reports and claims (each 4-month period, due a month after it ends),
 * de minimis aid to register in eAid (decision + 20 Belgian working days; to staff) and calls closing
 * in 14 and 2 days (to applicants with a draft). This domain comes last, so it may read them all.
 */
@Injectable()
export class DueDateReminders implements OnModuleInit {
  constructor(
    private readonly registry: ReminderRegistry,
    private readonly repository: RemindersRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.registry.register('due-dates', (manager, day) => this.due(manager, day));
  }

  async due(manager: EntityManager, today: string): Promise<Reminder[]> {
    return [
      ...(await this.reviews(manager, today)),
      ...(await this.finalReports(manager, today)),
      ...(await this.erdfClaims(manager, today)),
      ...(await this.eAid(manager, today)),
      ...(await this.callsClosing(manager, today)),
    ];
  }

  private async reviews(manager: EntityManager, today: string): Promise<Reminder[]> {
    const out: Reminder[] = [];
    for (const r of await this.repository.reviewsDue(manager, today)) {
      const kind = dueReminder(today, r.deadline);
      if (!kind) continue;
      out.push({
        userIds: [r.evaluatorId],
        event: `review.${kind}`,
        template: kind === 'due_soon' ? 'review-due-soon' : 'review-overdue',
        data: { reference: r.reference, title: r.title, dueDate: formatDay(r.deadline) },
        category: 'review',
        link: `/assignments/${r.assignmentId}`,
        resource: { type: 'review_assignment', id: r.assignmentId },
      });
    }
    return out;
  }

  private async finalReports(manager: EntityManager, today: string): Promise<Reminder[]> {
    const out: Reminder[] = [];
    for (const r of await this.repository.finalReportsOpen(manager)) {
      const due = addMonths(r.endDate, r.months ?? DEFAULT_PROGRAMME_RULES.finalReportMonths);
      const kind = dueReminder(today, due);
      if (!kind) continue;
      out.push({
        userIds: await this.access.coordinatorMembers(manager, r.applicationId),
        event: `final_report.${kind}`,
        template: kind === 'due_soon' ? 'final-report-due-soon' : 'final-report-overdue',
        data: { reference: r.reference, title: r.title, dueDate: formatDay(due) },
        category: 'reporting',
        link: `/applications/${r.applicationId}/final-report`,
        resource: { type: 'application', id: r.applicationId },
      });
    }
    return out;
  }

  private async erdfClaims(manager: EntityManager, today: string): Promise<Reminder[]> {
    const out: Reminder[] = [];
    for (const p of await this.repository.erdfProjects(manager, today)) {
      for (const period of reportingPeriods(p.startDate, p.endDate)) {
        if (period.to >= today || p.claimedPeriods.includes(period.from)) continue;
        const due = addMonths(period.to, ERDF_CLAIM_DUE_MONTHS);
        // The day after the period ended, then the usual reminders around the due date.
        if (daysBetween(period.to, today) !== 1 && !dueReminder(today, due)) continue;
        out.push({
          userIds: await this.access.organisationMembers(manager, p.coordinatorOrganisationId),
          event: 'erdf.claim_due',
          template: 'erdf-claim-due',
          data: {
            projectNumber: p.projectNumber,
            title: p.title,
            periodStart: formatDay(period.from),
            periodEnd: formatDay(period.to),
            dueDate: formatDay(due),
          },
          category: 'reporting',
          link: `/erdf-projects/${p.id}/claims`,
          resource: { type: 'erdf_period', id: `${p.id}:${period.number}` },
        });
      }
    }
    return out;
  }

  private async eAid(manager: EntityManager, today: string): Promise<Reminder[]> {
    const out: Reminder[] = [];
    const staff = await this.repository.staffIds(manager);
    if (staff.length === 0) return out;
    for (const r of await this.repository.eAidUnregistered(manager, today)) {
      const due = eAidRegisterBy(r.decidedOn);
      const kind = dueReminder(today, due);
      if (!kind) continue;
      out.push({
        userIds: staff,
        event: `eaid.${kind}`,
        template: kind === 'due_soon' ? 'eaid-registration-due-soon' : 'eaid-registration-overdue',
        data: {
          reference: r.reference,
          amount: formatEuro(r.amountCents),
          decisionDate: formatDay(r.decidedOn),
          dueDate: formatDay(due),
        },
        category: 'state-aid',
        link: `/applications/${r.applicationId}/decision`,
        resource: { type: 'decision', id: r.decisionId },
      });
    }
    return out;
  }

  private async callsClosing(manager: EntityManager, today: string): Promise<Reminder[]> {
    const out: Reminder[] = [];
    for (const r of await this.repository.draftsInClosingCalls(manager, this.clock.now())) {
      // A call closes at the end of its closing day: count the days to that day, not to the next midnight.
      const closingDay = closingDayOf(r.closesAt);
      const days = daysBetween(today, closingDay);
      if (!CALL_CLOSING_DAYS.includes(days)) continue;
      out.push({
        userIds: await this.access.coordinatorMembers(manager, r.applicationId),
        event: `call.closing_${days}d`,
        template: 'call-closing',
        data: {
          reference: r.reference,
          title: r.title,
          callTitle: r.callTitle,
          closesAt: `${formatDay(closingDay)} 23:59`,
          days,
        },
        category: 'calls',
        link: `/applications/${r.applicationId}`,
        resource: { type: 'application', id: r.applicationId },
      });
    }
    return out;
  }
}
