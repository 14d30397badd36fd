import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { DeMinimisController } from './de-minimis.controller.js';
import { DeMinimisService } from './de-minimis.service.js';
import { EaidRegisterController } from './eaid-register.controller.js';
import { EaidRegisterService } from './eaid-register.service.js';
import { StateAidRepository } from './state-aid.repository.js';

/** State aid: de minimis aid per single undertaking over a rolling three years. */
@Module({
  imports: [OrganisationsModule],
  controllers: [DeMinimisController, EaidRegisterController],
  providers: [DeMinimisService, EaidRegisterService, StateAidRepository],
  exports: [DeMinimisService, EaidRegisterService],
})
export class StateAidModule {}
