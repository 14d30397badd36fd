import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { FinalReportDocumentsController } from './final-report-documents.controller.js';
import { FinalReportDocumentsService } from './final-report-documents.service.js';
import { StateAidModule } from '../state-aid/state-aid.module.js';
import { PaymentsController } from './payments.controller.js';
import { PaymentsRepository } from './payments.repository.js';
import { PaymentsService } from './payments.service.js';

/** Payments of granted subsidies: the advance, final reports and the balance or recovery. */
@Module({
  imports: [ProgrammesModule, ApplicationsModule, DecisionsModule, StateAidModule],
  controllers: [PaymentsController, FinalReportDocumentsController],
  providers: [PaymentsService, PaymentsRepository, FinalReportDocumentsService],
  exports: [PaymentsService],
})
export class PaymentsModule {}
