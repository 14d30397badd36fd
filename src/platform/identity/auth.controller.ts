import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { LoginDto, LoginResponse, RegisterDto, UserView } from './dto/user.dto.js';
import { UsersService } from './users.service.js';
import { Auth, CurrentUser, Public } from '../../kernel/auth.decorators.js';
import { ApiErrors } from '../../kernel/api-errors.js';
import { AuthService } from './auth.service.js';
import { RateLimit, RateLimitGuard } from './rate-limit.guard.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @ApiOperation({
    summary: 'Create an applicant account',
    description: 'Anyone may register; new accounts are applicants.',
  })
  @ApiErrors('ALREADY_EXISTS')
  @Post('register')
  @Public()
  @UseGuards(RateLimitGuard)
  @RateLimit('register')
  @ApiCreatedResponse({ type: UserView, description: 'A new applicant account' })
  @ApiTooManyRequestsResponse({ description: 'Too many registrations from this address' })
  register(@Body() dto: RegisterDto): Promise<UserView> {
    return this.auth.register(dto);
  }

  @ApiOperation({
    summary: 'Sign in',
    description: 'Exchanges an e-mail address and password for a bearer token.',
  })
  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(RateLimitGuard)
  @RateLimit('login')
  @ApiOkResponse({ type: LoginResponse })
  @ApiTooManyRequestsResponse({ description: 'Too many login attempts from this address' })
  login(@Body() dto: LoginDto): Promise<LoginResponse> {
    return this.auth.login(dto.email, dto.password);
  }

  @ApiOperation({ summary: 'Who am I', description: 'The signed-in user.' })
  @Get('me')
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOkResponse({ type: UserView })
  me(@CurrentUser() user: Actor): Promise<UserView> {
    return this.users.findById(user.id);
  }
}
