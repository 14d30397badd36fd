import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { ApiErrors } from '../../kernel/api-errors.js';
import { Idempotent } from '../../platform/idempotency/idempotency.interceptor.js';
import { ApplicationsService } from './applications.service.js';
import {
  ApplicationListQueryDto,
  ApplicationPage,
  ApplicationView,
  CreateApplicationDto,
  ScreeningDto,
  SimulateApplicationDto,
  SimulationView,
  UpdateApplicationDto,
  WithdrawDto,
} from './dto/application.dto.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @ApiOperation({
    summary: 'Create a draft application',
    description:
      'Starts an application for a call, with its consortium and costs. You must be a member of the coordinating organisation.',
  })
  @ApiErrors('ALREADY_EXISTS', 'CALL_CLOSED')
  @Post()
  @Idempotent()
  @Auth('applicant')
  @ApiCreatedResponse({
    type: ApplicationView,
    description: 'A draft; you must be a member of the coordinator',
  })
  create(@CurrentUser() actor: Actor, @Body() dto: CreateApplicationDto): Promise<ApplicationView> {
    return this.applications.create(actor, dto);
  }

  @ApiOperation({
    summary: 'List applications',
    description:
      'Applicants see the applications of their organisations; staff and admins see all. Filter by call or status.',
  })
  @Get()
  @Auth('applicant', 'staff', 'admin')
  @ApiOkResponse({ type: ApplicationPage, description: "Applicants see their organisations' applications" })
  list(@CurrentUser() actor: Actor, @Query() query: ApplicationListQueryDto): Promise<ApplicationPage> {
    return this.applications.list(actor, query);
  }

  @ApiOperation({
    summary: 'Get one application',
    description: 'With the live eligibility verdict and the computed figures.',
  })
  @Get(':id')
  @Auth('applicant', 'staff', 'admin')
  @ApiOkResponse({ type: ApplicationView, description: 'With the live eligibility verdict and figures' })
  get(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ApplicationView> {
    return this.applications.get(actor, id);
  }

  @ApiOperation({
    summary: 'Change a draft application',
    description:
      'Replaces the given fields (partners replaces the whole consortium). Only while draft or returned.',
  })
  @ApiErrors('INVALID_TRANSITION')
  @Patch(':id')
  @Auth('applicant')
  @ApiOkResponse({ type: ApplicationView, description: 'Only while draft or returned (else 409)' })
  update(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateApplicationDto,
  ): Promise<ApplicationView> {
    return this.applications.update(actor, id, dto);
  }

  @ApiOperation({
    summary: 'Submit an application',
    description: 'Checks eligibility and the call window, then freezes a snapshot of the application.',
  })
  @ApiErrors('INVALID_TRANSITION', 'CALL_CLOSED', 'ELIGIBILITY_FAILED')
  @Post(':id/submit')
  @Idempotent()
  @HttpCode(200)
  @Auth('applicant')
  @ApiOkResponse({ type: ApplicationView, description: '409 CALL_CLOSED, 422 ELIGIBILITY_FAILED' })
  submit(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ApplicationView> {
    return this.applications.submit(actor, id);
  }

  @ApiOperation({
    summary: 'Withdraw an application',
    description: 'Possible any time before a decision; the reason is kept in the audit trail.',
  })
  @ApiErrors('INVALID_TRANSITION')
  @Post(':id/withdraw')
  @Idempotent()
  @HttpCode(200)
  @Auth('applicant', 'staff', 'admin')
  @ApiOkResponse({ type: ApplicationView, description: 'Any time before a decision' })
  withdraw(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: WithdrawDto,
  ): Promise<ApplicationView> {
    return this.applications.withdraw(actor, id, dto);
  }

  @ApiOperation({
    summary: 'Record the admissibility screening',
    description: 'Staff mark a submitted application admissible, or return or reject it with a reason.',
  })
  @ApiErrors('INVALID_TRANSITION')
  @Post(':id/screening')
  @Idempotent()
  @HttpCode(200)
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: ApplicationView, description: 'Only from submitted' })
  screen(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ScreeningDto,
  ): Promise<ApplicationView> {
    return this.applications.screen(actor, id, dto);
  }
}

@ApiTags('calls')
@Controller('calls')
export class CallSimulationController {
  constructor(private readonly applications: ApplicationsService) {}

  @ApiOperation({
    summary: 'Simulate an application',
    description: 'Computes eligibility and the grant for an application body without saving anything.',
  })
  @Post(':id/simulate')
  @HttpCode(200)
  @Auth('applicant', 'staff', 'admin')
  @ApiOkResponse({
    type: SimulationView,
    description: 'Eligibility and figures of a draft, without saving it',
  })
  simulate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SimulateApplicationDto,
  ): Promise<SimulationView> {
    return this.applications.simulate(id, dto);
  }
}
