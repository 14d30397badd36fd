import { Module } from '@nestjs/common';
import { ErdfClaimsService } from './erdf-claims.service.js';
import { ErdfClaimDocumentsController, ErdfExpenseDocumentsController } from './erdf-documents.controller.js';
import { ErdfClaimDocuments, ErdfExpenseDocuments } from './erdf-documents.service.js';
import { ErdfReportService } from './erdf-report.service.js';
import { ErdfController } from './erdf.controller.js';
import { ErdfRepository } from './erdf.repository.js';
import { ErdfService } from './erdf.service.js';

/** ERDF (EFRO) projects: partners, financing plan, expenses, claims, indicators, activities, report. */
@Module({
  controllers: [ErdfController, ErdfExpenseDocumentsController, ErdfClaimDocumentsController],
  providers: [
    ErdfRepository,
    ErdfService,
    ErdfClaimsService,
    ErdfReportService,
    ErdfExpenseDocuments,
    ErdfClaimDocuments,
  ],
  exports: [ErdfService, ErdfClaimsService, ErdfReportService, ErdfExpenseDocuments],
})
export class ErdfModule {}
