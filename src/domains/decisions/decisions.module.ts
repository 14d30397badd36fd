import { DecisionNoticeRepository } from './decision-notice.repository.js';
import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { StateAidModule } from '../state-aid/state-aid.module.js';
import { BudgetLedgerRepository } from './budget-ledger.repository.js';
import { BudgetLedgerService } from './budget-ledger.service.js';
import { CallBudgetController, DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';
import { DecisionsRepository } from './decisions.repository.js';
import { SignatoryRegister } from './signatories.js';
import { EVALUATION_SOURCE } from './evaluation-source.js';
import { RankingEvaluationSource } from './ranking-evaluation.source.js';

/**
 * Decisions: approving or refusing an application within the grant rules, committing the grant
 * against the call's budget ledger (which cannot overspend), and requesting the decision letter.
 */
@Module({
  imports: [ProgrammesModule, ApplicationsModule, ReviewsModule, StateAidModule],
  controllers: [DecisionsController, CallBudgetController],
  providers: [
    DecisionNoticeRepository,
    BudgetLedgerService,
    BudgetLedgerRepository,
    DecisionsService,
    DecisionsRepository,
    { provide: SignatoryRegister, useFactory: () => new SignatoryRegister() },
    // The evaluation result a decision cites: the call's ranking.
    { provide: EVALUATION_SOURCE, useClass: RankingEvaluationSource },
  ],
  exports: [BudgetLedgerService, DecisionsService, DecisionNoticeRepository],
})
export class DecisionsModule {}
