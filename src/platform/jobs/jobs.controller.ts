import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { ApiErrors } from '../../kernel/api-errors.js';
import { PageQueryDto } from '../../kernel/pagination.js';
import { FailedJobPage, FailedJobView, JobIdParams } from './dto/jobs.dto.js';
import { JobsService } from './jobs.service.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @ApiOperation({
    summary: 'List failed background jobs',
    description: 'Jobs that failed after their retries, with the error.',
  })
  @Get('failed')
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: FailedJobPage, description: 'Jobs that failed on every attempt, newest first' })
  failed(@Query() query: PageQueryDto): Promise<FailedJobPage> {
    return this.jobs.listFailed(query);
  }

  @ApiOperation({ summary: 'Retry a failed job', description: 'Hands a failed job to the queue again.' })
  @ApiErrors('INVALID_TRANSITION')
  @Post(':id/retry')
  @HttpCode(200)
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: FailedJobView, description: 'The job is queued again with fresh attempts' })
  retry(@CurrentUser() user: Actor, @Param() params: JobIdParams): Promise<FailedJobView> {
    return this.jobs.retry(user, params.id);
  }
}
