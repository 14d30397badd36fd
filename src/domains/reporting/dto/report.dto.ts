import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../applications/state-machine.js';

export { APPLICATION_STATUSES };
export type ApplicationStatusName = ApplicationStatus;

export const BUDGET_REPORT_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type BudgetReportFormat = (typeof BUDGET_REPORT_FORMATS)[number];
export const BUDGET_REPORT_SECTIONS = ['calls', 'statuses', 'clusters'] as const;
export type BudgetReportSection = (typeof BUDGET_REPORT_SECTIONS)[number];

export const ERDF_REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ErdfReportFormat = (typeof ERDF_REPORT_FORMATS)[number];
export const ERDF_REPORT_SECTIONS = ['partners', 'claims', 'indicators'] as const;
export type ErdfReportSection = (typeof ERDF_REPORT_SECTIONS)[number];

// Reports are not paginated lists, so their query DTOs do not extend PageQueryDto.

export class BudgetReportQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'Call year; defaults to this year (Brussels)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the calls of this programme' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ enum: BUDGET_REPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(BUDGET_REPORT_FORMATS)
  format: BudgetReportFormat = 'json';

  @ApiPropertyOptional({
    enum: BUDGET_REPORT_SECTIONS,
    default: 'calls',
    description: 'For format=csv (one table per file): which table. The workbook has them all.',
  })
  @IsOptional()
  @IsIn(BUDGET_REPORT_SECTIONS)
  section: BudgetReportSection = 'calls';
}

export class ErdfReportQueryDto {
  @ApiPropertyOptional({ enum: ERDF_REPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(ERDF_REPORT_FORMATS)
  format: ErdfReportFormat = 'json';

  @ApiPropertyOptional({
    enum: ERDF_REPORT_SECTIONS,
    default: 'partners',
    description: 'For format=csv (one table per file): which table. The workbook has them all.',
  })
  @IsOptional()
  @IsIn(ERDF_REPORT_SECTIONS)
  section: ErdfReportSection = 'partners';
}

export class ThreeSixtyGivingQueryDto {
  @ApiPropertyOptional({
    example: 2026,
    description: 'Year of the award (decision) date; defaults to this year',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class StatusCountsView implements Record<ApplicationStatusName, number> {
  @ApiProperty() draft: number;
  @ApiProperty() submitted: number;
  @ApiProperty() returned: number;
  @ApiProperty() admissible: number;
  @ApiProperty() inadmissible: number;
  @ApiProperty() under_review: number;
  @ApiProperty() approved: number;
  @ApiProperty() rejected: number;
  @ApiProperty() withdrawn: number;
  @ApiProperty() closed: number;
}

export class ClusterFiguresView {
  @ApiProperty({ example: 'health' }) cluster: string;
  @ApiProperty({ description: 'Applications submitted at least once (drafts excluded)' })
  applicationCount: number;
  @ApiProperty({ description: 'Requested by those applications' }) requestedCents: number;
  @ApiProperty({ description: 'Committed on the budget ledger for them (grants, after any lowering)' })
  grantedCents: number;
}

export class BudgetFiguresView {
  @ApiProperty({ description: 'Σ budget entries of the ledger' }) budgetCents: number;
  @ApiProperty({ description: 'Σ commitments − Σ decommitments of the ledger' }) committedCents: number;
  @ApiProperty({ description: 'Σ payments − Σ recoveries of the ledger' }) paidCents: number;
  @ApiProperty({ description: 'budgetCents − committedCents' }) availableCents: number;
  @ApiProperty({ description: 'All applications, drafts included' }) applicationCount: number;
  @ApiProperty({ type: StatusCountsView }) applicationsByStatus: StatusCountsView;
  @ApiProperty({ description: 'Applications submitted at least once' }) submittedCount: number;
  @ApiProperty({ description: 'Approved (or approved and since closed)' }) approvedCount: number;
  @ApiProperty({ description: 'Approved + rejected' }) decidedCount: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'approved / decided in %, one decimal; null before any decision',
  })
  successRatePct: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Median of the calendar days (Brussels) from submission to decision',
  })
  medianDaysToDecision: number | null;
  @ApiProperty({ description: 'Requested by applications submitted at least once' }) requestedCents: number;
  @ApiProperty({ description: 'Σ of the clusters: committed on the ledger' }) grantedCents: number;
}

export class CallBudgetReportView extends BudgetFiguresView {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty() title: string;
  @ApiProperty() year: number;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() programmeCode: string;
  @ApiProperty() programmeName: string;
  @ApiProperty({ type: [ClusterFiguresView] }) clusters: ClusterFiguresView[];
}

export class BudgetReportView {
  @ApiProperty() year: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) programmeId: string | null;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: [CallBudgetReportView] }) calls: CallBudgetReportView[];
  @ApiProperty({ type: [ClusterFiguresView], description: 'Per cluster over all calls of the report' })
  clusters: ClusterFiguresView[];
  @ApiProperty({ type: BudgetFiguresView, description: 'Over all calls of the report' })
  totals: BudgetFiguresView;
}

class OrganizationView {
  @ApiProperty({ example: 'BE-BCE_KBO-0123456749' }) id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional() streetAddress?: string;
  @ApiPropertyOptional() postalCode?: string;
  @ApiPropertyOptional() addressLocality?: string;
  @ApiPropertyOptional() addressCountry?: string;
}

class FunderView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

class PlannedDatesView {
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
}

class GrantProgrammeView {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
}

class LocationView {
  @ApiProperty() name: string;
  @ApiProperty() countryCode: string;
}

class ClassificationView {
  @ApiProperty() vocabulary: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
}

export class ThreeSixtyGivingGrantView {
  @ApiProperty({ example: '360G-provincievlaamsbrabant-IS-2026-0001' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: ['EUR'] }) currency: 'EUR';
  @ApiPropertyOptional({ description: 'Euros' }) amountAppliedFor?: number;
  @ApiProperty({ description: 'Euros (decimal), as the standard asks' }) amountAwarded: number;
  @ApiProperty({ example: '2026-12-04' }) awardDate: string;
  @ApiProperty({ type: [PlannedDatesView] }) plannedDates: PlannedDatesView[];
  @ApiProperty({ type: [OrganizationView] }) recipientOrganization: OrganizationView[];
  @ApiProperty({ type: [FunderView] }) fundingOrganization: FunderView[];
  @ApiProperty({ type: [GrantProgrammeView] }) grantProgramme: GrantProgrammeView[];
  @ApiProperty({ type: [LocationView] }) beneficiaryLocation: LocationView[];
  @ApiPropertyOptional({ type: [ClassificationView] }) classifications?: ClassificationView[];
  @ApiProperty({ enum: ['Yes', 'No'] }) fromOpenCall: 'Yes' | 'No';
}

export class ThreeSixtyGivingPackageView {
  @ApiProperty({ type: [ThreeSixtyGivingGrantView] }) grants: ThreeSixtyGivingGrantView[];
}
