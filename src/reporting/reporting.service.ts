import { Injectable, type StreamableFile } from '@nestjs/common';
import type { ErdfReportView } from '../erdf/dto/erdf.dto.js';
import { ErdfReportService } from '../erdf/erdf-report.service.js';
import type { ErdfReportQueryDto } from './dto/report.dto.js';
import { erdfReportSections } from './erdf-report.sections.js';
import { downloadFile, toCsv, toXlsx } from './export.js';

/**
 * Reports for provincial staff. The figures are aggregated in SQL (here, or in the service of the
 * domain that owns them, such as the ERDF report); the exports are pure functions of the result.
 */
@Injectable()
export class ReportingService {
  constructor(private readonly erdfReports: ErdfReportService) {}

  /** The ERDF project report as JSON, or as a CSV (one table) or XLSX (every table) download. */
  async erdf(projectId: string, query: ErdfReportQueryDto): Promise<ErdfReportView | StreamableFile> {
    const report = await this.erdfReports.build(projectId);
    if (query.format === 'json') return report;
    const sections = erdfReportSections(report);
    const base = `erdf-report-${report.projectNumber}`;
    if (query.format === 'csv')
      return downloadFile(toCsv(sections[query.section]), `${base}-${query.section}`, 'csv');
    const workbook = await toXlsx(Object.values(sections), {
      title: `EFRO-project ${report.projectNumber}: ${report.title}`,
    });
    return downloadFile(workbook, base, 'xlsx');
  }
}
