import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CalendarDate, Cents, Trim } from '../../../kernel/dto.js';
import { PageOf, PageQueryDto } from '../../../kernel/pagination.js';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../organisations/organisation.entity.js';
import { COST_CATEGORIES, type CostCategory } from '../../programmes/programme-rules.js';
import { LANGUAGES, type Language, PARTNER_ROLES, type PartnerRole } from '../application.entity.js';
import { ELIGIBILITY_RULES, type EligibilityRule } from '../eligibility.js';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../state-machine.js';

export class CostDto {
  @ApiProperty({ enum: COST_CATEGORIES, description: 'investment is known but not eligible' })
  @IsIn(COST_CATEGORIES)
  category: CostCategory;

  @ApiProperty({ example: 'Onderzoeker 0,5 VTE gedurende 24 maanden' })
  @Trim()
  @IsString()
  @Length(1, 500)
  description: string;

  @Cents({ example: 12_000_000, description: 'Integer euro cents' })
  amountCents: number;
}

export class PartnerDto {
  @ApiProperty({ format: 'uuid', description: 'A registered organisation' })
  @IsUUID()
  organisationId: string;

  @ApiProperty({ enum: PARTNER_ROLES })
  @IsIn(PARTNER_ROLES)
  role: PartnerRole;

  @ApiProperty({ type: [CostDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CostDto)
  costs: CostDto[];
}

export class CreateApplicationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  callId: string;

  @ApiProperty({ example: 'Sneltest voor sepsis op de spoedafdeling' })
  @Trim()
  @IsString()
  @Length(1, 300)
  title: string;

  @ApiPropertyOptional({ example: 'SEPSIS-QT' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 40)
  acronym?: string;

  @ApiProperty({ example: 'Een consortium van een kmo en een universiteit ontwikkelt …' })
  @Trim()
  @IsString()
  @Length(1, 10_000)
  summary: string;

  @ApiProperty({ example: 'health', description: 'One of the clusters of the programme' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'cluster must be a snake_case key' })
  cluster: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'nl' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @CalendarDate({ example: '2027-01-01' })
  startDate: string;

  @CalendarDate({ example: '2028-12-31' })
  endDate: string;

  @Cents({ example: 10_000_000, description: 'Integer euro cents' })
  requestedCents: number;

  @ApiProperty({ type: [PartnerDto], description: 'The consortium: one coordinator and its partners' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PartnerDto)
  partners: PartnerDto[];
}

/** Replaces the given fields; `partners` replaces the whole consortium. */
export class UpdateApplicationDto extends PartialType(OmitType(CreateApplicationDto, ['callId', 'acronym'])) {
  @ApiPropertyOptional({
    type: String,
    example: 'SEPSIS-QT',
    nullable: true,
    description: 'null removes it',
  })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Trim()
  @IsString()
  @Length(1, 40)
  acronym?: string | null;
}

/** The body of an application without its call (given in the path); title and summary may still be empty. */
export class SimulateApplicationDto extends OmitType(CreateApplicationDto, ['callId', 'title', 'summary']) {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The same body as an application may be sent: when given, it must be the call in the path',
  })
  @IsOptional()
  @IsUUID()
  callId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 300)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 10_000)
  summary?: string;
}

export const SCREENING_OUTCOMES = ['admissible', 'inadmissible', 'returned'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

export class ScreeningDto {
  @ApiProperty({ enum: SCREENING_OUTCOMES })
  @IsIn(SCREENING_OUTCOMES)
  outcome: ScreeningOutcome;

  @ApiPropertyOptional({
    example: 'De kostenstaat van de partner ontbreekt.',
    description: 'Required when inadmissible or returned; shown to the applicant',
  })
  @ValidateIf((o: ScreeningDto) => o.outcome !== 'admissible' || o.reason !== undefined)
  @Trim()
  @IsString()
  @Length(1, 5_000)
  reason?: string;
}

export class WithdrawDto {
  @ApiPropertyOptional({ example: 'Het consortium valt uiteen.' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 5_000)
  reason?: string;
}

export class ApplicationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  callId?: string;

  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: "`true`: each item carries its live eligibility verdict (the screening queue's column)",
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  eligibility?: 'true' | 'false';
}

export class ViolationView {
  @ApiProperty({ enum: ELIGIBILITY_RULES }) rule: EligibilityRule;
  @ApiProperty() message: string;
}

export class EligibilityView {
  @ApiProperty() ok: boolean;
  @ApiProperty({ type: [ViolationView] }) violations: ViolationView[];
}

export class FiguresView {
  @ApiProperty() totalCostsCents: number;
  @ApiProperty({ description: 'Costs in the eligible categories (investment excluded)' })
  eligibleCostsCents: number;
  @ApiProperty({ description: '50, or 40 when no partner is an SME' }) maxFundingRatePct: number;
  @ApiProperty({ description: 'min(programme cap, rate × eligible costs)' }) maxGrantCents: number;
  @ApiProperty() requestedCents: number;
}

export class SimulationView {
  @ApiProperty({ type: EligibilityView }) eligibility: EligibilityView;
  @ApiProperty({ type: FiguresView }) figures: FiguresView;
}

export class CostView {
  @ApiProperty({ enum: COST_CATEGORIES }) category: CostCategory;
  @ApiProperty() description: string;
  @ApiProperty() amountCents: number;
}

export class PartnerView {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() name: string;
  @ApiProperty() enterpriseNumber: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiPropertyOptional({
    description:
      'Counts as an SME for the funding rate: kind sme and no large enterprise linked to it (parent, ' +
      'subsidiary, linked enterprise). Absent in snapshots taken before this rule.',
  })
  smeForRate?: boolean;
  @ApiPropertyOptional({
    description:
      'Its single undertaking (a key shared by linked organisations): `min_partners` counts distinct ones',
  })
  undertaking?: string;
  @ApiProperty({ enum: PARTNER_ROLES }) role: PartnerRole;
  @ApiProperty({ type: [CostView] }) costs: CostView[];
  @ApiProperty() totalCostsCents: number;
  @ApiProperty() eligibleCostsCents: number;
}

export class SnapshotDocumentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() kind: string;
  @ApiProperty() title: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organisationId: string | null;
  @ApiProperty({ description: 'SHA-256 of the content as submitted' }) sha256: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() contentType: string;
  @ApiProperty({ enum: ['pending', 'clean', 'unscanned'] }) scanStatus: 'pending' | 'clean' | 'unscanned';
}

export class SnapshotView {
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty() reference: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) acronym: string | null;
  @ApiProperty() summary: string;
  @ApiProperty() cluster: string;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
  @ApiProperty() requestedCents: number;
  @ApiProperty({ type: [PartnerView] }) partners: PartnerView[];
  @ApiProperty({ type: FiguresView }) figures: FiguresView;
  @ApiPropertyOptional({ type: [SnapshotDocumentView], description: 'The documents as submitted' })
  documents?: SnapshotDocumentView[];
}

export class ApplicationSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'IS-2026-0007' }) reference: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) acronym: string | null;
  @ApiProperty() cluster: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty() requestedCents: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) coordinatorOrganisationId: string | null;
  @ApiProperty({ nullable: true, type: String }) coordinatorName: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({
    type: EligibilityView,
    description: 'The live eligibility verdict, with `?eligibility=true` only',
  })
  eligibility?: EligibilityView;
}

export class ApplicationPage extends PageOf(ApplicationSummaryView) {}

export class ApplicationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'IS-2026-0007' }) reference: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) acronym: string | null;
  @ApiProperty() summary: string;
  @ApiProperty() cluster: string;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
  @ApiProperty() requestedCents: number;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty({ type: [PartnerView] }) partners: PartnerView[];
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) screenedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it was returned or found inadmissible' })
  screeningReason: string | null;
  @ApiProperty({ description: 'Increases with every change' }) version: number;
  @ApiProperty({ type: EligibilityView, description: 'Live verdict on the current content' })
  eligibility: EligibilityView;
  @ApiProperty({ type: FiguresView, description: 'Live figures of the current content' })
  figures: FiguresView;
  @ApiProperty({ type: SnapshotView, nullable: true, description: 'The content as last submitted' })
  snapshot: SnapshotView | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
