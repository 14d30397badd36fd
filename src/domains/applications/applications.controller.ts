import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
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

  @Get()
  @Auth('applicant', 'staff', 'admin')
  @ApiOkResponse({ type: ApplicationPage, description: "Applicants see their organisations' applications" })
  list(@CurrentUser() actor: Actor, @Query() query: ApplicationListQueryDto): Promise<ApplicationPage> {
    return this.applications.list(actor, query);
  }

  @Get(':id')
  @Auth('applicant', 'staff', 'admin')
  @ApiOkResponse({ type: ApplicationView, description: 'With the live eligibility verdict and figures' })
  get(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ApplicationView> {
    return this.applications.get(actor, id);
  }

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

  @Post(':id/submit')
  @Idempotent()
  @HttpCode(200)
  @Auth('applicant')
  @ApiOkResponse({ type: ApplicationView, description: '409 CALL_CLOSED, 422 ELIGIBILITY_FAILED' })
  submit(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ApplicationView> {
    return this.applications.submit(actor, id);
  }

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
