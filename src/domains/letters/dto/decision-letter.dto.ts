import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class LetterPendingView {
  @ApiProperty({ enum: ['pending'], description: 'The letter is being produced; ask again shortly' })
  status: 'pending';
}

export class RegenerationView {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
  @ApiProperty({ description: 'Number of decisions whose letters are rendered again' }) decisions: number;
  @ApiProperty({
    description: 'true when a regeneration of this call was pending already (nothing new queued)',
  })
  alreadyPending: boolean;
}

export class LetterDownloadQueryDto {
  @ApiPropertyOptional({
    enum: ['nl', 'en'],
    description:
      'nl: the Dutch act; en: the English courtesy translation. Default: the application’s language',
  })
  @IsOptional()
  @IsIn(['nl', 'en'])
  lang?: 'nl' | 'en';

  @ApiPropertyOptional({
    enum: ['decision', 'final_grant'],
    default: 'decision',
    description:
      'decision: the letter of the decision on the application; final_grant: the letter of the decision on ' +
      'a grant lowered after the final report (404 when there is none)',
  })
  @IsOptional()
  @IsIn(['decision', 'final_grant'])
  letter?: 'decision' | 'final_grant';

  @ApiPropertyOptional({ minimum: 1, description: 'Staff: an earlier version (default the newest)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  version?: number;
}

export class LetterVersionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['nl', 'en'] }) language: string;
  @ApiProperty({ enum: ['act', 'translation', 'final_grant_act', 'final_grant_translation'] }) kind: string;
  @ApiProperty() version: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) supersedesId: string | null;
  @ApiProperty({ example: '2026-11-22' }) dispatchedOn: string;
  @ApiProperty() sha256: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() templateVersion: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
