import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { BudgetLedgerService } from './budget-ledger.service.js';
import { DeMinimisController } from './de-minimis.controller.js';
import { DeMinimisService } from './de-minimis.service.js';
import { CallBudgetController, DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';
import { PaymentsController } from './payments.controller.js';
import { PaymentsService } from './payments.service.js';

/**
 * Budgets and state aid: decisions that commit grants against the call budget, the budget ledger,
 * payments and final reports, and de minimis aid per single undertaking.
 */
@Module({
  imports: [OrganisationsModule, ProgrammesModule, ApplicationsModule],
  controllers: [DeMinimisController, DecisionsController, CallBudgetController, PaymentsController],
  providers: [DeMinimisService, BudgetLedgerService, DecisionsService, PaymentsService],
  exports: [DeMinimisService, BudgetLedgerService, DecisionsService, PaymentsService],
})
export class BudgetsModule {}
