import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../kernel/actor.js';
import { Clock } from '../../kernel/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { isLegalCategory, NOTIFICATION_CATEGORIES, type NotificationCategory } from './categories.js';
import type {
  NotificationListQueryDto,
  NotificationPage,
  NotificationView,
  PreferencesView,
  UpdatePreferencesDto,
} from './dto/notification.dto.js';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { DomainError } from '../../kernel/errors.js';
import { JobsService } from '../jobs/jobs.service.js';
import { checkMailAddress, headerText } from './mail-address.js';
import { MAIL_LANGUAGES, type MailData, type MailLanguage, MailTemplates } from './mail-templates.js';
import {
  type MailRecipientRow,
  type NotificationRow,
  NotificationsRepository,
} from './notifications.repository.js';
import { SEND_MAIL_JOB } from './send-mail.job.js';

/**
 * A user of the app (address, name and language from their account), a user the caller has loaded
 * already with `recipients` (no second look-up), or an address without an account.
 */
export type MailRecipient =
  { userId: string } | { user: MailUser } | { email: string; language?: MailLanguage; name?: string };

/** A user as a recipient: their account's address, name and language, and their e-mail choice. */
export type MailUser = MailRecipientRow;

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
  /** What the mail is about, e.g. `{ type: 'decision', id }` (shown on the resource, e.g. the decision). */
  resource?: { type: string; id: string };
}

export interface NotifyInput {
  /** The recipients (duplicates are ignored). */
  userIds: string[];
  /** What happened or is due, e.g. `application.submitted`. */
  event: string;
  /** The mail template; its subject is the in-app title. */
  template: string;
  data?: MailData;
  category: NotificationCategory;
  /** Defaults to the category's (decision and correction are legal). */
  legal?: boolean;
  /** The resource in the portal, e.g. `/applications/<id>`. */
  link: string;
  resource: { type: string; id: string };
  /** Once per key and recipient, ever (the recipient's id is appended). */
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async send(manager: EntityManager, input: SendMailInput): Promise<SendMailResult> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('NotificationsService.send must run inside a transaction');
    }
    const recipient = await this.resolve(manager, input.to, input.category);
    const legal = input.legal ?? isLegalCategory(input.category);
    if (
      recipient.user !== null &&
      !legal &&
      !(await this.emailWanted(manager, recipient.user, input.category))
    ) {
      return { id: null, queued: false, skipped: 'opted-out' };
    }
    const link = input.link === undefined ? undefined : this.absoluteLink(input.link);
    const data: MailData = { ...input.data, name: recipient.name ?? '', link: link ?? '' };
    const rendered = await this.templates.render(input.template, recipient.language, data);
    const id = randomUUID();
    // The mail and its sending job in one statement; neither when the dedupe key was used already.
    // (The job's own key names this new mail's id, so it cannot exist yet.)
    const queued = await this.jobs.enqueueWithWrite(
      manager,
      this.repository.insertMailStatement({
        id,
        recipientUserId: recipient.user?.id ?? null,
        toAddress: recipient.address,
        toName: recipient.name,
        language: recipient.language,
        template: input.template,
        category: input.category,
        legal,
        subject: rendered.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
        link: link ?? null,
        dedupeKey: input.dedupeKey ?? null,
        resourceType: input.resource?.type ?? null,
        resourceId: input.resource?.id ?? null,
      }),
      SEND_MAIL_JOB,
      { mailId: id },
      { dedupeKey: `mail:${id}` },
    );
    if (!queued) return { id: null, queued: false, skipped: 'duplicate' };
    return { id, queued: true };
  }

  /**
   * Tells users that something happened or is due: an in-app notification for each (always) and a
   * mail (unless they switched e-mail off for the category and it is not legal). Call it inside the
   * event's transaction. With `dedupeKey`, each recipient gets it once, ever (reminders use a key
   * with the day). Returns the recipients that were notified now.
   */
  async notify(manager: EntityManager, input: NotifyInput): Promise<string[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('NotificationsService.notify must run inside a transaction');
    }
    const legal = input.legal ?? isLegalCategory(input.category);
    const notified: string[] = [];
    // Every recipient and their e-mail choice in one statement; `send` asks for nothing more.
    const users = await this.recipients(manager, input.userIds, input.category);
    for (const userId of [...new Set(input.userIds)]) {
      const user = users.get(userId);
      if (!user) continue;
      const data: MailData = {
        ...input.data,
        name: headerText(user.fullName),
        link: this.absoluteLink(input.link),
      };
      const { subject } = await this.templates.render(input.template, user.language, data);
      const id = randomUUID();
      const dedupeKey = input.dedupeKey === undefined ? null : `${input.dedupeKey}:${userId}`;
      const inserted = await this.repository.insertNotification(manager, {
        id,
        userId,
        event: input.event,
        category: input.category,
        legal,
        title: subject,
        link: input.link,
        resourceType: input.resource.type,
        resourceId: input.resource.id,
        dedupeKey,
        createdAt: this.clock.now(),
      });
      if (!inserted) continue;
      notified.push(userId);
      const mail = await this.send(manager, {
        to: { user },
        template: input.template,
        data: input.data,
        category: input.category,
        legal,
        link: input.link,
        dedupeKey: dedupeKey ?? undefined,
        resource: input.resource,
      });
      if (mail.id) await this.repository.linkMail(manager, id, mail.id);
    }
    return notified;
  }

  /**
   * The users that exist among `userIds`, by id, each with their address, name, language and whether
   * they want e-mail in `category`: one statement for all of them. Pass one as `to: { user }` to
   * `send` (inside the same transaction) and it is not looked up again.
   */
  async recipients(
    manager: EntityManager,
    userIds: readonly string[],
    category: string,
  ): Promise<Map<string, MailUser>> {
    const rows = await this.repository.recipients(manager, [...new Set(userIds)], category);
    return new Map(rows.map((row) => [row.id, row]));
  }

  async list(actor: Actor, query: NotificationListQueryDto): Promise<NotificationPage> {
    const { rows, total, unread } = await this.repository.list(
      this.dataSource.manager,
      actor.id,
      query.unread ?? false,
      query.limit,
      query.offset,
    );
    return { items: rows.map(toView), total, unread };
  }

  async markRead(actor: Actor, id: string): Promise<NotificationView> {
    const row = await this.repository.markRead(this.dataSource.manager, actor.id, id, this.clock.now());
    // Another user's notification is not revealed.
    if (!row) throw DomainError.notFound('Notification', id);
    return toView(row);
  }

  async markAllRead(actor: Actor): Promise<{ updated: number }> {
    return {
      updated: await this.repository.markAllRead(this.dataSource.manager, actor.id, this.clock.now()),
    };
  }

  async preferences(
    actor: Actor,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PreferencesView> {
    const user = await this.repository.recipient(manager, actor.id);
    if (!user) throw DomainError.notFound('User', actor.id);
    const chosen = new Map(
      (await this.repository.preferences(manager, actor.id)).map((p) => [p.category, p.email]),
    );
    return {
      language: user.language,
      categories: NOTIFICATION_CATEGORIES.map((category) => {
        const legal = isLegalCategory(category);
        return { category, legal, email: legal || (chosen.get(category) ?? true) };
      }),
    };
  }

  async updatePreferences(actor: Actor, dto: UpdatePreferencesDto): Promise<PreferencesView> {
    const categories = dto.categories ?? [];
    const seen = new Set<string>();
    categories.forEach((c, i) => {
      if (seen.has(c.category)) throw DomainError.validation(`categories.${i}.category`, 'is listed twice');
      seen.add(c.category);
      if (isLegalCategory(c.category) && !c.email) {
        throw DomainError.validation(
          `categories.${i}.email`,
          `${c.category} notifications are legal notifications: e-mail cannot be switched off`,
        );
      }
    });
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      if (dto.language) await this.repository.setLanguage(manager, actor.id, dto.language);
      for (const c of categories)
        await this.repository.setPreference(manager, actor.id, c.category, c.email, now);
      await this.audit.record(manager, actor, {
        action: 'notification.preferences_changed',
        entity: 'user',
        entityId: actor.id,
        data: { language: dto.language ?? null, categories },
      });
      return this.preferences(actor, manager);
    });
  }

  /** A path in the portal (`/applications/…`) as an absolute link; absolute http(s) links stay. */
  absoluteLink(link: string): string {
    if (/^https?:\/\//.test(link)) return link;
    if (!link.startsWith('/')) throw new Error(`A mail link must be a path starting with / (got "${link}")`);
    return this.config.publicUrl + link;
  }

  /** Whether the user wants e-mail in the category: as loaded with them, else looked up. */
  private async emailWanted(manager: EntityManager, user: MailUser, category: string): Promise<boolean> {
    if (user.emailWanted?.category === category) return user.emailWanted.email;
    return this.repository.emailWanted(manager, user.id, category);
  }

  private async resolve(
    manager: EntityManager,
    to: MailRecipient,
    category: string,
  ): Promise<{ user: MailUser | null; address: string; name: string | null; language: MailLanguage }> {
    if ('userId' in to || 'user' in to) {
      // A user id is looked up with the e-mail choice for this category, in one statement.
      const user =
        'user' in to ? to.user : (await this.repository.recipients(manager, [to.userId], category))[0];
      if (!user) throw DomainError.notFound('User', 'userId' in to ? to.userId : '');
      return {
        user,
        address: checkMailAddress(user.email),
        name: headerText(user.fullName) || null,
        language: user.language,
      };
    }
    const language = to.language ?? 'nl';
    if (!MAIL_LANGUAGES.includes(language)) throw DomainError.validation('to.language', 'must be nl or en');
    const name = to.name === undefined ? null : headerText(to.name) || null;
    return { user: null, address: checkMailAddress(to.email), name, language };
  }
}

function toView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    event: row.event,
    category: row.category,
    legal: row.legal,
    title: row.title,
    link: row.link,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt === null ? null : row.readAt.toISOString(),
  };
}
