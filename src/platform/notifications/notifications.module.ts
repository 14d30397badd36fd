import { DailyRemindersJob, DailyRemindersScheduler, ReminderRegistry } from './daily-reminders.job.js';
import { Global, Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller.js';
import { MailTransport } from './mail-transport.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { SendMailJob } from './send-mail.job.js';

/**
 * Notifications: the e-mail channel on the job outbox. Global: any service injects
 * `NotificationsService` and calls `send(manager, …)` in its transaction (see README.md).
 */
@Global()
@Module({
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    NotificationsRepository,
    MailTransport,
    SendMailJob,
    ReminderRegistry,
    DailyRemindersJob,
    DailyRemindersScheduler,
  ],
  exports: [NotificationsService, ReminderRegistry, DailyRemindersScheduler],
})
export class NotificationsModule {}
