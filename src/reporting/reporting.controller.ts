import { Controller, Get, Param, ParseUUIDPipe, Query, type StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorators.js';
import { ErdfReportView } from '../erdf/dto/erdf.dto.js';
import { ErdfReportQueryDto } from './dto/report.dto.js';
import { CONTENT_TYPES } from './export.js';
import { ReportingService } from './reporting.service.js';

@ApiTags('reports')
@Controller('reports')
export class ReportingController {
  constructor(private readonly reports: ReportingService) {}

  @Get('erdf/:id')
  @Auth('staff', 'admin')
  @ApiProduces('application/json', CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  @ApiOkResponse({
    type: ErdfReportView,
    description:
      'Per partner and cost category: budget, spent, claimed; the claims; the indicators. ' +
      '`format=csv` downloads one table (`section`), `format=xlsx` a workbook with all of them.',
  })
  erdf(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ErdfReportQueryDto,
  ): Promise<ErdfReportView | StreamableFile> {
    return this.reports.erdf(id, query);
  }
}
