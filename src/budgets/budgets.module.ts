import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { LettersModule } from '../letters/letters.module.js';
import { DECISION_LETTER_DATA_LOADER } from '../letters/decision-letter-data.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { BudgetLedgerService } from './budget-ledger.service.js';
import { DecisionLetterDataLoaderImpl } from './decision-letter-data.loader.js';
import { DecisionLettersController } from './decision-letters.controller.js';
import { DecisionLettersService } from './decision-letters.service.js';
import { DeMinimisController } from './de-minimis.controller.js';
import { DeMinimisService } from './de-minimis.service.js';
import { CallBudgetController, DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';
import { PaymentsController } from './payments.controller.js';
import { PaymentsService } from './payments.service.js';

/**
 * Budgets and state aid: decisions that commit grants against the call budget, the budget ledger,
 * payments and final reports, the data and download of decision letters, and de minimis aid per
 * single undertaking.
 */
@Module({
  imports: [OrganisationsModule, ProgrammesModule, ApplicationsModule, LettersModule],
  controllers: [
    DeMinimisController,
    DecisionsController,
    CallBudgetController,
    PaymentsController,
    DecisionLettersController,
  ],
  providers: [
    DeMinimisService,
    BudgetLedgerService,
    DecisionsService,
    PaymentsService,
    DecisionLettersService,
    // The data of decision letters, for the letters job (see src/letters/decision-letter-data.ts).
    { provide: DECISION_LETTER_DATA_LOADER, useClass: DecisionLetterDataLoaderImpl },
  ],
  exports: [DeMinimisService, BudgetLedgerService, DecisionsService, PaymentsService],
})
export class BudgetsModule {}
