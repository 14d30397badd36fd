import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CalendarDate, Trim } from '../../../kernel/dto.js';
import { PageOf, PageQueryDto } from '../../../kernel/pagination.js';
import { DE_MINIMIS_REGULATIONS, type DeMinimisRegulation } from '../de-minimis.js';
import { REGISTER_STATUSES, type RegisterStatus } from '../state-aid.repository.js';

export class RegisterQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: REGISTER_STATUSES,
    description:
      'due: not in eAid yet, deadline today or later; overdue: deadline passed; registered. Default: all',
  })
  @IsOptional()
  @IsIn(REGISTER_STATUSES)
  status?: RegisterStatus;
}

export class RegisterExportQueryDto {
  @ApiPropertyOptional({ enum: REGISTER_STATUSES, description: 'As for the worklist; default: all' })
  @IsOptional()
  @IsIn(REGISTER_STATUSES)
  status?: RegisterStatus;
}

export class RecordEaidRegistrationDto {
  @ApiProperty({ example: 'BE-DM-2026-000123', description: 'The reference eAid gave the registration' })
  @Trim()
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9./_-]*$/, {
    message: 'eaidReference must be letters, digits, dots, slashes, dashes or underscores',
  })
  eaidReference: string;

  @CalendarDate({
    example: '2026-02-10',
    description: 'The day it was entered in eAid: not before the record, not in the future',
  })
  registeredOn: string;
}

export class RegisterEntryView {
  @ApiProperty({ format: 'uuid' }) aidId: string;
  @ApiProperty({ enum: REGISTER_STATUSES }) status: RegisterStatus;
  @ApiProperty({ description: 'Decision (or correction) date + 20 Belgian working days' }) registerBy: string;
  @ApiProperty({ description: 'Working days left until registerBy (negative when overdue)' })
  workingDaysLeft: number;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ description: 'Beneficiary identifier in eAid (KBO/BCE number)' }) enterpriseNumber: string;
  @ApiProperty() grantor: string;
  @ApiProperty({ description: 'The decision date' }) grantedOn: string;
  @ApiProperty({ description: 'The day the record was made (the decision, or the correction)' })
  recordedOn: string;
  @ApiProperty({ description: 'Gross aid in cents; negative for a correction' }) amountCents: number;
  @ApiProperty({ enum: DE_MINIMIS_REGULATIONS }) regulation: DeMinimisRegulation;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) applicationId: string | null;
  @ApiProperty({ nullable: true, type: String }) programmeCode: string | null;
  @ApiProperty({ nullable: true, type: String }) callTitle: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The aid a correction lowers' })
  correctsAidId: string | null;
  @ApiProperty({ nullable: true, type: String }) eaidReference: string | null;
  @ApiProperty({ nullable: true, type: String }) registeredOn: string | null;
}

export class RegisterPage extends PageOf(RegisterEntryView) {}
