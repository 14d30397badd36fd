import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { StateAidModule } from '../state-aid/state-aid.module.js';
import { PaymentsController } from './payments.controller.js';
import { PaymentsRepository } from './payments.repository.js';
import { PaymentsService } from './payments.service.js';

/** Payments of granted subsidies: the advance, final reports and the balance or recovery. */
@Module({
  imports: [ProgrammesModule, ApplicationsModule, DecisionsModule, StateAidModule],
  controllers: [PaymentsController],
  providers: [PaymentsService, PaymentsRepository],
  exports: [PaymentsService],
})
export class PaymentsModule {}
