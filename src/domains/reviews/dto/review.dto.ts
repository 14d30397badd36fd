import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../../kernel/dto.js';
import { PageOf, PageQueryDto } from '../../../kernel/pagination.js';
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from '../review.entity.js';
import { MAX_COMMENT_LENGTH } from '../scoring.js';

export class CreateAssignmentDto {
  @ApiProperty({ format: 'uuid', description: 'A user with role evaluator' })
  @IsUUID()
  evaluatorId: string;
}

export class DeclarationDto {
  @ApiProperty({
    description:
      'true: the evaluator has a conflict of interest and is recused; false: no conflict, the content opens',
  })
  @IsBoolean()
  hasConflict: boolean;

  @ApiPropertyOptional({ example: 'I advised the coordinator on this proposal in 2025.', maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  statement?: string;
}

export class ScoreDto {
  @ApiProperty({ example: 'innovation', description: "A criterion key of the call's criteria" })
  @IsString()
  @Length(1, 100)
  criterion: string;

  @ApiProperty({ example: 8, description: '0..maxScore of the criterion, at most two decimals' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score: number;

  @ApiPropertyOptional({ example: 'Clear, well argued novelty.', description: 'Needed to submit' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_COMMENT_LENGTH)
  comment?: string;
}

export class SaveReviewDto {
  @ApiProperty({ type: [ScoreDto], description: 'To submit: every criterion once, each with a comment' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ScoreDto)
  scores: ScoreDto[];

  @ApiPropertyOptional({ description: 'Overall comment; needed to submit' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_COMMENT_LENGTH)
  comment?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'true submits the review: it is then final (409 on any later change)',
  })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;
}

export class ConsensusDto {
  @ApiProperty({ example: 72.5, minimum: 0, maximum: 100, description: 'Replaces the mean in the ranking' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  score: number;

  @ApiProperty({
    example: 'Panel meeting of 3 February: the market analysis was underrated by one evaluator.',
  })
  @Trim()
  @IsString()
  @Length(1, 5000)
  justification: string;
}

export class AssignmentListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  applicationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  callId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Staff only: one evaluator' })
  @IsOptional()
  @IsUUID()
  evaluatorId?: string;

  @ApiPropertyOptional({ enum: ASSIGNMENT_STATUSES })
  @IsOptional()
  @IsIn(ASSIGNMENT_STATUSES)
  status?: AssignmentStatus;
}

export class ScoreView {
  @ApiProperty() criterion: string;
  @ApiProperty() score: number;
  @ApiProperty() comment: string;
}

export class ReviewView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) evaluatorId: string;
  @ApiProperty() evaluatorName: string;
  @ApiProperty({ enum: ['draft', 'submitted'] }) status: 'draft' | 'submitted';
  @ApiProperty({ type: [ScoreView] }) scores: ScoreView[];
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Weighted, 0–100; set on submission' })
  weightedScore: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ReviewPage extends PageOf(ReviewView) {}

export class CriterionView {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty() weight: number;
  @ApiProperty() maxScore: number;
  @ApiProperty({ nullable: true, type: Number }) threshold: number | null;
}

export class AssignmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() applicationReference: string;
  @ApiProperty() applicationTitle: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ format: 'uuid' }) evaluatorId: string;
  @ApiProperty() evaluatorName: string;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status: AssignmentStatus;
  @ApiProperty({ nullable: true, type: Boolean }) hasConflict: boolean | null;
  @ApiProperty({ nullable: true, type: String }) statement: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) declaredAt: string | null;
  @ApiProperty({ format: 'uuid' }) assignedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AssignmentPage extends PageOf(AssignmentView) {}

export class ConsortiumMemberView {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() name: string;
  @ApiProperty() enterpriseNumber: string;
  @ApiProperty({ enum: ['coordinator', 'partner'] }) role: string;
}

export class AssignmentDetailView extends AssignmentView {
  @ApiProperty({
    type: [ConsortiumMemberView],
    description: 'Who takes part, as submitted: what an evaluator needs to know to declare a conflict',
  })
  consortium: ConsortiumMemberView[];

  @ApiProperty({ type: [CriterionView], description: "The call's criteria to score on" })
  criteria: CriterionView[];

  @ApiProperty({
    nullable: true,
    type: Object,
    description:
      'The application as submitted (its snapshot); null until the evaluator declared no conflict, and for a recused assignment',
  })
  application: Record<string, unknown> | null;

  @ApiProperty({
    type: ReviewView,
    nullable: true,
    description: 'The evaluator’s own review, draft or submitted',
  })
  review: ReviewView | null;
}

export class ConsensusView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() score: number;
  @ApiProperty({ nullable: true, type: Number, description: 'The mean of the reviews it replaces' })
  meanScore: number | null;
  @ApiProperty() justification: string;
  @ApiProperty({ format: 'uuid' }) decidedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class RankingConsensusView {
  @ApiProperty() score: number;
  @ApiProperty() justification: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) by: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class RankingItemView {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() reference: string;
  @ApiProperty() title: string;
  @ApiProperty() status: string;
  @ApiProperty() requestedCents: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt: string | null;
  @ApiProperty({ description: 'Submitted reviews' }) reviewCount: number;
  @ApiProperty({ description: 'reviewCount reached the call’s minReviewsPerApplication' })
  reviewsComplete: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean weighted score of the reviews, 0–100' })
  meanScore: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Ranking score: the consensus, else the mean' })
  score: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Mean per criterion',
  })
  criterionMeans: Record<string, number>;
  @ApiProperty() meetsThresholds: boolean;
  @ApiProperty({ type: [String] }) failedThresholds: string[];
  @ApiProperty({ nullable: true, type: Number }) rank: number | null;
  @ApiProperty() cumulativeRequestedCents: number;
  @ApiProperty() withinBudget: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Highest minus lowest reviewer score' })
  spread: number | null;
  @ApiProperty({ description: 'spread above disagreementLimit' }) disagreement: boolean;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Mean z-score of the reviews over each evaluator’s reviews in the call',
  })
  normalisedScore: number | null;
  @ApiProperty({ nullable: true, type: Number }) normalisedRank: number | null;
  @ApiProperty({ type: RankingConsensusView, nullable: true }) consensus: RankingConsensusView | null;
}

export class FundingLineView {
  @ApiProperty() budgetCents: number;
  @ApiProperty() requestedWithinBudgetCents: number;
  @ApiProperty() remainingCents: number;
  @ApiProperty({ nullable: true, type: Number }) lastRankWithinBudget: number | null;
  @ApiProperty() applicationsWithinBudget: number;
}

export class RankingView {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty() callTitle: string;
  @ApiProperty() budgetCents: number;
  @ApiProperty() minReviewsPerApplication: number;
  @ApiProperty() disagreementLimit: number;
  @ApiProperty({ type: [String], description: 'The order, rule by rule' }) order: string[];
  @ApiProperty({ type: FundingLineView }) fundingLine: FundingLineView;
  @ApiProperty({ type: [RankingItemView] }) items: RankingItemView[];
  @ApiProperty() total: number;
}

export class ConflictView {
  @ApiProperty({ format: 'uuid', description: 'The partner organisation that makes the evaluator partial' })
  organisationId: string;
  @ApiProperty() name: string;
  @ApiProperty({
    enum: ['own_organisation', 'linked'],
    description:
      'own_organisation: the evaluator works for it or is a member; linked: one of theirs is linked to it',
  })
  relation: 'own_organisation' | 'linked';
  @ApiProperty({ enum: ['coordinator', 'partner'], description: 'Its role in the application' })
  partnerRole: 'coordinator' | 'partner';
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'linked: the evaluator’s own organisation through which the link runs',
  })
  via: string | null;
}

export class EvaluatorCandidateView {
  @ApiProperty({ format: 'uuid' }) evaluatorId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ nullable: true, type: String, description: 'The evaluator’s employer' })
  organisationName: string | null;
  @ApiProperty({
    type: [ConflictView],
    description: 'The conflicts of interest found now; assigning this evaluator is refused (422) while any',
  })
  conflicts: ConflictView[];
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Their assignment on it, if any',
  })
  assignmentId: string | null;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES, nullable: true, type: String })
  assignmentStatus: AssignmentStatus | null;
}

export class EvaluatorCandidatePage extends PageOf(EvaluatorCandidateView) {}
