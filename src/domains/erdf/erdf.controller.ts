import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { ApiErrors } from '../../kernel/api-errors.js';
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
  ErdfProjectListQueryDto,
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

  @ApiOperation({
    summary: 'Create an ERDF project',
    description:
      'A project of the European Regional Development Fund with its partners, work packages and financing plan.',
  })
  @ApiErrors('ELIGIBILITY_FAILED', 'ALREADY_EXISTS')
  @Post()
  @Idempotent()
  @Auth('staff')
  @ApiCreatedResponse({ type: ErdfProjectView })
  @ApiUnprocessableEntityResponse({ description: 'ELIGIBILITY_FAILED: the financing plan breaks a rule' })
  create(@CurrentUser() actor: Actor, @Body() dto: CreateErdfProjectDto): Promise<ErdfProjectView> {
    return this.erdf.createProject(actor, dto);
  }

  @ApiOperation({
    summary: 'List ERDF projects',
    description: 'The projects you may see; filter by project number.',
  })
  @Get()
  @Auth('staff', 'applicant')
  @ApiOkResponse({ type: ErdfProjectPage, description: 'Staff see all projects, applicants their own' })
  list(@CurrentUser() actor: Actor, @Query() query: ErdfProjectListQueryDto): Promise<ErdfProjectPage> {
    return this.erdf.listProjects(actor, query);
  }

  @ApiOperation({
    summary: 'Get one ERDF project',
    description: 'With its partners, budget lines and financing plan.',
  })
  @Get(':id')
  @Auth('staff', 'applicant')
  @ApiOkResponse({ type: ErdfProjectView, description: READERS })
  get(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ErdfProjectView> {
    return this.erdf.getProject(actor, id);
  }

  @ApiOperation({
    summary: 'List the reporting periods of an ERDF project',
    description: 'The periods for which expenses are declared and claims are made.',
  })
  @Get(':id/periods')
  @Auth('staff', 'applicant')
  @ApiOkResponse({ type: [PeriodView], description: 'The four-month reporting periods' })
  periods(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<PeriodView[]> {
    return this.erdf.periods(actor, id);
  }

  @ApiOperation({
    summary: 'Get the progress report of an ERDF project',
    description: 'Spending per partner and budget line, and the indicators.',
  })
  @Get(':id/report')
  @Auth('staff', 'applicant')
  @ApiOkResponse({ type: ErdfReportView, description: READERS })
  report(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ErdfReportView> {
    return this.reports.forReader(actor, id);
  }

  @ApiOperation({
    summary: 'Declare an expense',
    description: 'A partner declares an expense for a period; the eligibility rules are checked.',
  })
  @ApiErrors('EXPENSE_NOT_ELIGIBLE', 'INVALID_TRANSITION')
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

  @ApiOperation({
    summary: 'List declared expenses',
    description: 'The expenses of a project, with their corrections.',
  })
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

  @ApiOperation({
    summary: 'Correct a declared expense',
    description: 'Adds a correction to an expense (never edits it in place).',
  })
  @ApiErrors('INVALID_TRANSITION', 'EXPENSE_NOT_ELIGIBLE')
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

  @ApiOperation({
    summary: 'Withdraw a declared expense',
    description: 'Takes an expense out of future claims.',
  })
  @ApiErrors('INVALID_TRANSITION')
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

  @ApiOperation({
    summary: 'Create a payment claim',
    description: 'Collects the eligible expenses of a period into a claim.',
  })
  @ApiErrors('ALREADY_EXISTS', 'INVALID_TRANSITION')
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

  @ApiOperation({
    summary: 'List the payment claims of a project',
    description: 'Every claim with its status and amounts.',
  })
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

  @ApiOperation({ summary: 'Get one payment claim', description: 'With its expenses and amounts.' })
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

  @ApiOperation({
    summary: 'Submit a payment claim',
    description: 'Sends the claim to the managing authority; it can no longer change.',
  })
  @ApiErrors('INVALID_TRANSITION', 'DOCUMENT_PENDING')
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

  @ApiOperation({
    summary: 'Mark a payment claim as paid',
    description: 'Records the payment received for a submitted claim.',
  })
  @ApiErrors('INVALID_TRANSITION')
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

  @ApiOperation({
    summary: 'Add an indicator to a project',
    description: 'An output or result indicator with its target.',
  })
  @ApiErrors('ALREADY_EXISTS')
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

  @ApiOperation({ summary: 'Report an indicator value', description: 'The value reached on a date.' })
  @ApiErrors('ALREADY_EXISTS')
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

  @ApiOperation({
    summary: 'List the values of an indicator',
    description: 'Every reported value, oldest first.',
  })
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

  @ApiOperation({
    summary: 'Log a project activity',
    description: 'An event, publication or milestone of the project.',
  })
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

  @ApiOperation({ summary: 'List project activities', description: 'The logged activities of the project.' })
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
