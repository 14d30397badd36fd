import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../kernel/clock.js';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { JobProcessor } from '../jobs/job-processor.decorator.js';
import type { JobContext, JobHandler, JobRetryPolicy } from '../jobs/job.types.js';
import { MailTransport } from './mail-transport.js';
import { NotificationsRepository } from './notifications.repository.js';

export const SEND_MAIL_JOB = 'mail.send';

export interface SendMailJobPayload {
  mailId: string;
}

declare module '../jobs/job.types.js' {
  interface JobPayloads {
    [SEND_MAIL_JOB]: SendMailJobPayload;
  }
}

/**
 * Sends one mail. The mail row is locked and checked first: a mail with `sent_at` is never sent
 * again (a duplicate delivery of the job, or a retry after the send succeeded). `sent_at` is written
 * in the job's transaction right after the server accepted the mail. A failure (server unreachable,
 * refused) throws: the job is retried with backoff (`MAIL_RETRY_ATTEMPTS`, `MAIL_RETRY_BACKOFF_MS`)
 * and after the last attempt shows in `GET /api/jobs/failed`, from where staff can retry it.
 */
@Injectable()
@JobProcessor(SEND_MAIL_JOB)
export class SendMailJob implements JobHandler<typeof SEND_MAIL_JOB> {
  private readonly logger = new Logger(SendMailJob.name);
  readonly retryPolicy: Partial<JobRetryPolicy>;

  constructor(
    private readonly repository: NotificationsRepository,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.retryPolicy = { attempts: config.mailRetryAttempts, backoffMs: config.mailRetryBackoffMs };
  }

  async handle(payload: SendMailJobPayload, { manager }: JobContext): Promise<void> {
    const mail = await this.repository.lockMail(manager, payload.mailId);
    if (!mail) {
      this.logger.warn(`Mail ${payload.mailId} does not exist; nothing to send`);
      return;
    }
    if (mail.sentAt) return;
    const delivery = await this.transport.deliver({
      id: mail.id,
      to: { address: mail.toAddress, name: mail.toName },
      subject: mail.subject,
      text: mail.textBody,
      html: mail.htmlBody,
      language: mail.language,
    });
    // The Clock's time, like the decision dates it is compared with (the appeal period starts from it).
    await this.repository.markSent(
      manager,
      mail.id,
      this.clock.now(),
      delivery.transport,
      delivery.transportId,
    );
  }
}
