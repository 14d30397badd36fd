import { Module } from '@nestjs/common';
import { DecisionLetterJob } from './decision-letter.job.js';
import { DecisionLetterStore } from './decision-letter.store.js';
import { LetterRenderer } from './letter-renderer.js';
import { LetterTemplates } from './letter-template.js';
import { LettersService } from './letters.service.js';

/**
 * Decision letters: templates, the PDF renderer, the store and the `decision-letter` job.
 * The data of a letter comes from a `DecisionLetterDataLoader` that the decisions module provides
 * under `DECISION_LETTER_DATA_LOADER` (see decision-letter-data.ts).
 */
@Module({
  providers: [
    { provide: LetterTemplates, useFactory: () => new LetterTemplates() },
    DecisionLetterStore,
    LetterRenderer,
    DecisionLetterJob,
    LettersService,
  ],
  exports: [LettersService, DecisionLetterStore, LetterTemplates],
})
export class LettersModule {}
