import { DecisionsModule } from '../decisions/decisions.module.js';
import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { DECISION_LETTER_DATA_LOADER } from './decision-letter-data.js';
import { DecisionLetterDataLoaderImpl } from './decision-letter-data.loader.js';
import { DecisionLetterJob } from './decision-letter.job.js';
import { DecisionLetterStore } from './decision-letter.store.js';
import { DecisionLettersController } from './decision-letters.controller.js';
import { DecisionLettersService } from './decision-letters.service.js';
import { LetterRenderer } from './letter-renderer.js';
import { LetterTemplates } from './letter-template.js';
import { LettersRepository } from './letters.repository.js';
import { LettersService } from './letters.service.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { SubmissionReceiptController } from './submission-receipt.controller.js';
import { SubmissionReceiptService } from './submission-receipt.service.js';

/**
 * Decision letters, all of them: the data of a letter (one query), templates, the PDF renderer, the
 * store, the `decision-letter` job that answers a decision's request, and the download and
 * regeneration routes.
 */
@Module({
  imports: [ApplicationsModule, ProgrammesModule, DecisionsModule],
  controllers: [DecisionLettersController, SubmissionReceiptController],
  providers: [
    { provide: LetterTemplates, useFactory: () => new LetterTemplates() },
    { provide: DECISION_LETTER_DATA_LOADER, useClass: DecisionLetterDataLoaderImpl },
    LettersRepository,
    DecisionLetterStore,
    LetterRenderer,
    DecisionLetterJob,
    LettersService,
    DecisionLettersService,
    SubmissionReceiptService,
  ],
  exports: [LettersService, DecisionLetterStore, LetterTemplates],
})
export class LettersModule {}
