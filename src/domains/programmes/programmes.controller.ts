import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser, Public } from '../../kernel/auth.decorators.js';
import { ApiErrors } from '../../kernel/api-errors.js';
import { Idempotent } from '../../platform/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../../kernel/pagination.js';
import {
  CallListQueryDto,
  CallPage,
  CallView,
  CreateCallDto,
  CreateProgrammeDto,
  ExtendCallDto,
  ProgrammePage,
  ProgrammeView,
  UpdateCallDto,
  UpdateProgrammeDto,
} from './dto/programme.dto.js';
import { ProgrammesService } from './programmes.service.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @ApiOperation({
    summary: 'Create a programme',
    description: 'A subsidy programme with its rules (rates, ceilings, eligibility).',
  })
  @ApiErrors('ALREADY_EXISTS')
  @Post()
  @Idempotent()
  @Auth('staff', 'admin')
  @ApiCreatedResponse({
    type: ProgrammeView,
    description: 'Rules left out take the innovation-subsidy defaults',
  })
  create(@CurrentUser() actor: Actor, @Body() dto: CreateProgrammeDto): Promise<ProgrammeView> {
    return this.programmes.createProgramme(actor, dto);
  }

  @ApiOperation({ summary: 'List programmes', description: 'Every programme.' })
  @Get()
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOkResponse({ type: ProgrammePage })
  list(@Query() query: PageQueryDto): Promise<ProgrammePage> {
    return this.programmes.listProgrammes(query);
  }

  @ApiOperation({ summary: 'Get one programme', description: 'With its rules.' })
  @Get(':id')
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOkResponse({ type: ProgrammeView })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ProgrammeView> {
    return this.programmes.getProgramme(id);
  }

  @ApiOperation({
    summary: "Change a programme's names, legal basis or rules",
    description:
      'The name and English name may always change. The aid basis, legal basis, legal citations and ' +
      'rules only while no application in a call of the programme has left draft (`rulesEditable`): ' +
      'submitted applications were checked, ranked and decided against the rules in force (409 ' +
      'INVALID_TRANSITION with the number of submitted applications). `rules` is merged onto the current ' +
      'rules and validated as at creation (the rate without an SME at most the rate with one). Drafts ' +
      'see changed rules at once in the calculator and eligibility check. One transaction on the ' +
      "programme's locked row; audited as `programme.updated` with old and new values of what changed.",
  })
  @ApiErrors('INVALID_TRANSITION')
  @Patch(':id')
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: ProgrammeView })
  update(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateProgrammeDto,
  ): Promise<ProgrammeView> {
    return this.programmes.updateProgramme(actor, id, dto);
  }
}

@ApiTags('calls')
@Controller('calls')
export class CallsController {
  constructor(private readonly programmes: ProgrammesService) {}

  @ApiOperation({
    summary: 'Open a call for proposals',
    description: 'A call of a programme with its budget, window and review criteria.',
  })
  @ApiErrors('ALREADY_EXISTS')
  @Post()
  @Idempotent()
  @Auth('staff', 'admin')
  @ApiCreatedResponse({ type: CallView })
  create(@CurrentUser() actor: Actor, @Body() dto: CreateCallDto): Promise<CallView> {
    return this.programmes.createCall(actor, dto);
  }

  @ApiOperation({
    summary: 'List calls for proposals',
    description: 'Open calls are public (`?status=open` needs no account); other calls need an account.',
  })
  @ApiErrors('UNAUTHENTICATED')
  @Get()
  @Public()
  @ApiOkResponse({
    type: CallPage,
    description: '`status` (upcoming, open, closed) is computed from the window',
  })
  list(@CurrentUser() actor: Actor | undefined, @Query() query: CallListQueryDto): Promise<CallPage> {
    return this.programmes.listCalls(query, actor);
  }

  @ApiOperation({ summary: 'Get one call', description: 'Its budget, window, status and criteria.' })
  @Get(':id')
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOkResponse({ type: CallView })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CallView> {
    return this.programmes.getCall(id);
  }

  @ApiOperation({
    summary: "Change a call's texts, budget, planning or criteria",
    description:
      'Title, English title, description, whether reviews may start while the call is open, the budget ' +
      '(never below what the call has committed: 422 BUDGET_EXCEEDED), the review deadline (not before ' +
      'the closing day), the opening moment (only while the call has not opened, before it closes: 409 ' +
      'INVALID_TRANSITION) and the criteria (only while no evaluator is assigned in the call: 409 ' +
      "INVALID_TRANSITION). One transaction on the call's locked row; audited with old and new values.",
  })
  @ApiErrors('INVALID_TRANSITION', 'BUDGET_EXCEEDED')
  @Patch(':id')
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: CallView })
  update(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCallDto,
  ): Promise<CallView> {
    return this.programmes.updateCall(actor, id, dto);
  }

  @ApiOperation({
    summary: "Extend a call's closing day",
    description:
      'A later closing day, while the call has not closed (409 CALL_CLOSED after); the call closes at ' +
      'the end of that day, Brussels time. Audited with the reason.',
  })
  @ApiErrors('CALL_CLOSED')
  @Post(':id/extension')
  @HttpCode(200)
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: CallView })
  extend(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ExtendCallDto,
  ): Promise<CallView> {
    return this.programmes.extendCall(actor, id, dto);
  }
}
