import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { brusselsTime } from '../../kernel/clock.js';
import { type MailUser, NotificationsService } from '../../platform/notifications/notifications.service.js';

const ANSWERS = {
  nl: {
    accepted: ['ingestemd', 'Zodra alle partners instemden, kunt u de aanvraag indienen.'],
    declined: ['geweigerd', 'Zolang deze organisatie partner is, kan de aanvraag niet ingediend worden.'],
    withdrawn: [
      'haar instemming ingetrokken',
      'Zolang deze organisatie partner is zonder in te stemmen, kan de aanvraag niet ingediend worden.',
    ],
  },
  en: {
    accepted: ['agreed', 'Once every partner agreed, you can submit the application.'],
    declined: ['declined', 'While this organisation is a partner, the application cannot be submitted.'],
    withdrawn: [
      'withdrawn its consent',
      'While this organisation is a partner without consenting, the application cannot be submitted.',
    ],
  },
} as const;

/**
 * The mails of partner consent (templates/mail: partner-invitation to the invited organisation's
 * members, partner-invitation-address to an address the coordinator gives, partner-answer to the
 * coordinator's members), through the notification channel, in the transaction of the event.
 */
@Injectable()
export class PartnerMails {
  constructor(private readonly notifications: NotificationsService) {}

  async invitation(
    manager: EntityManager,
    mail: {
      user: MailUser;
      coordinatorName: string;
      organisationName: string;
      reference: string;
      title: string;
      invitationId: string;
      applicationId: string;
    },
  ): Promise<void> {
    await this.notifications.send(manager, {
      to: { user: mail.user },
      template: 'partner-invitation',
      data: {
        coordinatorName: mail.coordinatorName,
        organisationName: mail.organisationName,
        reference: mail.reference,
        title: mail.title,
      },
      category: 'application',
      legal: true,
      link: `/applications/${mail.applicationId}/partners`,
      dedupeKey: `partner-invitation:${mail.invitationId}:${mail.user.id}`,
    });
  }

  /** The users among `userIds` with their addresses and choices for these mails, in one statement. */
  recipients(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, MailUser>> {
    return this.notifications.recipients(manager, userIds, 'application');
  }

  async addressInvitation(
    manager: EntityManager,
    mail: {
      to: string;
      language: 'nl' | 'en';
      organisationName: string;
      reference: string;
      title: string;
      token: string;
      expiresAt: Date;
    },
  ): Promise<void> {
    await this.notifications.send(manager, {
      to: { email: mail.to, language: mail.language },
      template: 'partner-invitation-address',
      data: {
        organisationName: mail.organisationName,
        reference: mail.reference,
        title: mail.title,
        expiresAt: brusselsTime(mail.expiresAt, mail.language),
      },
      category: 'application',
      legal: true,
      link: `/invitations/partner?token=${mail.token}`,
    });
  }

  async answer(
    manager: EntityManager,
    mail: {
      /** As loaded by `recipients` (with the e-mail choice for the category of these mails). */
      user: MailUser;
      organisationName: string;
      reference: string;
      title: string;
      applicationId: string;
      answer: 'accepted' | 'declined' | 'withdrawn';
    },
  ): Promise<void> {
    const [answer, consequence] = ANSWERS[mail.user.language][mail.answer];
    await this.notifications.send(manager, {
      // The answer's wording is chosen in the member's language, so the mail is rendered in it too.
      to: { user: mail.user },
      template: 'partner-answer',
      data: {
        organisationName: mail.organisationName,
        reference: mail.reference,
        title: mail.title,
        answer,
        consequence,
      },
      category: 'application',
      link: `/applications/${mail.applicationId}/partners`,
    });
  }
}
