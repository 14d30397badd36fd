import { IsCalendarDate } from '../../../kernel/validators.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LEGAL_CITATION_KINDS, type LegalCitationKind } from '../legal-basis.js';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
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
import { Cents, Trim } from '../../../kernel/dto.js';
import { PageOf, PageQueryDto } from '../../../kernel/pagination.js';
import {
  AID_BASES,
  type AidBasis,
  CALL_STATUSES,
  type CallStatus,
  COST_CATEGORIES,
  type CostCategory,
  DEFAULT_PROGRAMME_RULES,
  SETTLEMENT_RULES,
  type SettlementRule,
} from '../programme-rules.js';

/** An annex the programme requires (rule `required_documents`). */
export class RequiredDocumentDto {
  @ApiProperty({ example: 'partnership_agreement', description: 'The kind an uploaded document must carry' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,59}$/, { message: 'kind must be a snake_case key of at most 60 characters' })
  kind: string;

  @ApiProperty({ example: 'Samenwerkingsovereenkomst', description: 'What applicants read' })
  @Trim()
  @IsString()
  @Length(1, 200)
  label: string;

  @ApiPropertyOptional({ description: 'One for every partner organisation instead of one in all' })
  @IsOptional()
  @IsBoolean()
  perPartner?: boolean;
}

/** A partial override of the programme rules; every field left out takes the default. */
export class ProgrammeRulesDto {
  @Cents({
    example: DEFAULT_PROGRAMME_RULES.maxGrantCents,
    description: 'Highest grant per project',
    optional: true,
  })
  maxGrantCents?: number;

  @ApiPropertyOptional({
    example: 50,
    description: 'Highest share of eligible costs with an SME in the consortium',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  maxFundingRatePct?: number;

  @ApiPropertyOptional({ example: 40, description: 'Highest share of eligible costs without an SME' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  maxFundingRateWithoutSmePct?: number;

  @ApiPropertyOptional({ example: 2, description: 'Fewest distinct organisations in a consortium' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  minPartners?: number;

  @ApiPropertyOptional({
    enum: COST_CATEGORIES,
    isArray: true,
    example: DEFAULT_PROGRAMME_RULES.eligibleCostCategories,
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(COST_CATEGORIES, { each: true })
  eligibleCostCategories?: CostCategory[];

  @ApiPropertyOptional({ type: [String], example: DEFAULT_PROGRAMME_RULES.clusters })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { each: true, message: 'each cluster must be a snake_case key' })
  clusters?: string[];

  @ApiPropertyOptional({ example: 50, description: 'Share of the grant paid in advance' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  advancePaymentPct?: number;

  @ApiPropertyOptional({
    example: 3,
    description: 'Months after the project end within which the final report is due',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  finalReportMonths?: number;

  @ApiPropertyOptional({ type: [RequiredDocumentDto], description: 'Annexes required before submission' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => RequiredDocumentDto)
  requiredDocuments?: RequiredDocumentDto[];

  @ApiPropertyOptional({
    enum: SETTLEMENT_RULES,
    default: 'proportional',
    description:
      "How the final report settles the grant: proportional = the decision's effective rate on the actual eligible costs; rate_cap = min(granted, max rate × actual eligible costs, max grant)",
  })
  @IsOptional()
  @IsIn(SETTLEMENT_RULES)
  settlement?: SettlementRule;
}

export class CitationTextDto {
  @ApiProperty({ example: 'het Provinciedecreet' })
  @Trim()
  @IsString()
  @Length(1, 500)
  nl: string;

  @ApiProperty({ example: 'the Provincial Decree' })
  @Trim()
  @IsString()
  @Length(1, 500)
  en: string;
}

export class LegalCitationDto {
  @ApiProperty({ enum: LEGAL_CITATION_KINDS })
  @IsIn(LEGAL_CITATION_KINDS)
  kind: LegalCitationKind;

  @ApiProperty({ type: CitationTextDto, description: 'The instrument (decree, regulation, budget)' })
  @ValidateNested()
  @Type(() => CitationTextDto)
  instrument: CitationTextDto;

  @ApiProperty({ example: '2005-12-09', description: 'Date of the instrument' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date: string;

  @ApiProperty({ type: CitationTextDto, description: 'Its title' })
  @ValidateNested()
  @Type(() => CitationTextDto)
  title: CitationTextDto;

  @ApiProperty({ example: 'art. 57, § 3', description: 'The article(s) relied on' })
  @Trim()
  @IsString()
  @Length(1, 200)
  article: string;
}

export class LegalCitationView {
  @ApiProperty({ enum: LEGAL_CITATION_KINDS }) kind: LegalCitationKind;
  @ApiProperty({ type: CitationTextDto }) instrument: CitationTextDto;
  @ApiProperty() date: string;
  @ApiProperty({ type: CitationTextDto }) title: CitationTextDto;
  @ApiProperty() article: string;
}

export class CreateProgrammeDto {
  @ApiProperty({ example: 'IS', description: 'Upper-case code, the prefix of application references' })
  @Trim()
  @IsString()
  @Matches(/^[A-Z][A-Z0-9]{1,11}$/, { message: 'code must be 2–12 upper-case letters or digits' })
  code: string;

  @ApiProperty({ example: 'Innovatiesubsidie Vlaams-Brabant' })
  @Trim()
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: AID_BASES })
  @IsIn(AID_BASES)
  aidBasis: AidBasis;

  @ApiPropertyOptional({
    example: 'Reglement Innovatiesubsidie Vlaams-Brabant, provincieraad 16 mei 2017',
    description: 'The regulation cited in decision letters',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 1000)
  legalBasis?: string;

  @ApiPropertyOptional({
    example: 'Flemish Brabant Innovation Subsidy',
    description: 'The name in English letters',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  nameEn?: string;

  @ApiPropertyOptional({
    type: [LegalCitationDto],
    description:
      'The legal basis as structured citations (regulation, the deputation’s competence, the budget credit); the defaults of the innovation subsidy when absent',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LegalCitationDto)
  legalCitations?: LegalCitationDto[];

  @ApiPropertyOptional({ type: ProgrammeRulesDto, description: 'Overrides of the default rules' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgrammeRulesDto)
  rules?: ProgrammeRulesDto;
}

/**
 * Staff change a programme (issue #22): its names always; its aid basis, legal basis, citations and rules
 * only while no application in one of its calls has left draft (409 INVALID_TRANSITION after).
 */
export class UpdateProgrammeDto {
  @ApiPropertyOptional({ example: 'Innovatiesubsidie Vlaams-Brabant' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({
    example: 'Flemish Brabant Innovation Subsidy',
    nullable: true,
    type: String,
    description: 'The name in English letters (null: none, the Dutch name is quoted)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  nameEn?: string | null;

  @ApiPropertyOptional({ enum: AID_BASES })
  @IsOptional()
  @IsIn(AID_BASES)
  aidBasis?: AidBasis;

  @ApiPropertyOptional({ description: 'The regulation cited in decision letters' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 1000)
  legalBasis?: string;

  @ApiPropertyOptional({ type: [LegalCitationDto], description: 'The legal basis as structured citations' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LegalCitationDto)
  legalCitations?: LegalCitationDto[];

  @ApiPropertyOptional({
    type: ProgrammeRulesDto,
    description: "Rules to change, merged onto the programme's current rules (those left out stay)",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgrammeRulesDto)
  rules?: ProgrammeRulesDto;
}

export class ProgrammeRulesView {
  @ApiProperty() maxGrantCents: number;
  @ApiProperty() maxFundingRatePct: number;
  @ApiProperty() maxFundingRateWithoutSmePct: number;
  @ApiProperty() minPartners: number;
  @ApiProperty({ enum: COST_CATEGORIES, isArray: true }) eligibleCostCategories: CostCategory[];
  @ApiProperty({ type: [String] }) clusters: string[];
  @ApiProperty() advancePaymentPct: number;
  @ApiProperty({ description: 'Months after the project end within which the final report is due' })
  finalReportMonths: number;
  @ApiProperty({ type: [RequiredDocumentDto] }) requiredDocuments: RequiredDocumentDto[];
  @ApiProperty({ enum: SETTLEMENT_RULES }) settlement: SettlementRule;
}

export class ProgrammeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: AID_BASES }) aidBasis: AidBasis;
  @ApiProperty() legalBasis: string;
  @ApiProperty({ type: [LegalCitationView] }) legalCitations: LegalCitationView[];
  @ApiProperty({ nullable: true, type: String }) nameEn: string | null;
  @ApiProperty({ type: ProgrammeRulesView }) rules: ProgrammeRulesView;
  @ApiProperty({
    description:
      'The aid basis, legal basis, citations and rules may still change: no application in a call of ' +
      'the programme has left draft yet',
  })
  rulesEditable: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ProgrammePage extends PageOf(ProgrammeView) {}

export class CriterionDto {
  @ApiProperty({ example: 'innovation', description: 'Unique within the call' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'key must be a snake_case key' })
  key: string;

  @ApiProperty({ example: 'Innovatief karakter' })
  @Trim()
  @IsString()
  @Length(1, 200)
  label: string;

  @ApiProperty({ example: 30, description: 'Relative weight, more than 0' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(1000)
  weight: number;

  @ApiProperty({ example: 10, description: 'Highest score, more than 0' })
  @IsInt()
  @Min(1)
  @Max(1000)
  maxScore: number;

  @ApiPropertyOptional({ example: 5, description: 'Lowest acceptable average score; at most maxScore' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1000)
  threshold?: number;
}

export class CreateCallDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({ example: 'Oproep Innovatiesubsidie 2026' })
  @Trim()
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({
    example: 'Innovation Subsidy call 2026',
    description: 'The title in English letters',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  titleEn?: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiProperty({ example: '2026-01-15T00:00:00+01:00', format: 'date-time' })
  @IsDateString({ strict: true })
  opensAt: string;

  @ApiPropertyOptional({
    example: '2026-10-15',
    format: 'date',
    description:
      'The closing day: the call closes at its end, Brussels time (exclusive end: the next day at 00:00 ' +
      'Europe/Brussels). Give this or closesAt.',
  })
  @IsOptional()
  @IsCalendarDate()
  closesOn?: string;

  @ApiPropertyOptional({
    example: '2026-10-15T23:59:59+02:00',
    format: 'date-time',
    description:
      'Older form of closesOn: names the Brussels day of the last moment before it (23:59:59 and the ' +
      "next day's 00:00 both name the same day); the call closes at the end of that day.",
  })
  @IsOptional()
  @IsDateString({ strict: true })
  closesAt?: string;

  @ApiPropertyOptional({ description: 'What the call is about, for applicants' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 5000)
  description?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Reviews may start while the call is open (a rolling call); by default only after it closes',
  })
  @IsOptional()
  @IsBoolean()
  reviewsDuringCall?: boolean;

  @Cents({ example: 60_000_000 })
  budgetCents: number;

  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  @Max(20)
  minReviewsPerApplication: number;

  @ApiPropertyOptional({
    example: '2026-12-15',
    format: 'date',
    description: 'Evaluators submit their reviews by this day',
  })
  @IsOptional()
  @IsCalendarDate()
  reviewDeadline?: string;

  @ApiProperty({ type: [CriterionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria: CriterionDto[];
}

/**
 * Staff change a call's texts, review setting, budget, review deadline, opening moment or criteria
 * (audited with old and new values).
 */
export class UpdateCallDto {
  @ApiPropertyOptional({ example: 'Oproep Innovatiesubsidie 2026' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional({ example: 'Innovation Subsidy call 2026', nullable: true, type: String })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  titleEn?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'What the call is about' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 5000)
  description?: string | null;

  @ApiPropertyOptional({ description: 'Reviews may start while the call is open' })
  @IsOptional()
  @IsBoolean()
  reviewsDuringCall?: boolean;

  @Cents({
    example: 60_000_000,
    description: 'The budget; never below what the call has committed (422 BUDGET_EXCEEDED)',
    optional: true,
  })
  budgetCents?: number;

  @ApiPropertyOptional({
    example: '2026-12-15',
    format: 'date',
    nullable: true,
    type: String,
    description: 'Evaluators submit their reviews by this day; not before the closing day (null: none)',
  })
  @IsOptional()
  @IsCalendarDate()
  reviewDeadline?: string | null;

  @ApiPropertyOptional({
    example: '2026-01-15T00:00:00+01:00',
    format: 'date-time',
    description:
      'The opening moment, before the call closes; only while the call has not opened (409 INVALID_TRANSITION)',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  opensAt?: string;

  @ApiPropertyOptional({
    type: [CriterionDto],
    description:
      'The review criteria (as at creation); only while no evaluator is assigned in the call (409 INVALID_TRANSITION)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria?: CriterionDto[];
}

/** Staff extend an open call: a later closing day. */
export class ExtendCallDto {
  @ApiProperty({
    example: '2026-10-31',
    format: 'date',
    description: 'The new closing day, after the current one; the call closes at its end, Brussels time',
  })
  @IsCalendarDate()
  closesOn: string;

  @ApiProperty({ example: 'Verlengd wegens storing van het e-loket op 14 oktober' })
  @Trim()
  @IsString()
  @Length(5, 1000)
  reason: string;
}

export class CallListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CALL_STATUSES, description: 'Computed from the window and the current time' })
  @IsOptional()
  @IsIn(CALL_STATUSES)
  status?: CallStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class CriterionView {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty() weight: number;
  @ApiProperty() maxScore: number;
  @ApiPropertyOptional() threshold?: number;
}

export class CallView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() programmeCode: string;
  @ApiProperty() programmeName: string;
  @ApiProperty() title: string;
  @ApiProperty() year: number;
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date', description: 'The closing day: open until its end, Brussels time' })
  closesOn: string;
  @ApiProperty({
    format: 'date-time',
    description: 'The exclusive end: the day after closesOn at 00:00 Europe/Brussels',
  })
  closesAt: string;
  @ApiProperty({ nullable: true, type: String }) titleEn: string | null;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ description: 'Reviews may start while the call is open (else only after it closes)' })
  reviewsDuringCall: boolean;
  @ApiProperty({ enum: CALL_STATUSES }) status: CallStatus;
  @ApiProperty() budgetCents: number;
  @ApiProperty() minReviewsPerApplication: number;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Reviews are due by this day' })
  reviewDeadline: string | null;
  @ApiProperty({ type: [CriterionView] }) criteria: CriterionView[];
  @ApiProperty({
    description: 'The criteria may still change: no evaluator has been assigned in the call yet',
  })
  criteriaEditable: boolean;
  @ApiProperty({ type: ProgrammeRulesView, description: 'The rules of the programme, for the applicant' })
  rules: ProgrammeRulesView;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CallPage extends PageOf(CallView) {}
