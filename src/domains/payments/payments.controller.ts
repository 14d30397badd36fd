import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
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

  @Get(':id/payments')
  @Auth('applicant', 'staff', 'admin')
  @ApiOkResponse({ type: PaymentPage })
  list(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<PaymentPage> {
    return this.payments.list(actor, id);
  }

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

  @Get(':id/final-report')
  @Auth('applicant', 'staff', 'admin')
  @ApiOkResponse({ type: FinalReportView })
  getFinalReport(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<FinalReportView> {
    return this.payments.getFinalReport(actor, id);
  }

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
