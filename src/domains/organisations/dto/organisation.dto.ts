import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../../kernel/dto.js';
import { PageOf, PageQueryDto } from '../../../kernel/pagination.js';
import { IsBelgianIban, IsCalendarDate, IsEnterpriseNumber } from '../../../kernel/validators.js';
import {
  LINK_RELATIONS,
  type LinkRelation,
  MEMBER_ROLES,
  type MemberRole,
  ORGANISATION_STATUSES,
  type OrganisationStatus,
  ORGANISATION_KINDS,
  type OrganisationKind,
  SME_SIZES,
  type SmeSize,
} from '../organisation.entity.js';

export class AddressDto {
  @ApiProperty({ example: 'Provincieplein 1' })
  @Trim()
  @IsString()
  @Length(1, 200)
  street: string;

  @ApiProperty({ example: '3010' })
  @Trim()
  @IsString()
  @Matches(/^[A-Za-z0-9 -]{3,10}$/, { message: 'postalCode must be a postal code' })
  postalCode: string;

  @ApiProperty({ example: 'Leuven' })
  @Trim()
  @IsString()
  @Length(1, 100)
  city: string;

  @ApiProperty({ example: 'BE', description: 'ISO 3166-1 alpha-2' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO country code' })
  country: string;
}

export class CreateOrganisationDto {
  @ApiProperty({ example: 'Vitalis Diagnostics' })
  @Trim()
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: '0123.456.749', description: 'KBO/BCE number; the check digits are verified' })
  @IsString()
  @MaxLength(20)
  @IsEnterpriseNumber()
  enterpriseNumber: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @ApiPropertyOptional({ enum: SME_SIZES, description: 'Only for kind sme' })
  @IsOptional()
  @IsIn(SME_SIZES)
  smeSize?: SmeSize;

  @ApiPropertyOptional({ type: AddressDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto;

  @ApiPropertyOptional({ example: 'BE68 5390 0754 7034' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @IsBelgianIban()
  iban?: string;
}

export class OrganisationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name or enterprise number' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_STATUSES, description: 'e.g. pending: awaiting verification' })
  @IsOptional()
  @IsIn(ORGANISATION_STATUSES)
  status?: OrganisationStatus;
}

export class LookupQueryDto {
  @ApiProperty({ example: '0123.456.749' })
  @IsString()
  @MaxLength(20)
  @IsEnterpriseNumber()
  enterpriseNumber: string;
}

export class CreateLinkDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  linkedOrganisationId: string;

  @ApiProperty({ enum: LINK_RELATIONS, description: 'What the linked organisation is to this one' })
  @IsIn(LINK_RELATIONS)
  relation: LinkRelation;
}

export class AddressView {
  @ApiProperty({ nullable: true, type: String }) street: string | null;
  @ApiProperty({ nullable: true, type: String }) postalCode: string | null;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty({ nullable: true, type: String }) country: string | null;
}

export const SME_STATUSES = ['not_sme', 'declared', 'confirmed'] as const;
export type SmeStatus = (typeof SME_STATUSES)[number];

export class OrganisationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '0123.456.749' }) enterpriseNumber: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty({ enum: SME_SIZES, nullable: true }) smeSize: SmeSize | null;
  @ApiProperty({ type: AddressView, nullable: true }) address: AddressView | null;
  @ApiProperty({ nullable: true, type: String }) iban: string | null;
  @ApiProperty({
    enum: ORGANISATION_STATUSES,
    description: 'pending until staff or an e-ID login verify it; only a verified organisation submits',
  })
  status: OrganisationStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) verifiedAt: string | null;
  @ApiProperty({
    enum: SME_STATUSES,
    description:
      '`declared`: an SME whose size staff have not confirmed; `confirmed`: staff confirmed the size ' +
      '(smeConfirmation); `not_sme`: another kind',
  })
  smeStatus: SmeStatus;
  @ApiProperty({
    type: () => SmeConfirmationView,
    nullable: true,
    description: 'Staff only (null for applicants and while unconfirmed)',
  })
  smeConfirmation: SmeConfirmationView | null;
  @ApiPropertyOptional({
    description:
      'Only in GET /organisations/:id: whether it counts as an SME for the funding rate — an SME that is ' +
      'not linked (parent, subsidiary, linked) to a large enterprise',
  })
  smeForRate?: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SmeConfirmationView {
  @ApiProperty({ enum: SME_SIZES }) smeSize: SmeSize;
  @ApiProperty({ format: 'date' }) confirmedOn: string;
  @ApiProperty({ description: 'What staff checked, e.g. annual accounts and the shareholder register' })
  evidence: string;
  @ApiProperty({ format: 'uuid' }) confirmedBy: string;
}

/** Staff confirm an organisation's SME size, with the day they did and the evidence they saw. */
export class ConfirmSmeDto {
  @ApiProperty({
    enum: SME_SIZES,
    description: 'The size staff found; it replaces a different declared size',
  })
  @IsIn(SME_SIZES)
  smeSize: SmeSize;

  @ApiProperty({ example: '2026-12-01', format: 'date', description: 'Not after today' })
  @IsCalendarDate()
  confirmedOn: string;

  @ApiProperty({
    example:
      'Jaarrekening 2025 (NBB) en aandeelhoudersregister gecontroleerd: 18 VTE, geen verbonden grote onderneming',
  })
  @Trim()
  @IsString()
  @Length(5, 2000)
  evidence: string;
}

/** What any signed-in user may see of an organisation (to name it as a partner). */
export class OrganisationSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() enterpriseNumber: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty({ enum: ORGANISATION_STATUSES }) status: OrganisationStatus;
}

export class OrganisationPage extends PageOf(OrganisationView) {}

export class LinkView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ format: 'uuid' }) linkedOrganisationId: string;
  @ApiProperty({ enum: LINK_RELATIONS }) relation: LinkRelation;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SingleUndertakingView {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({
    description: 'A large enterprise belongs to it: none of its members is an SME for the funding rate',
  })
  includesLargeEnterprise: boolean;
  @ApiProperty({
    type: [OrganisationSummary],
    description: 'The organisation and every one linked to it, directly or not',
  })
  members: OrganisationSummary[];
}

/**
 * A change of an organisation's facts: by its administrators while it is pending, by staff after
 * (every change is audited with the old and new values).
 */
export class UpdateOrganisationDto {
  @ApiPropertyOptional({ example: 'Vitalis Diagnostics' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @ApiPropertyOptional({ enum: SME_SIZES, nullable: true, description: 'Only for kind sme; null to clear' })
  @IsOptional()
  @IsIn([...SME_SIZES, null])
  smeSize?: SmeSize | null;

  @ApiPropertyOptional({ type: AddressDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto;

  @ApiPropertyOptional({ example: 'BE68 5390 0754 7034' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @IsBelgianIban()
  iban?: string;
}

export class MemberView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ format: 'date-time' }) since: string;
}

export class MemberRoleDto {
  @ApiProperty({ enum: MEMBER_ROLES })
  @IsIn(MEMBER_ROLES)
  role: MemberRole;
}

export class JoinRequestDto {
  @ApiPropertyOptional({ description: 'A word to the administrators', maxLength: 1000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  message?: string;
}

export const JOIN_REQUEST_STATUSES = ['pending', 'approved', 'refused'] as const;
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number];

export class JoinRequestView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: JOIN_REQUEST_STATUSES }) status: JoinRequestStatus;
  @ApiProperty({ nullable: true, type: String }) message: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt: string | null;
}

export class JoinRequestListQueryDto {
  @ApiPropertyOptional({ enum: JOIN_REQUEST_STATUSES })
  @IsOptional()
  @IsIn(JOIN_REQUEST_STATUSES)
  status?: JoinRequestStatus;
}

export class JoinDecisionDto {
  @ApiProperty({ enum: ['approve', 'refuse'] })
  @IsIn(['approve', 'refuse'])
  decision: 'approve' | 'refuse';
}

export class InvitationDto {
  @ApiProperty({ example: 'collega@example.be' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ enum: MEMBER_ROLES, default: 'member' })
  @IsOptional()
  @IsIn(MEMBER_ROLES)
  role?: MemberRole;

  @ApiPropertyOptional({ enum: ['nl', 'en'], default: 'nl', description: 'Language of the mail' })
  @IsOptional()
  @IsIn(['nl', 'en'])
  language?: 'nl' | 'en';
}

export class InvitationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) acceptedAt: string | null;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token from the invitation mail' })
  @IsString()
  @Length(20, 200)
  token: string;
}

export class OidcCallbackQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) code?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) state?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) iss?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) session_state?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) error?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) error_description?: string;
}
