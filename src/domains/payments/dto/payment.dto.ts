import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsBelgianIban } from '../../../kernel/validators.js';
import { DECIDING_BODIES, type DecidingBody } from '../../decisions/decision.entity.js';
import { Cents, Trim } from '../../../kernel/dto.js';
import { PageOf } from '../../../kernel/pagination.js';
import {
  COST_CATEGORIES,
  type CostCategory,
  SETTLEMENT_RULES,
  type SettlementRule,
} from '../../programmes/programme-rules.js';
import { FINAL_REPORT_STATUSES, type FinalReportStatus } from '../payment.entity.js';
import { PAYMENT_KINDS, type PaymentKind } from '../payments.js';

export class CreatePaymentDto {
  @ApiProperty({ enum: PAYMENT_KINDS })
  @IsIn(PAYMENT_KINDS)
  kind: PaymentKind;

  @Cents({
    description:
      'advance: defaults to the programme advancePaymentPct of the grant (rounded down to the cent). balance: the whole remainder of the final grant (if given, it must be that).',
    optional: true,
    min: 1,
  })
  amountCents?: number;

  @ApiProperty({
    example: 'BE68 5390 0754 7034',
    description: 'The IBAN the money is paid to (Belgian, valid check digits); kept with the payment',
  })
  @IsBelgianIban()
  payeeIban: string;
}

export class AcceptFinalReportDto {
  @ApiProperty({
    example: 2,
    description: 'The version of the final report staff reviewed; 409 VERSION_CONFLICT when it changed since',
  })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version: number;

  @ApiPropertyOptional({
    enum: DECIDING_BODIES,
    default: 'deputatie',
    description:
      'When the final report lowers the grant, that is a new decision with its own letter: who decides it ' +
      '(the deputation, or an official under a delegation, then delegationReference)',
  })
  @IsOptional()
  @IsIn(DECIDING_BODIES)
  decidingBody?: DecidingBody;

  @ApiPropertyOptional({
    example: 'DEP-2025-0142',
    description: 'The delegation act (for delegated_official)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  delegationReference?: string;

  @ApiPropertyOptional({
    example: '2029-04-20',
    description: 'The date of the decision on the final grant (default today); never after today',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'decidedOn must be YYYY-MM-DD' })
  decidedOn?: string;

  @ApiPropertyOptional({
    example: '2029/00317',
    description: 'The number of the decision on the final grant (assigned when absent)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 60)
  decisionNumber?: string;
}

export class PaymentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ enum: PAYMENT_KINDS }) kind: PaymentKind;
  @ApiProperty() amountCents: number;
  @ApiProperty({ example: '2026-11-20' }) paidOn: string;
  @ApiProperty({ nullable: true, type: String, description: 'The IBAN paid to (normalised, no spaces)' })
  payeeIban: string | null;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PaymentPage extends PageOf(PaymentView) {
  @ApiProperty({ description: 'The grant as it stands (final grant once the final report is accepted)' })
  grantCents: number;
  @ApiProperty({ description: 'Net amount paid (payments − recoveries)' }) paidCents: number;
  @ApiProperty({ description: 'Amount recovered after a lowered grant' }) recoveredCents: number;
  @ApiProperty({ description: 'grantCents − paidCents' }) remainingCents: number;
}

export class FinalReportCostDto {
  @ApiProperty({ format: 'uuid', description: 'A partner of the application' })
  @IsUUID()
  organisationId: string;

  @ApiProperty({ enum: COST_CATEGORIES })
  @IsIn(COST_CATEGORIES)
  category: CostCategory;

  @ApiProperty({ example: 'Onderzoeker 0,5 VTE, 24 maanden' })
  @Trim()
  @IsString()
  @Length(1, 500)
  description: string;

  @Cents({ example: 9_500_000, description: 'Actual cost, integer euro cents' })
  amountCents: number;
}

export class SubmitFinalReportDto {
  @ApiProperty({
    example: 'Het prototype is gevalideerd in UZ Leuven.',
    description: 'What the project achieved',
  })
  @Trim()
  @IsString()
  @Length(1, 10_000)
  summary: string;

  @ApiProperty({ type: [FinalReportCostDto], description: 'Actual costs per partner and category' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => FinalReportCostDto)
  costs: FinalReportCostDto[];
}

export class FinalReportCostView {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ enum: COST_CATEGORIES }) category: string;
  @ApiProperty() description: string;
  @ApiProperty() amountCents: number;
  @ApiProperty({ description: 'Whether the category is eligible under the programme' }) eligible: boolean;
}

export class FinalReportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ enum: FINAL_REPORT_STATUSES }) status: FinalReportStatus;
  @ApiProperty({ description: 'Raised at every correction; name it when accepting' }) version: number;
  @ApiProperty({ enum: SETTLEMENT_RULES, description: "The programme's settlement rule" })
  settlement: SettlementRule;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [FinalReportCostView] }) costs: FinalReportCostView[];
  @ApiProperty() totalCostsCents: number;
  @ApiProperty() eligibleCostsCents: number;
  @ApiProperty({ description: 'The grant as decided' }) grantedCents: number;
  @ApiProperty({
    description:
      'What the grant becomes on acceptance: proportional = min(granted, ⌊granted × actual eligible ÷ eligible at the decision⌋); rate_cap = min(granted, ⌊max rate × actual eligible⌋, max grant)',
  })
  finalGrantCents: number;
  @ApiProperty({ description: 'granted − final grant, returned to the call budget on acceptance' })
  decommitCents: number;
  @ApiProperty({ description: 'Paid above the final grant, to be paid back' }) recoverCents: number;
  @ApiProperty({ description: 'What the balance payment will be' }) balanceCents: number;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) acceptedAt: string | null;
}
