import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessService } from '../../platform/access/access.service.js';
import { formatMoment } from '../../platform/notifications/mail-format.js';
import { NotificationsService } from '../../platform/notifications/notifications.service.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import type { Call } from '../programmes/programme.entity.js';
import type { Application } from './application.entity.js';
import type { ApplicationStatus } from './state-machine.js';

/**
 * Tells the coordinator's members what happened to their application, in the transaction of the
 * transition: submitted (a receipt: reference and time), returned for correction (legal, with the
 * reason), screened admissible or inadmissible (with the reason).
 */
@Injectable()
export class ApplicationNotifications {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly access: AccessService,
    private readonly programmes: ProgrammesService,
  ) {}

  /** `call`: the application's call, if the caller has read it in this transaction already. */
  async transitioned(
    manager: EntityManager,
    application: Application,
    to: ApplicationStatus,
    call?: Pick<Call, 'title'>,
  ): Promise<void> {
    const event = EVENTS[to];
    if (!event) return;
    const userIds = await this.access.coordinatorMembers(manager, application.id);
    if (userIds.length === 0) return;
    const data: Record<string, string> = {
      reference: application.reference,
      title: application.title,
      reason: application.screeningReason ?? '—',
    };
    if (to === 'submitted') {
      data.callName = (call ?? (await this.programmes.findCall(application.callId, manager)).call).title;
      data.submittedAt = formatMoment(application.submittedAt ?? new Date(0));
      data.receiptPath = `/api/applications/${application.id}/submission.pdf`;
    }
    await this.notifications.notify(manager, {
      userIds,
      event: `application.${to}`,
      template: event.template,
      data,
      category: event.category,
      link: `/applications/${application.id}`,
      resource: { type: 'application', id: application.id },
    });
  }
}

const EVENTS: Partial<
  Record<ApplicationStatus, { template: string; category: 'application' | 'correction' }>
> = {
  submitted: { template: 'application-submitted', category: 'application' },
  returned: { template: 'application-returned', category: 'correction' },
  admissible: { template: 'application-admissible', category: 'application' },
  inadmissible: { template: 'application-inadmissible', category: 'application' },
};
