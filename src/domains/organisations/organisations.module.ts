import { Module } from '@nestjs/common';
import { AuthModule } from '../../platform/identity/auth.module.js';
import { EidController } from './eid.controller.js';
import { OrganisationMails } from './organisation-mails.js';
import { OrganisationInvitationsController, OrganisationsController } from './organisations.controller.js';
import { OrganisationsRepository, TeamsRepository } from './organisations.repository.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  imports: [AuthModule],
  controllers: [OrganisationsController, OrganisationInvitationsController, EidController],
  providers: [OrganisationsService, OrganisationsRepository, TeamsRepository, OrganisationMails],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
