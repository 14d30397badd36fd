import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { brusselsTime } from '../../kernel/clock.js';
import { NotificationsService } from '../../platform/notifications/notifications.service.js';

const ROLE_NAMES = {
  nl: { administrator: 'beheerder', member: 'lid' },
  en: { administrator: 'administrator', member: 'member' },
} as const;

/** The mails of teams (an invitation to join an organisation), through the notification channel. */
@Injectable()
export class OrganisationMails {
  constructor(private readonly notifications: NotificationsService) {}

  async organisationInvitation(
    manager: EntityManager,
    mail: {
      to: string;
      language: 'nl' | 'en';
      organisationName: string;
      enterpriseNumber: string;
      role: 'administrator' | 'member';
      token: string;
      expiresAt: Date;
    },
  ): Promise<void> {
    await this.notifications.send(manager, {
      to: { email: mail.to, language: mail.language },
      template: 'organisation-invitation',
      data: {
        organisationName: mail.organisationName,
        enterpriseNumber: mail.enterpriseNumber,
        role: ROLE_NAMES[mail.language][mail.role],
        expiresAt: brusselsTime(mail.expiresAt, mail.language),
      },
      category: 'organisation',
      legal: true,
      link: `/invitations/organisation?token=${mail.token}`,
    });
  }
}
