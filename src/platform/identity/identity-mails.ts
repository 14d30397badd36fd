import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { brusselsTime } from '../../kernel/clock.js';
import { NotificationsService } from '../notifications/notifications.service.js';

/**
 * The mails of the account lifecycle (templates/mail: email-verification, account-exists,
 * password-reset), sent through the notification channel in the caller's transaction: a mail exists
 * exactly when its token does. They are security mails (`legal: true`): no preference switches them off.
 */
@Injectable()
export class IdentityMails {
  constructor(private readonly notifications: NotificationsService) {}

  async verifyEmail(manager: EntityManager, mail: { userId: string; token: string }): Promise<void> {
    await this.notifications.send(manager, {
      to: { userId: mail.userId },
      template: 'email-verification',
      category: 'account',
      legal: true,
      link: `/verify-email?token=${mail.token}`,
    });
  }

  /** To the owner of an address someone tried to register again (the API answered as for a new one). */
  async accountExists(manager: EntityManager, mail: { userId: string; day: string }): Promise<void> {
    await this.notifications.send(manager, {
      to: { userId: mail.userId },
      template: 'account-exists',
      category: 'account',
      legal: true,
      link: '/login',
      dedupeKey: `account-exists:${mail.userId}:${mail.day}`,
    });
  }

  async resetPassword(
    manager: EntityManager,
    mail: { userId: string; token: string; expiresAt: Date; language: 'nl' | 'en' },
  ): Promise<void> {
    await this.notifications.send(manager, {
      to: { userId: mail.userId },
      template: 'password-reset',
      data: { expiresAt: brusselsTime(mail.expiresAt, mail.language) },
      category: 'account',
      legal: true,
      link: `/reset-password?token=${mail.token}`,
    });
  }
}
