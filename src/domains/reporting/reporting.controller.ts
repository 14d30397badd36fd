import { Controller, Get, Param, ParseUUIDPipe, Query, type StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiNotFoundResponse } from '@nestjs/swagger';
import { Auth } from '../../kernel/auth.decorators.js';
import { ErdfReportView } from '../erdf/dto/erdf.dto.js';
import {
  BudgetReportQueryDto,
  BudgetReportView,
  ErdfReportQueryDto,
  ThreeSixtyGivingPackageView,
  ThreeSixtyGivingQueryDto,
} from './dto/report.dto.js';
import { CONTENT_TYPES } from './export.js';
import { ReportingService } from './reporting.service.js';

@ApiTags('reports')
@Controller('reports')
export class ReportingController {
  constructor(private readonly reports: ReportingService) {}

  @ApiOperation({
    summary: 'Report the budget',
    description: 'Committed, paid and remaining amounts per programme and call, as JSON, CSV or PDF.',
  })
  @Get('budget')
  @Auth('staff', 'admin')
  @ApiProduces('application/json', CONTENT_TYPES.csv, CONTENT_TYPES.xlsx, CONTENT_TYPES.pdf)
  @ApiOkResponse({
    type: BudgetReportView,
    description:
      'Per call of the year: budget, committed, paid, available (from the budget ledger), applications by ' +
      'status, per cluster count/requested/granted, success rate and median days to decision, with totals. ' +
      '`format=csv` downloads one table (`section`), `xlsx` a workbook with all of them, `pdf` the report ' +
      'for the deputation.',
  })
  budget(@Query() query: BudgetReportQueryDto): Promise<BudgetReportView | StreamableFile> {
    return this.reports.budget(query);
  }

  @ApiOperation({
    summary: 'Report an ERDF project',
    description: 'The progress report of one project, as JSON, CSV or PDF.',
  })
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

  @ApiOperation({
    summary: 'Export grants as 360Giving',
    description: 'The decided grants in the 360Giving data standard.',
  })
  @Get('360giving')
  @Auth('staff', 'admin')
  @ApiOkResponse({
    type: ThreeSixtyGivingPackageView,
    description:
      'The grants awarded (decided) in the year as a 360Giving Data Standard package, ready to publish ' +
      'as open data.',
  })
  @ApiNotFoundResponse({
    description: '`NOT_FOUND`: no grants were awarded in the year (an empty package is not valid 360Giving).',
  })
  threeSixtyGiving(@Query() query: ThreeSixtyGivingQueryDto): Promise<ThreeSixtyGivingPackageView> {
    return this.reports.threeSixtyGiving(query.year);
  }
}
