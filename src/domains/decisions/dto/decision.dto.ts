import { DecisionNoticeView } from './decision-notice.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { Cents, Trim } from '../../../kernel/dto.js';
import { DECISION_OUTCOMES, type DecisionOutcome } from '../decision.entity.js';

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
}

export class DecisionEvaluationView {
  @ApiProperty({ example: 81.5, description: 'Weighted score 0–100 at the decision (the consensus if any)' })
  score: number;
  @ApiProperty({ nullable: true, type: Number }) rank: number | null;
  @ApiProperty() thresholdsMet: boolean;
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
    nullable: true,
    type: Number,
    example: 40,
    description: 'granted ÷ eligible costs, in percent (two decimals); null for a rejection',
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
  @ApiProperty({ example: '2026-11-20' }) decidedOn: string;
  @ApiProperty({ format: 'uuid' }) decidedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({
    type: DecisionNoticeView,
    description:
      'Staff and admins only: when and how the addressee was notified, and the first download of the letter',
  })
  notification?: DecisionNoticeView;
}
