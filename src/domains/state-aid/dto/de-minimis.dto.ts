import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { CalendarDate, Cents, Trim } from '../../../kernel/dto.js';
import {
  CEILING_2023_2831_CENTS,
  DE_MINIMIS_REGULATIONS,
  type DeMinimisRegime,
  type DeMinimisRegulation,
} from '../de-minimis.js';
import { AID_SOURCES, type AidSource } from '../de-minimis-aid.entity.js';

export class DeMinimisQueryDto {
  @CalendarDate({
    example: '2026-03-15',
    description: 'The date to assess on (a planned decision date); default today in Brussels',
    optional: true,
  })
  on?: string;
}

export class RegisterExternalAidDto {
  @ApiProperty({ example: 'VLAIO (Agentschap Innoveren & Ondernemen)', description: 'Who granted the aid' })
  @Trim()
  @IsString()
  @Length(1, 200)
  grantor: string;

  @CalendarDate({
    example: '2025-04-10',
    description: 'The date the right to the aid was granted; not in the future',
  })
  grantedOn: string;

  @Cents({
    example: 4_500_000,
    description:
      'The gross amount of de minimis aid, in cents; at most the ceiling of its regulation (€ 300.000 under 2023/2831, € 200.000 under 1407/2013)',
    min: 1,
    max: CEILING_2023_2831_CENTS,
  })
  amountCents: number;

  @ApiPropertyOptional({
    enum: DE_MINIMIS_REGULATIONS,
    description:
      'Default: 2023/2831 for aid granted from 2024-01-01, 1407/2013 before; other = another de minimis regulation',
  })
  @IsOptional()
  @IsIn(DE_MINIMIS_REGULATIONS)
  regulation?: DeMinimisRegulation;

  @ApiPropertyOptional({
    example: 'HBC.2025.0412',
    description: "The grantor's reference; unique per grantor and organisation",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  reference?: string;

  @ApiPropertyOptional({ example: 'Development project: sensor platform' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

export class UndertakingMemberView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '0123.456.749' }) enterpriseNumber: string;
}

export class DeMinimisAidView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() grantor: string;
  @ApiProperty({ example: '2025-04-10' }) grantedOn: string;
  @ApiProperty() amountCents: number;
  @ApiProperty({ enum: DE_MINIMIS_REGULATIONS }) regulation: DeMinimisRegulation;
  @ApiProperty({ enum: AID_SOURCES }) source: AidSource;
  @ApiProperty({ nullable: true, type: String }) reference: string | null;
}

export class RegisteredAidView extends DeMinimisAidView {
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) applicationId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DeMinimisUsageView {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ example: '2026-03-15', description: 'The date assessed on' }) on: string;
  @ApiProperty({ enum: ['2023/2831', '1407/2013'], description: 'The regulation in force on that date' })
  regulation: DeMinimisRegime;
  @ApiProperty({ example: 30_000_000 }) ceilingCents: number;
  @ApiProperty({ description: 'Aid granted to the single undertaking within the window' }) usedCents: number;
  @ApiProperty({ description: 'max(0, ceiling − used)' }) availableCents: number;
  @ApiProperty({ example: '2023-03-16', description: 'First grant date that counts' }) windowStart: string;
  @ApiProperty({ example: '2026-03-15', description: 'Last grant date that counts (= on)' })
  windowEnd: string;
  @ApiProperty({ type: [UndertakingMemberView], description: 'The single undertaking whose aid is summed' })
  undertaking: UndertakingMemberView[];
  @ApiProperty({ type: [DeMinimisAidView], description: 'The aid counted, newest first' })
  aid: DeMinimisAidView[];
}
