import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Throttled } from '../../kernel/api-errors.js';
import type { Request } from 'express';
import {
  AcceptedView,
  AuthMethodsView,
  ChangePasswordDto,
  LoginDto,
  LoginResponse,
  OidcStartView,
  RegisterDto,
  ResetPasswordDto,
  ResetRequestDto,
  TokenDto,
  UserView,
} from './dto/user.dto.js';
import { UsersService } from './users.service.js';
import { Auth, CurrentUser, Public } from '../../kernel/auth.decorators.js';
import { AuthService } from './auth.service.js';
import { OidcService } from './oidc.service.js';
import type { Actor } from '../../kernel/actor.js';

/** The client address as Express sees it through TRUST_PROXY. */
const clientAddress = (request: Request): string => request.ip ?? request.socket.remoteAddress ?? 'unknown';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly oidc: OidcService,
  ) {}

  @Post('register')
  @Throttled()
  @HttpCode(202)
  @Public()
  @ApiOperation({
    summary: 'Register as an applicant',
    description:
      'Always answers 202 with the same body, whether or not the address has an account (no account ' +
      'enumeration). A new account gets a mail with a link to confirm the address; it can log in after. ' +
      'Throttled per client address (REGISTER_RATE_LIMIT).',
  })
  @ApiAcceptedResponse({ type: AcceptedView })
  @ApiTooManyRequestsResponse({ description: 'Too many registrations from this address (Retry-After)' })
  register(@Body() dto: RegisterDto, @Req() request: Request): Promise<AcceptedView> {
    return this.auth.register(dto, clientAddress(request));
  }

  @Post('verify-email')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Confirm an e-mail address',
    description: 'The token from the registration mail; single use, valid for 48 hours.',
  })
  @ApiOkResponse({ type: UserView })
  verifyEmail(@Body() dto: TokenDto): Promise<UserView> {
    return this.auth.verifyEmail(dto.token);
  }

  @Post('login')
  @Throttled()
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Log in with e-mail address and password',
    description:
      'Failed attempts are throttled per account (LOGIN_RATE_LIMIT) and per client address ' +
      '(LOGIN_ADDRESS_RATE_LIMIT): 429 with Retry-After. Successful logins are never counted.',
  })
  @ApiOkResponse({ type: LoginResponse })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts (Retry-After)' })
  login(@Body() dto: LoginDto, @Req() request: Request): Promise<LoginResponse> {
    return this.auth.login(dto.email, dto.password, clientAddress(request));
  }

  @Post('logout')
  @HttpCode(204)
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOperation({
    summary: 'Log out',
    description: "Revokes this token's session: it is refused from now on.",
  })
  @ApiNoContentResponse()
  logout(@CurrentUser() actor: Actor): Promise<void> {
    return this.auth.logout(actor);
  }

  @Post('password')
  @HttpCode(204)
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOperation({
    summary: 'Change your password',
    description: 'Needs the current password; ends every other session of the account.',
  })
  @ApiNoContentResponse()
  changePassword(@CurrentUser() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(actor, dto.currentPassword, dto.newPassword);
  }

  @Post('password-reset')
  @Throttled()
  @HttpCode(202)
  @Public()
  @ApiOperation({
    summary: 'Ask for a password reset link',
    description:
      'Sends a single-use link, valid for 15 minutes, if the address has an active account. The answer is ' +
      'the same either way. Throttled per client address.',
  })
  @ApiAcceptedResponse({ type: AcceptedView })
  requestReset(@Body() dto: ResetRequestDto, @Req() request: Request): Promise<AcceptedView> {
    return this.auth.requestReset(dto.email, clientAddress(request));
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @Public()
  @ApiOperation({
    summary: 'Set a new password with a reset link',
    description:
      'The token of the reset mail works once, within 15 minutes; every session of the account ends.',
  })
  @ApiNoContentResponse()
  resetPassword(@Body() dto: ResetPasswordDto): Promise<void> {
    return this.auth.resetPassword(dto.token, dto.newPassword);
  }

  @Get('methods')
  @Public()
  @ApiOperation({
    summary: 'The ways to log in on this site',
    description:
      'Password login always; e-ID login (GET /api/auth/oidc/start) when OIDC_ISSUER and the rest are ' +
      'configured. No side effects: the e-ID provider is not contacted, so the portal can ask on every visit.',
  })
  @ApiOkResponse({ type: AuthMethodsView })
  methods(): AuthMethodsView {
    return { password: true, eid: this.oidc.isConfigured() };
  }

  @Get('oidc/start')
  @Public()
  @ApiOperation({
    summary: 'Start an e-ID login',
    description:
      'The URL of the e-ID provider (OIDC_ISSUER) to send the browser to; the provider sends it back to ' +
      'OIDC_REDIRECT_URL, whose query string goes to GET /api/auth/oidc/callback. 404 when e-ID is not configured.',
  })
  @ApiOkResponse({ type: OidcStartView })
  oidcStart(): Promise<OidcStartView> {
    return this.oidc.start();
  }

  @ApiOperation({ summary: 'Who am I', description: 'The signed-in user.' })
  @Get('me')
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOkResponse({ type: UserView })
  me(@CurrentUser() user: Actor): Promise<UserView> {
    return this.users.findById(user.id);
  }
}
