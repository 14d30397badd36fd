import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../kernel/pagination.js';
import { LEDGER_KINDS, type LedgerKind } from '../ledger.js';

export class BudgetView {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ example: 60_000_000, description: 'The call budget (sum of the budget entries)' })
  budgetCents: number;
  @ApiProperty({ description: 'Granted and not de-committed (commitments + de-commitments)' })
  committedCents: number;
  @ApiProperty({ description: 'Paid to beneficiaries, net of recoveries' })
  paidCents: number;
  @ApiProperty({ description: 'budgetCents − committedCents' })
  availableCents: number;
}

export class LedgerQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the entries of this application' })
  @IsOptional()
  @IsUUID()
  applicationId?: string;
}

export class LedgerEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: LEDGER_KINDS }) kind: LedgerKind;
  @ApiProperty({
    description:
      'Signed: budget ±, commitment +, decommitment −, payment +, recovery − (see src/budgets/ledger.ts)',
  })
  amountCents: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) applicationId: string | null;
  @ApiProperty({ example: 'decision 6f1c…' }) reference: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) createdBy: string | null;
}

export class LedgerPage extends PageOf(LedgerEntryView) {}
