import { Module } from '@nestjs/common';
import { ErdfClaimsService } from './erdf-claims.service.js';
import { ErdfReportService } from './erdf-report.service.js';
import { ErdfController } from './erdf.controller.js';
import { ErdfRepository } from './erdf.repository.js';
import { ErdfService } from './erdf.service.js';

/** ERDF (EFRO) projects: partners, financing plan, expenses, claims, indicators, activities, report. */
@Module({
  controllers: [ErdfController],
  providers: [ErdfRepository, ErdfService, ErdfClaimsService, ErdfReportService],
  exports: [ErdfService, ErdfClaimsService, ErdfReportService],
})
export class ErdfModule {}
