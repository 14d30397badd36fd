import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { DomainError } from '../../kernel/errors.js';
import { JobsService } from '../jobs/jobs.service.js';
import { checkMailAddress, headerText } from './mail-address.js';
import { MAIL_LANGUAGES, type MailData, type MailLanguage, MailTemplates } from './mail-templates.js';
import { NotificationsRepository } from './notifications.repository.js';
import { SEND_MAIL_JOB } from './send-mail.job.js';

/** A user of the app (address, name and language from their account), or an address without one. */
export type MailRecipient = { userId: string } | { email: string; language?: MailLanguage; name?: string };

export interface SendMailInput {
  to: MailRecipient;
  /** `templates/mail/<template>.<language>.txt` (and optional `.html`). */
  template: string;
  /** The template's `{{placeholders}}`. `name` (the recipient) and `link` (absolute) are added. */
  data?: MailData;
  /** What the mail is about, e.g. `application`, `account`; users switch e-mail per category. */
  category: string;
  /** A legal notification (decision, return for correction): sent whatever the user's preferences. */
  legal?: boolean;
  /** The page in the portal the mail is about, e.g. `/applications/<id>`; made absolute with PUBLIC_URL. */
  link?: string;
  /** At most one mail per key, ever (e.g. `reminder:<event>:<user>:<day>`). */
  dedupeKey?: string;
}

export interface SendMailResult {
  /** The mail's id, or null when nothing was queued. */
  id: string | null;
  queued: boolean;
  /** Why nothing was queued. */
  skipped?: 'duplicate' | 'opted-out';
}

/**
 * The e-mail channel. Call `send` inside the transaction of the event that causes the mail: the
 * mail (rendered) and its `mail.send` job commit with the event or not at all, and the job sends it
 * afterwards, retried with backoff, never twice. See this folder's README.
 */
@Injectable()
export class NotificationsService {
  private readonly templates = new MailTemplates();

  constructor(
    private readonly repository: NotificationsRepository,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(manager: EntityManager, input: SendMailInput): Promise<SendMailResult> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('NotificationsService.send must run inside a transaction');
    }
    const recipient = await this.resolve(manager, input.to);
    const link = input.link === undefined ? undefined : this.absoluteLink(input.link);
    const data: MailData = { ...input.data, name: recipient.name ?? '', link: link ?? '' };
    const rendered = await this.templates.render(input.template, recipient.language, data);
    const id = randomUUID();
    const inserted = await this.repository.insertMail(manager, {
      id,
      recipientUserId: recipient.userId,
      toAddress: recipient.address,
      toName: recipient.name,
      language: recipient.language,
      template: input.template,
      category: input.category,
      legal: input.legal ?? false,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      link: link ?? null,
      dedupeKey: input.dedupeKey ?? null,
    });
    if (!inserted) return { id: null, queued: false, skipped: 'duplicate' };
    await this.jobs.enqueue(manager, SEND_MAIL_JOB, { mailId: id }, { dedupeKey: `mail:${id}` });
    return { id, queued: true };
  }

  /** A path in the portal (`/applications/…`) as an absolute link; absolute http(s) links stay. */
  absoluteLink(link: string): string {
    if (/^https?:\/\//.test(link)) return link;
    if (!link.startsWith('/')) throw new Error(`A mail link must be a path starting with / (got "${link}")`);
    return this.config.publicUrl + link;
  }

  private async resolve(
    manager: EntityManager,
    to: MailRecipient,
  ): Promise<{ userId: string | null; address: string; name: string | null; language: MailLanguage }> {
    if ('userId' in to) {
      const user = await this.repository.recipient(manager, to.userId);
      if (!user) throw DomainError.notFound('User', to.userId);
      return {
        userId: user.id,
        address: checkMailAddress(user.email),
        name: headerText(user.fullName) || null,
        language: user.language,
      };
    }
    const language = to.language ?? 'nl';
    if (!MAIL_LANGUAGES.includes(language)) throw DomainError.validation('to.language', 'must be nl or en');
    const name = to.name === undefined ? null : headerText(to.name) || null;
    return { userId: null, address: checkMailAddress(to.email), name, language };
  }
}
