import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { ApiErrors } from '../../kernel/api-errors.js';
import { Idempotent } from '../../platform/idempotency/idempotency.interceptor.js';
import { BudgetLedgerService } from './budget-ledger.service.js';
import { DecisionsService } from './decisions.service.js';
import { BudgetView, LedgerPage, LedgerQueryDto } from './dto/budget.dto.js';
import { DecideDto, DecisionView } from './dto/decision.dto.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('decisions')
@Controller('applications')
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  @ApiOperation({
    summary: 'Decide on an application',
    description:
      'Approves (with the granted amount) or rejects a reviewed application; books the budget and requests the decision letter.',
  })
  @ApiErrors(
    'INVALID_TRANSITION',
    'BUDGET_EXCEEDED',
    'ELIGIBILITY_FAILED',
    'DE_MINIMIS_EXCEEDED',
    'ALREADY_EXISTS',
  )
  @Post(':id/decision')
  @Auth('staff')
  @Idempotent()
  @ApiCreatedResponse({
    type: DecisionView,
    description:
      'Approves (committing grantedCents against the call budget: 422 BUDGET_EXCEEDED, DE_MINIMIS_EXCEEDED, ELIGIBILITY_FAILED above the limits) or rejects an application under review; 409 when it was decided already',
  })
  decide(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DecideDto,
  ): Promise<DecisionView> {
    return this.decisions.decide(actor, id, dto);
  }

  @Post(':id/decision/acceptance')
  @Auth('applicant')
  @Idempotent()
  @ApiOperation({
    summary: 'Accept the grant (coordinator)',
    description:
      'The coordinator accepts the granted subsidy, as the decision letter asks; audited. The advance (any payment) can only be paid after it. Accepting twice changes nothing; 409 for a refusal.',
  })
  @ApiCreatedResponse({ type: DecisionView })
  accept(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<DecisionView> {
    return this.decisions.accept(actor, id);
  }

  @ApiOperation({
    summary: 'Get the decision on an application',
    description: 'The decision, its amount and its reasons.',
  })
  @Get(':id/decision')
  @Auth('applicant', 'staff', 'admin')
  @ApiOkResponse({ type: DecisionView })
  get(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<DecisionView> {
    return this.decisions.get(actor, id);
  }
}

@ApiTags('budgets')
@Controller('calls')
export class CallBudgetController {
  constructor(private readonly ledger: BudgetLedgerService) {}

  @ApiOperation({
    summary: 'Get the budget of a call',
    description: 'Committed, paid and remaining amounts of the call, from the budget ledger.',
  })
  @Get(':id/budget')
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: BudgetView, description: 'Derived from the call budget ledger' })
  budget(@Param('id', ParseUUIDPipe) id: string): Promise<BudgetView> {
    return this.ledger.figures(id);
  }

  @ApiOperation({
    summary: 'List the budget ledger of a call',
    description: 'Every commitment, release and payment booked against the call.',
  })
  @Get(':id/budget/ledger')
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: LedgerPage, description: 'The ledger entries of the call, oldest first' })
  entries(@Param('id', ParseUUIDPipe) id: string, @Query() query: LedgerQueryDto): Promise<LedgerPage> {
    return this.ledger.entries(id, query);
  }
}
