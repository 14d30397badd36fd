import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CalendarDate, Cents, MAX_CENTS, Trim } from '../../../kernel/dto.js';
import { PageOf, PageQueryDto } from '../../../kernel/pagination.js';
import { EXPENSE_CATEGORIES, type ExpenseCategory } from '../eligibility.js';
import { ACTIVITY_KINDS, type ActivityKind, CLAIM_STATUSES, type ClaimStatus } from '../erdf.entity.js';
import { INDICATOR_KINDS, type IndicatorKind } from '../indicators.js';

// ---------------------------------------------------------------- requests

export class ErdfPartnerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId: string;

  @Cents({ example: 25_000_000, description: 'The partner budget in the project, in cents' })
  budgetCents: number;
}

export class FinancingDto {
  @ApiProperty({ example: 40, description: 'ERDF share in %, at most 40' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  erdfRatePct: number;

  @ApiProperty({ example: 40, description: 'Provincial or Flemish co-financing in %' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  provinceRatePct: number;

  @ApiProperty({ example: 20, description: 'Own contribution of the promoters in %, at least 15' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  ownContributionRatePct: number;
}

export class CreateErdfProjectDto {
  @ApiProperty({ example: '1161' })
  @Trim()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9./-]{0,29}$/, {
    message: 'projectNumber must be 1–30 letters, digits, dots, slashes or dashes',
  })
  projectNumber: string;

  @ApiProperty({ example: 'Internationalization of Flemish SMEs, scale-ups and start-ups in MedTech' })
  @Trim()
  @IsString()
  @Length(1, 300)
  title: string;

  @CalendarDate({ example: '2017-06-01' })
  startDate: string;

  @CalendarDate({ example: '2019-05-31' })
  endDate: string;

  @ApiProperty({ format: 'uuid', description: 'Must also be listed among the partners, with its budget' })
  @IsUUID()
  coordinatorOrganisationId: string;

  @ApiProperty({ type: [ErdfPartnerDto], description: 'Every partner, the coordinator included' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ErdfPartnerDto)
  partners: ErdfPartnerDto[];

  @ApiProperty({ type: FinancingDto })
  @ValidateNested()
  @Type(() => FinancingDto)
  financing: FinancingDto;

  @Cents({
    optional: true,
    example: 20_000_000,
    description:
      'The ERDF amount approved for the project, at most the ERDF rate of the total budget (the default)',
  })
  erdfApprovedCents?: number;

  @ApiPropertyOptional({
    default: true,
    description:
      'Whether the 15 % office flat rate applies (default); while it does, office_admin expenses are refused',
  })
  @IsOptional()
  @IsBoolean()
  officeFlatRate?: boolean;

  @ApiPropertyOptional({
    default: false,
    description:
      'Demo data: the budgets, expenses, claims and indicator values are invented (shown in reports)',
  })
  @IsOptional()
  @IsBoolean()
  demo?: boolean;
}

export class CreateExpenseDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  partnerOrganisationId: string;

  @ApiProperty({
    enum: EXPENSE_CATEGORIES,
    description: 'An unknown category is answered with 422 EXPENSE_NOT_ELIGIBLE (rule category_known)',
  })
  @IsString()
  @Length(1, 50)
  category: string;

  @Cents({ example: 1_250_000, description: 'Positive; lower an expense with a correction instead', min: 1 })
  amountCents: number;

  @CalendarDate({ example: '2018-03-15' })
  incurredOn: string;

  @CalendarDate({ example: '2018-04-10' })
  paidOn: string;

  @ApiProperty({ example: 'Salary costs project coordinator, March 2018' })
  @Trim()
  @IsString()
  @Length(1, 500)
  description: string;

  @ApiProperty({ example: 'INV-2018-0042' })
  @Trim()
  @IsString()
  @Length(1, 100)
  invoiceRef: string;
}

export class CreateCorrectionDto {
  @Cents({
    example: -25_000,
    description: 'Change to the corrected expense, usually negative (credit note); never below zero in net',
    min: -MAX_CENTS,
  })
  amountCents: number;

  @CalendarDate({ example: '2018-05-02' })
  incurredOn: string;

  @CalendarDate({ example: '2018-05-02' })
  paidOn: string;

  @ApiProperty({ example: 'Credit note: travel refund' })
  @Trim()
  @IsString()
  @Length(1, 500)
  description: string;

  @ApiProperty({ example: 'CN-2018-0007' })
  @Trim()
  @IsString()
  @Length(1, 100)
  invoiceRef: string;
}

export class WithdrawExpenseDto {
  @ApiProperty({ example: 'Booked on the wrong project' })
  @Trim()
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class ErdfProjectListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '1161', description: 'Finds the project with this number' })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9./-]{0,29}$/, {
    message: 'projectNumber must be 1–30 letters, digits, dots, slashes or dashes',
  })
  projectNumber?: string;
}

export class ExpenseListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  partnerOrganisationId?: string;
}

export class CreateClaimDto {
  @CalendarDate({
    example: '2018-02-01',
    description: 'Omit both dates to claim the next reporting period after the last claim',
    optional: true,
  })
  periodFrom?: string;

  @CalendarDate({ example: '2018-05-31', optional: true })
  periodTo?: string;
}

export class SubmitClaimDto {
  @CalendarDate({
    example: '2017-10-20',
    description:
      'The day the payment request was submitted: on or after the end of the claim period, not in the future, and by 2024-07-31 (the last day for payment requests of the 2014–2020 programme)',
  })
  submittedOn: string;
}

export class MarkClaimPaidDto {
  @CalendarDate({ example: '2018-08-20', description: 'Not before the submission, not in the future' })
  paidOn: string;

  @Cents({
    example: 781_233,
    description:
      'Amount received. Less than what is still due records a partial payment (status partially_paid); more is 422 PAYMENT_EXCEEDS_GRANT',
  })
  paidCents: number;
}

export class CreateIndicatorDto {
  @ApiProperty({ example: 'O1' })
  @Trim()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/, {
    message: 'code must be 1–30 letters, digits, dots, dashes or underscores',
  })
  code: string;

  @ApiProperty({ example: 'Companies receiving non-financial support' })
  @Trim()
  @IsString()
  @Length(1, 300)
  name: string;

  @ApiProperty({ enum: INDICATOR_KINDS })
  @IsIn(INDICATOR_KINDS)
  kind: IndicatorKind;

  @ApiProperty({ example: 'companies' })
  @Trim()
  @IsString()
  @Length(1, 50)
  unit: string;

  @ApiProperty({ example: 60 })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(999_999_999_999)
  target: number;
}

export class CreateIndicatorValueDto {
  @CalendarDate({ example: '2018-09-30' })
  on: string;

  @ApiProperty({
    example: 12,
    description: 'Output: what was added on that date; result/impact: the measurement',
  })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(-999_999_999_999)
  @Max(999_999_999_999)
  value: number;

  @ApiPropertyOptional({ example: 'Participants of the matchmaking in Leuven' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class CreateActivityDto {
  @ApiProperty({ enum: ACTIVITY_KINDS })
  @IsIn(ACTIVITY_KINDS)
  kind: ActivityKind;

  @ApiProperty({ example: 'Life-on-Chip – The Road from Idea to Reality' })
  @Trim()
  @IsString()
  @Length(1, 300)
  title: string;

  @CalendarDate({ example: '2019-02-12' })
  startDate: string;

  @CalendarDate({ example: '2019-02-12', optional: true })
  endDate?: string;

  @ApiProperty({ example: 'Leuven' })
  @Trim()
  @IsString()
  @Length(1, 200)
  place: string;

  @ApiPropertyOptional({ example: 143 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  participants?: number;

  @ApiPropertyOptional({ type: [String], example: ['O1'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  indicatorCodes?: string[];
}

// ---------------------------------------------------------------- views

export class FinancingView {
  @ApiProperty() erdfRatePct: number;
  @ApiProperty() provinceRatePct: number;
  @ApiProperty() ownContributionRatePct: number;
}

export class ErdfPartnerView {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() name: string;
  @ApiProperty() budgetCents: number;
}

export class PeriodView {
  @ApiProperty() number: number;
  @ApiProperty({ example: '2017-06-01' }) from: string;
  @ApiProperty({ example: '2017-09-30' }) to: string;
}

export class ErdfProjectView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() projectNumber: string;
  @ApiProperty() title: string;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
  @ApiProperty({ format: 'uuid' }) coordinatorOrganisationId: string;
  @ApiProperty({ type: FinancingView }) financing: FinancingView;
  @ApiProperty({ type: [ErdfPartnerView] }) partners: ErdfPartnerView[];
  @ApiProperty({ description: 'Sum of the partner budgets' }) budgetCents: number;
  @ApiProperty({ description: 'The most ERDF the project may receive over all its claims' })
  erdfApprovedCents: number;
  @ApiProperty({ description: 'Whether the 15 % office flat rate applies' }) officeFlatRate: boolean;
  @ApiProperty({ description: 'Demo data: invented budgets, expenses, claims and indicator values' })
  demo: boolean;
  @ApiProperty({ type: [PeriodView], description: 'Reporting periods of four months from the start' })
  periods: PeriodView[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ErdfProjectPage extends PageOf(ErdfProjectView) {}

export class ExpenseView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty({ format: 'uuid' }) partnerOrganisationId: string;
  @ApiProperty({ enum: EXPENSE_CATEGORIES }) category: ExpenseCategory;
  @ApiProperty() amountCents: number;
  @ApiProperty() incurredOn: string;
  @ApiProperty() paidOn: string;
  @ApiProperty() description: string;
  @ApiProperty() invoiceRef: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) correctsExpenseId: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) withdrawnAt: string | null;
  @ApiProperty({ nullable: true, type: String }) withdrawnReason: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The claim it is in' })
  claimId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ExpensePage extends PageOf(ExpenseView) {}

export class ClaimFiguresView {
  @ApiProperty({ description: 'Claimed expenses, corrections included' }) expensesCents: number;
  @ApiProperty({ description: 'Direct staff costs among them' }) staffCents: number;
  @ApiProperty({ description: '15 % office flat rate on the staff costs' }) flatRateCents: number;
  @ApiProperty({ description: 'expensesCents + flatRateCents' }) eligibleCents: number;
  @ApiProperty({ description: 'ERDF rate × eligibleCents, rounded down per partner, kept under the caps' })
  erdfCents: number;
  @ApiProperty({
    description:
      'ERDF the rate would give above the partner cap (rate × budget) or the approved project amount: not claimed',
  })
  erdfCappedCents: number;
}

export class ClaimPaymentView {
  @ApiProperty() paidOn: string;
  @ApiProperty() amountCents: number;
}

export class ClaimPartnerView extends ClaimFiguresView {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() name: string;
}

export class ClaimView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty({ description: '1, 2, … per project' }) number: number;
  @ApiProperty() periodFrom: string;
  @ApiProperty() periodTo: string;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: ClaimStatus;
  @ApiProperty() erdfRatePct: number;
  @ApiProperty({ type: ClaimFiguresView }) totals: ClaimFiguresView;
  @ApiProperty({ type: [ClaimPartnerView] }) partners: ClaimPartnerView[];
  @ApiProperty({ description: 'Number of expenses in the claim' }) expenseCount: number;
  @ApiProperty() createdOn: string;
  @ApiProperty({ nullable: true, type: String }) submittedOn: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Payment due at most 3 months after submission' })
  dueBy: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Date of the last payment' }) paidOn:
    string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Sum of the payments' }) paidCents: number | null;
  @ApiProperty({ type: [ClaimPaymentView], description: 'Every payment received, in date order' })
  payments: ClaimPaymentView[];
}

export class ClaimDetailView extends ClaimView {
  @ApiProperty({ type: [String], description: 'Ids of the claimed expenses' }) expenseIds: string[];
}

export class ClaimPage extends PageOf(ClaimView) {}

export class IndicatorView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: INDICATOR_KINDS }) kind: IndicatorKind;
  @ApiProperty() unit: string;
  @ApiProperty() target: number;
}

export class IndicatorValueView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() indicatorCode: string;
  @ApiProperty() on: string;
  @ApiProperty() value: number;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
}

export class ActivityView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ACTIVITY_KINDS }) kind: ActivityKind;
  @ApiProperty() title: string;
  @ApiProperty() startDate: string;
  @ApiProperty({ nullable: true, type: String }) endDate: string | null;
  @ApiProperty() place: string;
  @ApiProperty({ nullable: true, type: Number }) participants: number | null;
  @ApiProperty({ type: [String] }) indicatorCodes: string[];
}

export class ActivityPage extends PageOf(ActivityView) {}

export class ReportCategoryView {
  @ApiProperty({ enum: EXPENSE_CATEGORIES }) category: ExpenseCategory;
  @ApiProperty({ description: 'Expenses not withdrawn, corrections included' }) spentCents: number;
  @ApiProperty({ description: 'Of which in a claim' }) claimedCents: number;
}

export class ReportPartnerView {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Partner budget (not split by category)' }) budgetCents: number;
  @ApiProperty() spentCents: number;
  @ApiProperty() claimedCents: number;
  @ApiProperty({ description: 'budgetCents − spentCents, never below 0' }) remainingCents: number;
  @ApiProperty({
    description: 'spentCents − budgetCents when above the budget: costs accepted, not claimable',
  })
  notClaimableCents: number;
  @ApiProperty({ description: 'Office flat rate in the claims' }) flatRateClaimedCents: number;
  @ApiProperty({ description: 'ERDF amount in the claims' }) erdfClaimedCents: number;
  @ApiProperty({ description: 'The most ERDF the partner may receive: ERDF rate × budget' })
  erdfCapCents: number;
  @ApiProperty({ description: 'erdfCapCents − erdfClaimedCents' }) erdfRemainingCents: number;
  @ApiProperty({ type: [ReportCategoryView], description: 'Only categories with expenses' })
  categories: ReportCategoryView[];
}

export class ReportTotalsView {
  @ApiProperty() budgetCents: number;
  @ApiProperty() spentCents: number;
  @ApiProperty() claimedCents: number;
  @ApiProperty() remainingCents: number;
  @ApiProperty() notClaimableCents: number;
  @ApiProperty() flatRateClaimedCents: number;
  @ApiProperty() erdfClaimedCents: number;
  @ApiProperty({ description: 'The approved ERDF amount of the project' }) erdfApprovedCents: number;
  @ApiProperty({ description: 'erdfApprovedCents − erdfClaimedCents' }) erdfRemainingCents: number;
  @ApiProperty({ description: 'ERDF received on paid claims' }) erdfPaidCents: number;
}

export class ReportIndicatorView {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: INDICATOR_KINDS }) kind: IndicatorKind;
  @ApiProperty() unit: string;
  @ApiProperty() target: number;
  @ApiProperty({ description: 'Output: sum of the values; result/impact: the latest value' })
  achieved: number;
  @ApiProperty({ nullable: true, type: Number, description: 'achieved / target in %, one decimal' })
  achievedPct: number | null;
  @ApiProperty({ description: 'Activities linked to the indicator' }) activityCount: number;
}

export class ErdfReportView {
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty() projectNumber: string;
  @ApiProperty() title: string;
  @ApiProperty({
    description: 'Demo data: the budgets, expenses, claims and indicator values are invented',
  })
  demo: boolean;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
  @ApiProperty({ type: FinancingView }) financing: FinancingView;
  @ApiProperty({ type: [ReportPartnerView] }) partners: ReportPartnerView[];
  @ApiProperty({ type: ReportTotalsView }) totals: ReportTotalsView;
  @ApiProperty({ type: [ClaimView] }) claims: ClaimView[];
  @ApiProperty({ type: [ReportIndicatorView] }) indicators: ReportIndicatorView[];
}
