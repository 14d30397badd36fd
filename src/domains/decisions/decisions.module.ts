import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { LettersModule } from '../letters/letters.module.js';
import { DECISION_LETTER_DATA_LOADER } from '../letters/decision-letter-data.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { BudgetLedgerService } from './budget-ledger.service.js';
import { DecisionLetterDataLoaderImpl } from '../letters/decision-letter-data.loader.js';
import { DecisionLettersController } from '../letters/decision-letters.controller.js';
import { DecisionLettersService } from '../letters/decision-letters.service.js';
import { DeMinimisController } from '../state-aid/de-minimis.controller.js';
import { DeMinimisService } from '../state-aid/de-minimis.service.js';
import { CallBudgetController, DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';
import { EVALUATION_SOURCE } from './evaluation-source.js';
import { PaymentsController } from '../payments/payments.controller.js';
import { PaymentsService } from '../payments/payments.service.js';
import { RankingEvaluationSource } from './ranking-evaluation.source.js';

/**
 * Budgets and state aid: decisions that commit grants against the call budget, the budget ledger,
 * payments and final reports, the data and download of decision letters, and de minimis aid per
 * single undertaking.
 */
@Module({
  imports: [OrganisationsModule, ProgrammesModule, ApplicationsModule, ReviewsModule, LettersModule],
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
    // The evaluation result a decision cites: the call's ranking.
    { provide: EVALUATION_SOURCE, useClass: RankingEvaluationSource },
  ],
  exports: [DeMinimisService, BudgetLedgerService, DecisionsService, PaymentsService],
})
export class BudgetsModule {}
