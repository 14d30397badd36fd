import { Clock } from '../../kernel/clock.js';
import { DailyRemindersJob } from '../../platform/notifications/daily-reminders.job.js';
import { NotificationsService } from '../../platform/notifications/notifications.service.js';
import type { SeedContext } from '../seed-context.js';
import type { FoundationSeed } from './foundation.js';

/**
 * Notifications: the earlier steps went through the real services, so the demo accounts already
 * have theirs (receipts, screening, assignments, decision letters). This step runs today's
 * reminders (idempotent: once per day), lets one demo applicant read in English, and lists what is
 * unread. Without SMTP_URL the mails are `.eml` files in DATA_DIR/mail/.
 */
export async function seedNotifications(ctx: SeedContext, base: FoundationSeed): Promise<void> {
  const notifications = ctx.get(NotificationsService);
  const tom = base.applicants.tom;
  const tomActor = { id: tom.id, email: tom.email, role: tom.role };
  if ((await notifications.preferences(tomActor)).language !== 'en') {
    await notifications.updatePreferences(tomActor, { language: 'en' });
  }
  const today = ctx.get(Clock).today();
  await ctx.dataSource.transaction((manager) =>
    ctx.get(DailyRemindersJob).handle({ day: today }, { jobId: 'seed', attempt: 1, maxAttempts: 1, manager }),
  );
  const accounts = [base.applicants.an, base.applicants.lies, base.evaluators.marc, base.staff.smartHub];
  const counts: string[] = [];
  for (const user of accounts) {
    const page = await notifications.list(
      { id: user.id, email: user.email, role: user.role },
      { limit: 1, offset: 0 },
    );
    counts.push(`${user.email} ${page.unread}`);
  }
  ctx.note(`unread notifications (GET /api/notifications): ${counts.join(', ')}`);
}
