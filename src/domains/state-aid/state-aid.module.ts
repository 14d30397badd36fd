import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { DeclaredAidController } from './declared-aid.controller.js';
import { DeclaredAidService } from './declared-aid.service.js';
import { DeMinimisController } from './de-minimis.controller.js';
import { DeMinimisService } from './de-minimis.service.js';
import { EaidRegisterController } from './eaid-register.controller.js';
import { EaidRegisterService } from './eaid-register.service.js';
import { StateAidRepository } from './state-aid.repository.js';

/** State aid: de minimis aid per single undertaking over a rolling three years. */
@Module({
  imports: [OrganisationsModule, ApplicationsModule],
  controllers: [DeMinimisController, EaidRegisterController, DeclaredAidController],
  providers: [DeMinimisService, EaidRegisterService, DeclaredAidService, StateAidRepository],
  exports: [DeMinimisService, EaidRegisterService],
})
export class StateAidModule {}
