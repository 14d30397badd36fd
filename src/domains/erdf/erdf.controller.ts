import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { Idempotent } from '../../platform/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../../kernel/pagination.js';
import {
  ActivityPage,
  ActivityView,
  ClaimDetailView,
  ClaimPage,
  CreateActivityDto,
  CreateClaimDto,
  CreateCorrectionDto,
  CreateErdfProjectDto,
  CreateExpenseDto,
  CreateIndicatorDto,
  CreateIndicatorValueDto,
  ErdfProjectPage,
  ErdfProjectView,
  ErdfReportView,
  ExpenseListQueryDto,
  ExpensePage,
  ExpenseView,
  IndicatorValueView,
  IndicatorView,
  MarkClaimPaidDto,
  PeriodView,
  SubmitClaimDto,
  WithdrawExpenseDto,
} from './dto/erdf.dto.js';
import { ErdfClaimsService } from './erdf-claims.service.js';
import { ErdfReportService } from './erdf-report.service.js';
import { ErdfService } from './erdf.service.js';
import type { Actor } from '../../kernel/actor.js';

const READERS = 'Staff, and applicants who are members of a partner organisation';

/** ERDF projects are a staff tool: staff write; members of partner organisations may read their project. */
@ApiTags('erdf-projects')
@Controller('erdf-projects')
export class ErdfController {
  constructor(
    private readonly erdf: ErdfService,
    private readonly claims: ErdfClaimsService,
    private readonly reports: ErdfReportService,
  ) {}

  @Post()
  @Idempotent()
  @Auth('staff')
  @ApiCreatedResponse({ type: ErdfProjectView })
  @ApiUnprocessableEntityResponse({ description: 'ELIGIBILITY_FAILED: the financing plan breaks a rule' })
  create(@CurrentUser() actor: Actor, @Body() dto: CreateErdfProjectDto): Promise<ErdfProjectView> {
    return this.erdf.createProject(actor, dto);
  }

  @Get()
  @Auth('staff', 'applicant')
  @ApiOkResponse({ type: ErdfProjectPage, description: 'Staff see all projects, applicants their own' })
  list(@CurrentUser() actor: Actor, @Query() query: PageQueryDto): Promise<ErdfProjectPage> {
    return this.erdf.listProjects(actor, query);
  }

  @Get(':id')
  @Auth('staff', 'applicant')
  @ApiOkResponse({ type: ErdfProjectView, description: READERS })
  get(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ErdfProjectView> {
    return this.erdf.getProject(actor, id);
  }

  @Get(':id/periods')
  @Auth('staff', 'applicant')
  @ApiOkResponse({ type: [PeriodView], description: 'The four-month reporting periods' })
  periods(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<PeriodView[]> {
    return this.erdf.periods(actor, id);
  }

  @Get(':id/report')
  @Auth('staff', 'applicant')
  @ApiOkResponse({ type: ErdfReportView, description: READERS })
  report(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ErdfReportView> {
    return this.reports.forReader(actor, id);
  }

  @Post(':id/expenses')
  @Idempotent()
  @Auth('staff')
  @ApiCreatedResponse({ type: ExpenseView })
  @ApiUnprocessableEntityResponse({ description: 'EXPENSE_NOT_ELIGIBLE with details [{ rule, message }]' })
  addExpense(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateExpenseDto,
  ): Promise<ExpenseView> {
    return this.erdf.addExpense(actor, id, dto);
  }

  @Get(':id/expenses')
  @Auth('staff', 'applicant')
  @ApiOkResponse({ type: ExpensePage, description: READERS })
  expenses(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ExpenseListQueryDto,
  ): Promise<ExpensePage> {
    return this.erdf.listExpenses(actor, id, query);
  }

  @Post(':id/expenses/:expenseId/corrections')
  @Idempotent()
  @Auth('staff')
  @ApiCreatedResponse({ type: ExpenseView, description: 'A new expense row that corrects the original' })
  correct(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('expenseId', ParseUUIDPipe) expenseId: string,
    @Body() dto: CreateCorrectionDto,
  ): Promise<ExpenseView> {
    return this.erdf.correctExpense(actor, id, expenseId, dto);
  }

  @Post(':id/expenses/:expenseId/withdraw')
  @Idempotent()
  @HttpCode(200)
  @Auth('staff')
  @ApiOkResponse({
    type: ExpenseView,
    description: 'Only an expense in no claim (else 409 INVALID_TRANSITION)',
  })
  withdraw(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('expenseId', ParseUUIDPipe) expenseId: string,
    @Body() dto: WithdrawExpenseDto,
  ): Promise<ExpenseView> {
    return this.erdf.withdrawExpense(actor, id, expenseId, dto);
  }

  @Post(':id/claims')
  @Idempotent()
  @Auth('staff')
  @ApiCreatedResponse({
    type: ClaimDetailView,
    description: 'Unclaimed expenses paid in the period; 409 ALREADY_EXISTS when there are none',
  })
  createClaim(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateClaimDto,
  ): Promise<ClaimDetailView> {
    return this.claims.create(actor, id, dto);
  }

  @Get(':id/claims')
  @Auth('staff', 'applicant')
  @ApiOkResponse({ type: ClaimPage, description: READERS })
  listClaims(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<ClaimPage> {
    return this.claims.list(actor, id, query);
  }

  @Get(':id/claims/:claimId')
  @Auth('staff', 'applicant')
  @ApiOkResponse({ type: ClaimDetailView, description: READERS })
  getClaim(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('claimId', ParseUUIDPipe) claimId: string,
  ): Promise<ClaimDetailView> {
    return this.claims.get(actor, id, claimId);
  }

  @Post(':id/claims/:claimId/submit')
  @Idempotent()
  @HttpCode(200)
  @Auth('staff')
  @ApiOkResponse({
    type: ClaimDetailView,
    description: 'draft → submitted on submittedOn (may be in the past); dueBy is 3 months later',
  })
  submitClaim(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('claimId', ParseUUIDPipe) claimId: string,
    @Body() dto: SubmitClaimDto,
  ): Promise<ClaimDetailView> {
    return this.claims.submit(actor, id, claimId, dto);
  }

  @Post(':id/claims/:claimId/paid')
  @Idempotent()
  @HttpCode(200)
  @Auth('staff')
  @ApiOkResponse({
    type: ClaimDetailView,
    description:
      'Records a payment: submitted → partially_paid → paid; above the claimed ERDF is 422 PAYMENT_EXCEEDS_GRANT',
  })
  markPaid(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('claimId', ParseUUIDPipe) claimId: string,
    @Body() dto: MarkClaimPaidDto,
  ): Promise<ClaimDetailView> {
    return this.claims.markPaid(actor, id, claimId, dto);
  }

  @Post(':id/indicators')
  @Idempotent()
  @Auth('staff')
  @ApiCreatedResponse({ type: IndicatorView })
  addIndicator(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateIndicatorDto,
  ): Promise<IndicatorView> {
    return this.erdf.addIndicator(actor, id, dto);
  }

  @Post(':id/indicators/:code/values')
  @Idempotent()
  @Auth('staff')
  @ApiCreatedResponse({ type: IndicatorValueView })
  addIndicatorValue(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('code') code: string,
    @Body() dto: CreateIndicatorValueDto,
  ): Promise<IndicatorValueView> {
    return this.erdf.addIndicatorValue(actor, id, code, dto);
  }

  @Get(':id/indicators/:code/values')
  @Auth('staff', 'applicant')
  @ApiOkResponse({ type: [IndicatorValueView], description: READERS })
  indicatorValues(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('code') code: string,
  ): Promise<IndicatorValueView[]> {
    return this.erdf.listIndicatorValues(actor, id, code);
  }

  @Post(':id/activities')
  @Idempotent()
  @Auth('staff')
  @ApiCreatedResponse({ type: ActivityView })
  addActivity(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateActivityDto,
  ): Promise<ActivityView> {
    return this.erdf.addActivity(actor, id, dto);
  }

  @Get(':id/activities')
  @Auth('staff', 'applicant')
  @ApiOkResponse({ type: ActivityPage, description: READERS })
  activities(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<ActivityPage> {
    return this.erdf.listActivities(actor, id, query);
  }
}
