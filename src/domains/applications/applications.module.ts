import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ApplicationDocumentsController } from './application-documents.controller.js';
import { ApplicationDocumentsService } from './application-documents.service.js';
import { ApplicationsController, CallSimulationController } from './applications.controller.js';
import { ApplicationNotifications } from './application-notifications.js';
import { ApplicationsRepository } from './applications.repository.js';
import { ApplicationsService } from './applications.service.js';
import { PartnerConsentRepository } from './partner-consent.repository.js';
import { PartnerConsentService } from './partner-consent.service.js';
import { PartnerInvitationsController } from './partner-invitations.controller.js';
import { PartnerMails } from './partner-mails.js';

@Module({
  imports: [OrganisationsModule, ProgrammesModule],
  controllers: [
    ApplicationsController,
    CallSimulationController,
    ApplicationDocumentsController,
    PartnerInvitationsController,
  ],
  providers: [
    ApplicationsService,
    ApplicationsRepository,
    ApplicationNotifications,
    ApplicationDocumentsService,
    PartnerConsentService,
    PartnerConsentRepository,
    PartnerMails,
  ],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
