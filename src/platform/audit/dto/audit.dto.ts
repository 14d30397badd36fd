import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../kernel/pagination.js';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'organisation' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entity?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;
}

class AuditActorView {
  @ApiProperty({ nullable: true, type: String }) id: string | null;
  @ApiProperty({ nullable: true, type: String }) role: string | null;
}

export class AuditEventDto {
  @ApiProperty() seq: number;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: AuditActorView }) actor: AuditActorView;
  @ApiProperty({ example: 'organisation.created' }) action: string;
  @ApiProperty() entity: string;
  @ApiProperty() entityId: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Place in the hash chain; null for the moment between commit and chaining',
  })
  chainSeq: number | null;
  @ApiProperty({ nullable: true, type: String }) hash: string | null;
}

export class AuditPage extends PageOf(AuditEventDto) {}

class ChainBreak {
  @ApiProperty() seq: number;
  @ApiProperty() id: string;
  @ApiProperty() reason: string;
}

export class AnchorVerdictDto {
  @ApiProperty({ description: 'Anchors read from the anchor file' }) checked: number;
  @ApiProperty({ nullable: true, type: Number, description: 'The chain place of the latest anchor' })
  lastChainSeq: number | null;
  @ApiPropertyOptional({ description: 'Why the chain does not match its anchors (then ok is false)' })
  problem?: string;
}

export class AuditAnchorDto {
  @ApiProperty({ description: 'The chain place of the head that was anchored' }) chainSeq: number;
  @ApiProperty({ description: 'Its hash' }) hash: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ description: 'HMAC-SHA256 over chainSeq, hash and at with AUDIT_ANCHOR_KEY' }) sig: string;
}

export class ChainVerdictDto {
  @ApiProperty() ok: boolean;
  @ApiProperty() checked: number;
  @ApiProperty({ nullable: true, type: Number }) lastSeq: number | null;
  @ApiProperty({ description: 'Events committed after the check began chaining (not checked yet)' })
  pending: number;
  @ApiPropertyOptional({ type: ChainBreak }) broken?: ChainBreak;
  @ApiPropertyOptional({
    type: AnchorVerdictDto,
    description: 'The check against the signed anchors (when AUDIT_ANCHOR_KEY is set)',
  })
  anchors?: AnchorVerdictDto;
}
