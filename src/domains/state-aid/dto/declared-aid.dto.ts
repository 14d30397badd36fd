import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { CalendarDate, Cents, Trim } from '../../../kernel/dto.js';
import { CEILING_2023_2831_CENTS, DE_MINIMIS_REGULATIONS, type DeMinimisRegulation } from '../de-minimis.js';
import { DECLARED_AID_STATUSES, type DeclaredAidStatus } from '../state-aid.repository.js';

export class DeclareAidDto {
  @ApiProperty({
    format: 'uuid',
    description: 'A partner of the application (its undertaking received the aid)',
  })
  @IsUUID()
  organisationId: string;

  @ApiProperty({ example: 'VLAIO (Agentschap Innoveren & Ondernemen)' })
  @Trim()
  @IsString()
  @Length(1, 200)
  grantor: string;

  @CalendarDate({ example: '2025-04-10', description: 'The day the aid was granted; not in the future' })
  grantedOn: string;

  @Cents({ example: 4_500_000, min: 1, max: CEILING_2023_2831_CENTS, description: 'Gross aid in cents' })
  amountCents: number;

  @ApiPropertyOptional({
    enum: DE_MINIMIS_REGULATIONS,
    description: 'Default: the regulation of the grant date',
  })
  @IsOptional()
  @IsIn(DE_MINIMIS_REGULATIONS)
  regulation?: DeMinimisRegulation;

  @ApiProperty({ example: true, description: 'Declaration on honour: must be true' })
  @Equals(true, { message: 'onHonour must be true: the declaration is made on honour' })
  onHonour: boolean;
}

export class ReviewDeclaredAidDto {
  @Cents({
    optional: true,
    min: 1,
    max: CEILING_2023_2831_CENTS,
    description: 'The corrected amount, if it differs',
  })
  amountCents?: number;

  @CalendarDate({ optional: true, description: 'The corrected grant date, if it differs' })
  grantedOn?: string;

  @ApiPropertyOptional({ description: 'The corrected grantor, if it differs' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  grantor?: string;

  @ApiPropertyOptional({ enum: DE_MINIMIS_REGULATIONS })
  @IsOptional()
  @IsIn(DE_MINIMIS_REGULATIONS)
  regulation?: DeMinimisRegulation;

  @ApiPropertyOptional({ example: 'Checked against the grant letter of 10 April 2025' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class DeclaredAidView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() grantor: string;
  @ApiProperty() grantedOn: string;
  @ApiProperty() amountCents: number;
  @ApiProperty({ enum: DE_MINIMIS_REGULATIONS }) regulation: DeMinimisRegulation;
  @ApiProperty({
    enum: DECLARED_AID_STATUSES,
    description: 'declared (on honour, not yet checked), confirmed or corrected by staff',
  })
  status: DeclaredAidStatus;
  @ApiProperty({ format: 'date-time' }) declaredAt: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The aid record staff made of it',
  })
  aidId: string | null;
  @ApiProperty({ nullable: true, type: String }) reviewNote: string | null;
}
