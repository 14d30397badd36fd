import { DecisionNoticeView } from './decision-notice.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { Cents, Trim } from '../../../kernel/dto.js';
import {
  DECIDING_BODIES,
  DECISION_OUTCOMES,
  type DecidingBody,
  type DecisionOutcome,
  type RefusalGround,
} from '../decision.entity.js';

export const REFUSAL_GROUND_TYPES = ['below_threshold', 'below_funding_line', 'ineligible', 'other'] as const;

/**
 * One ground of a refusal. Which fields apply depends on `type` (checked by the service):
 * `below_threshold {criterion, score, threshold}`, `below_funding_line {budgetCents,
 * committedAboveCents, availableCents, requestedCents}`, `ineligible {rule}`, `other {text ≥ 50 chars}`.
 */
export class RefusalGroundDto {
  @ApiProperty({ enum: REFUSAL_GROUND_TYPES })
  @IsIn(REFUSAL_GROUND_TYPES)
  type: RefusalGround['type'];

  @ApiPropertyOptional({ example: 'innovation', description: 'below_threshold: the criterion key' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  criterion?: string;

  @ApiPropertyOptional({ example: 4.5, description: 'below_threshold: the experts’ mean on it' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  score?: number;

  @ApiPropertyOptional({ example: 5, description: 'below_threshold: the minimum' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  threshold?: number;

  @Cents({ optional: true, description: 'below_funding_line: the call budget' })
  budgetCents?: number;

  @Cents({ optional: true, description: 'below_funding_line: requested by the applications ranked above' })
  committedAboveCents?: number;

  @Cents({ optional: true, description: 'below_funding_line: what was left for this application' })
  availableCents?: number;

  @Cents({ optional: true, description: 'below_funding_line: what this application requested' })
  requestedCents?: number;

  @ApiPropertyOptional({ description: 'ineligible: the rule not met' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 1000)
  rule?: string;

  @ApiPropertyOptional({ description: 'other: the ground in full, at least 50 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 5000)
  text?: string;
}

export class ConsensusPanelDto {
  @ApiProperty({ type: [String], example: ['Panel chair (staff)', 'Expert A', 'Expert B'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  members: string[];

  @ApiProperty({ example: '2026-02-03', description: 'The date of the panel meeting' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'meetingDate must be YYYY-MM-DD' })
  meetingDate: string;
}

export class DecideDto {
  @ApiProperty({ enum: DECISION_OUTCOMES })
  @IsIn(DECISION_OUTCOMES)
  outcome: DecisionOutcome;

  @Cents({
    example: 12_000_000,
    description:
      'Required for an approval, not allowed for a rejection. At most the requested amount, the programme cap and the funding rate of the eligible costs.',
    optional: true,
    min: 1,
  })
  grantedCents?: number;

  @ApiProperty({
    example: 'Het project scoort 82/100 en past binnen het budget van de oproep.',
    description: 'The factual grounds of the decision; they appear in the decision letter',
  })
  @Trim()
  @IsString()
  @Length(1, 5000)
  motivation: string;

  @ApiPropertyOptional({
    enum: DECIDING_BODIES,
    default: 'deputatie',
    description: 'Who decided: the deputation, or an official under a delegation (then delegationReference)',
  })
  @IsOptional()
  @IsIn(DECIDING_BODIES)
  decidingBody?: DecidingBody;

  @ApiPropertyOptional({
    example: 'DEP-2025-0142',
    description: 'The delegation act (required for delegated_official)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  delegationReference?: string;

  @ApiPropertyOptional({
    example: '2026-11-20',
    description: 'The date of the meeting or signature (default today); never after today',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'decidedOn must be YYYY-MM-DD' })
  decidedOn?: string;

  @ApiPropertyOptional({ example: '2026/00042', description: 'The decision number (assigned when absent)' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 60)
  decisionNumber?: string;

  @ApiPropertyOptional({
    type: [RefusalGroundDto],
    description: 'Required for a refusal (at least one), not allowed for an approval',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RefusalGroundDto)
  refusalGrounds?: RefusalGroundDto[];

  @ApiPropertyOptional({
    description:
      'Required when the decision departs from the ranking: approving below a threshold or the funding line, or refusing an application above both (422 DEROGATION_REASON_REQUIRED)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(20, 5000)
  derogationReason?: string;

  @ApiPropertyOptional({
    type: ConsensusPanelDto,
    description: 'Required when the evaluation is a consensus score: the panel that set it',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsensusPanelDto)
  consensusPanel?: ConsensusPanelDto;
}

export class DecisionEvaluationView {
  @ApiProperty({ example: 81.5, description: 'Weighted score 0–100 at the decision (the consensus if any)' })
  score: number;
  @ApiProperty({ nullable: true, type: Number }) rank: number | null;
  @ApiProperty() thresholdsMet: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'The experts’ mean (before a consensus)' })
  meanScore: number | null;
  @ApiProperty({ nullable: true, type: Boolean }) withinFundingLine: boolean | null;
  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description:
      '{ score, justification, panel: { members, meetingDate } } when a consensus replaced the mean',
  })
  consensus: Record<string, unknown> | null;
}

/** The decision on the final grant, when the final report lowered the grant (its own letter). */
export class FinalGrantDecisionView {
  @ApiProperty({ example: '2029/00317' }) decisionNumber: string;
  @ApiProperty({ example: '2029-04-20' }) decidedOn: string;
  @ApiProperty({ enum: DECIDING_BODIES }) decidingBody: DecidingBody;
  @ApiProperty({ nullable: true, type: String }) delegationReference: string | null;
}

export class DecisionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ example: 'IS-2026-0001' }) reference: string;
  @ApiProperty({ enum: DECISION_OUTCOMES }) outcome: DecisionOutcome;
  @ApiProperty({ nullable: true, type: Number, description: 'As decided; null for a rejection' })
  grantedCents: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'After the accepted final report; null before' })
  finalGrantCents: number | null;
  @ApiProperty({
    type: FinalGrantDecisionView,
    nullable: true,
    description: 'The decision on a grant lowered after the final report; null otherwise',
  })
  finalDecision: FinalGrantDecisionView | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 40,
    description:
      'granted ÷ eligible costs, in percent, rounded down to two decimals (rate × costs never exceeds the grant); null for a rejection',
  })
  fundingRatePct: number | null;
  @ApiProperty({
    example: 50,
    description: 'The highest funding rate for this consortium (50, or 40 without an SME)',
  })
  maxFundingRatePct: number;
  @ApiProperty() eligibleCostsCents: number;
  @ApiProperty() requestedCents: number;
  @ApiProperty({ description: 'Net amount paid (payments − recoveries)' }) paidCents: number;
  @ApiProperty() motivation: string;
  @ApiProperty({
    type: DecisionEvaluationView,
    nullable: true,
    description: 'The evaluation result the decision cites; null without reviews',
  })
  evaluation: DecisionEvaluationView | null;
  @ApiProperty({ example: '2026-11-20', description: 'The date of the meeting or signature' })
  decidedOn: string;
  @ApiProperty({ example: '2026-11-21', description: 'The day the decision was entered' }) enteredOn: string;
  @ApiProperty({ enum: DECIDING_BODIES }) decidingBody: DecidingBody;
  @ApiProperty({ nullable: true, type: String }) delegationReference: string | null;
  @ApiProperty({ example: '2026/00042' }) decisionNumber: string;
  @ApiProperty({ type: [RefusalGroundDto] }) refusalGrounds: RefusalGroundDto[];
  @ApiProperty({ nullable: true, type: String }) derogationReason: string | null;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'The legal citations as they stood at decision time',
  })
  legalBasis: Record<string, unknown>[];
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'The coordinator accepted the grant',
  })
  acceptedAt: string | null;
  @ApiProperty({ format: 'uuid' }) decidedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({
    type: DecisionNoticeView,
    description:
      'Staff and admins only: when and how the addressee was notified, and the first download of the letter',
  })
  notification?: DecisionNoticeView;
}
