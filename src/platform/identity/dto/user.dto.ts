import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { passwordProblem } from '../password.js';
import { USER_STATUSES, type UserStatus } from '../user.entity.js';
import { Trim } from '../../../kernel/dto.js';
import { PageOf, PageQueryDto } from '../../../kernel/pagination.js';
import { ROLES, type Role } from '../../../kernel/actor.js';

export const STAFF_CREATABLE_ROLES = ['evaluator', 'staff', 'admin'] as const;

/** A new password: at least 12 characters, not only whitespace, not a common one (`passwordProblem`). */
export function IsAcceptablePassword(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} ${typeof args.value === 'string' ? (passwordProblem(args.value) ?? '') : 'must be a string'}`,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && !passwordProblem(value) },
    });
}

const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class CredentialsDto {
  @ApiProperty({ example: 'an.peeters@example.be' })
  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({
    minLength: 12,
    maxLength: 200,
    example: 'correct-horse-battery',
    description: 'At least 12 characters, not only spaces, not a common password',
  })
  @IsAcceptablePassword()
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
  @ApiProperty({ enum: USER_STATUSES }) status: UserStatus;
  @ApiProperty({ description: 'Whether the owner confirmed the e-mail address' }) emailVerified: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class UserPage extends PageOf(UserView) {}

export class LoginResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn: number;
  @ApiProperty() user: UserView;
}

/** What registration and a reset request answer, whether or not the address has an account. */
export class AcceptedView {
  @ApiProperty({ example: 'accepted' }) status: 'accepted';
  @ApiProperty() message: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ROLES, description: 'A new role; takes effect on the next request' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: USER_STATUSES, description: 'disabled: refused from the next request on' })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;
}

export class TokenDto {
  @ApiProperty({ description: 'The token from the link in the e-mail' })
  @IsString()
  @Length(20, 200)
  token: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({
    minLength: 12,
    maxLength: 200,
    description: 'At least 12 characters, not only spaces, not common',
  })
  @IsAcceptablePassword()
  newPassword: string;
}

export class ResetRequestDto {
  @ApiProperty({ example: 'an.peeters@example.be' })
  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;
}

export class ResetPasswordDto extends TokenDto {
  @ApiProperty({
    minLength: 12,
    maxLength: 200,
    description: 'At least 12 characters, not only spaces, not common',
  })
  @IsAcceptablePassword()
  newPassword: string;
}

export class OidcStartView {
  @ApiProperty({ description: "The e-ID provider's authorization URL to send the browser to" })
  authorizationUrl: string;
  @ApiProperty({ description: 'The state the callback must bring back' }) state: string;
}

export class AuthMethodsView {
  @ApiProperty({ description: 'Login with e-mail address and password; always offered' })
  password: boolean;
  @ApiProperty({
    description: 'Login with e-ID (OpenID Connect, GET /api/auth/oidc/start); only when OIDC_* is configured',
  })
  eid: boolean;
}

export class OidcCallbackDto {
  @ApiProperty({ description: 'The full URL the provider redirected to (with code and state)' })
  @IsString()
  @MaxLength(4000)
  callbackUrl: string;
}
