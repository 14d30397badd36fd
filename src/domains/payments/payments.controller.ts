import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { ApiErrors } from '../../kernel/api-errors.js';
import { Idempotent } from '../../platform/idempotency/idempotency.interceptor.js';
import {
  AcceptFinalReportDto,
  CreatePaymentDto,
  FinalReportView,
  PaymentPage,
  PaymentView,
  SubmitFinalReportDto,
} from './dto/payment.dto.js';
import { PaymentsService } from './payments.service.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('payments')
@Controller('applications')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @ApiOperation({
    summary: 'Pay an instalment',
    description: 'Pays an advance or the balance of a granted application; never more than the grant.',
  })
  @ApiErrors('INVALID_TRANSITION', 'PAYMENT_EXCEEDS_GRANT', 'ALREADY_EXISTS')
  @Post(':id/payments')
  @Auth('staff')
  @Idempotent()
  @ApiCreatedResponse({
    type: PaymentView,
    description:
      'advance (default: the programme advancePaymentPct of the grant) or balance (after the accepted final report; closes the application). 422 PAYMENT_EXCEEDS_GRANT above the grant',
  })
  pay(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreatePaymentDto,
  ): Promise<PaymentView> {
    return this.payments.pay(actor, id, dto);
  }

  @ApiOperation({
    summary: 'List the payments of an application',
    description: 'Every payment made, with its kind and amount.',
  })
  @Get(':id/payments')
  @Auth('applicant', 'staff', 'admin')
  @ApiOkResponse({ type: PaymentPage })
  list(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<PaymentPage> {
    return this.payments.list(actor, id);
  }

  @ApiOperation({
    summary: 'Submit the final report',
    description: 'The coordinator reports the costs actually made; the balance is computed from it.',
  })
  @ApiErrors('ALREADY_SUBMITTED', 'INVALID_TRANSITION')
  @Post(':id/final-report')
  @Auth('applicant', 'staff')
  @Idempotent()
  @HttpCode(200)
  @ApiOkResponse({
    type: FinalReportView,
    description:
      'The coordinator reports the actual costs per partner and category; it can be corrected until staff accept it',
  })
  submitFinalReport(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SubmitFinalReportDto,
  ): Promise<FinalReportView> {
    return this.payments.submitFinalReport(actor, id, dto);
  }

  @ApiOperation({
    summary: 'Get the final report',
    description: 'The reported costs and the computed balance.',
  })
  @Get(':id/final-report')
  @Auth('applicant', 'staff', 'admin')
  @ApiOkResponse({ type: FinalReportView })
  getFinalReport(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<FinalReportView> {
    return this.payments.getFinalReport(actor, id);
  }

  @ApiOperation({
    summary: 'Accept the final report',
    description: 'Staff accept the report; the balance can then be paid.',
  })
  @ApiErrors('INVALID_TRANSITION')
  @Post(':id/final-report/accept')
  @Auth('staff')
  @Idempotent()
  @HttpCode(200)
  @ApiOkResponse({
    type: FinalReportView,
    description:
      "Names the version reviewed (409 VERSION_CONFLICT when it changed since); not before the project's end date. Fixes the final grant under the programme's settlement rule, de-commits the difference, books any amount to recover and lowers the recorded de minimis aid; closes the application when nothing is left to pay",
  })
  acceptFinalReport(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AcceptFinalReportDto,
  ): Promise<FinalReportView> {
    return this.payments.acceptFinalReport(actor, id, dto);
  }
}
