import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { PageOf } from '../../../kernel/pagination.js';

export class FailedJobView {
  @ApiProperty({ format: 'uuid', description: 'The outbox id, also the job id in the queue' }) id: string;
  @ApiProperty({ example: 'decision-letter' }) jobName: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { decisionId: '…' } })
  payload: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String }) dedupeKey: string | null;
  @ApiProperty({ description: 'Attempts made' }) attempts: number;
  @ApiProperty({ nullable: true, type: String, description: 'Error of the last attempt' })
  lastError: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) failedAt: string | null;
}

export class FailedJobPage extends PageOf(FailedJobView) {}

export class JobIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}
