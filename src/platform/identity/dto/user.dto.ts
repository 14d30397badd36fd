import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Trim } from '../../../kernel/dto.js';
import { PageOf, PageQueryDto } from '../../../kernel/pagination.js';
import { ROLES, type Role } from '../../../kernel/actor.js';

export const STAFF_CREATABLE_ROLES = ['evaluator', 'staff', 'admin'] as const;

const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class CredentialsDto {
  @ApiProperty({ example: 'an.peeters@example.be' })
  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 12, maxLength: 200, example: 'correct-horse-battery' })
  @IsString()
  @Length(12, 200, { message: 'password must be between 12 and 200 characters' })
  password: string;
}

export class RegisterDto extends CredentialsDto {
  @ApiProperty({ example: 'An Peeters' })
  @Trim()
  @IsString()
  @Length(1, 200)
  fullName: string;
}

export class LoginDto {
  @ApiProperty({ example: 'an.peeters@example.be' })
  @Transform(trimLower)
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  password: string;
}

export class CreateUserDto extends RegisterDto {
  @ApiProperty({ enum: STAFF_CREATABLE_ROLES })
  @IsIn(STAFF_CREATABLE_ROLES)
  role: (typeof STAFF_CREATABLE_ROLES)[number];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The organisation the person works for (conflicts of interest).',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class UserListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class UserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organisationId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class UserPage extends PageOf(UserView) {}

export class LoginResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn: number;
  @ApiProperty() user: UserView;
}
