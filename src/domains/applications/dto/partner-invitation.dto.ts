import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { CONSENT_STATUSES, type ConsentStatus } from '../partner-consent.repository.js';

export class PartnerInvitationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({
    enum: CONSENT_STATUSES,
    description: 'The application is submitted only when every partner accepted',
  })
  status: ConsentStatus;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The address the invitation was mailed to (an organisation without members)',
  })
  email: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) answeredAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PartnerInvitationEmailDto {
  @ApiProperty({ example: 'directie@partner.example.be' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ enum: ['nl', 'en'], default: 'nl' })
  @IsOptional()
  @IsIn(['nl', 'en'])
  language?: 'nl' | 'en';
}

export class PartnerTokenDto {
  @ApiProperty({ description: 'The token of the invitation mail' })
  @IsString()
  @Length(20, 200)
  token: string;
}
