import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { ApiErrors } from '../../kernel/api-errors.js';
import { CreateUserDto, UpdateUserDto, UserListQueryDto, UserPage, UserView } from './dto/user.dto.js';
import { UsersService } from './users.service.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiOperation({
    summary: 'Create a user',
    description: 'Admins create staff, evaluator and admin accounts.',
  })
  @ApiErrors('ALREADY_EXISTS')
  @Post()
  @Auth('admin')
  @ApiCreatedResponse({ type: UserView, description: 'An evaluator, staff or admin account' })
  create(@CurrentUser() actor: Actor, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(actor, dto);
  }

  @ApiOperation({ summary: 'List users', description: 'Every account.' })
  @Get()
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: UserPage })
  list(@Query() query: UserListQueryDto): Promise<UserPage> {
    return this.users.list(query);
  }

  @ApiOperation({ summary: 'Get one user', description: 'An account.' })
  @Get(':id')
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: UserView })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return this.users.findById(id);
  }

  @Patch(':id')
  @Auth('admin')
  @ApiOperation({
    summary: "Change a user's role or status",
    description:
      'Demote, promote, disable or re-enable an account. It counts from the next request of that user; ' +
      'disabling also ends their sessions. Audited. Admins cannot change their own account.',
  })
  @ApiOkResponse({ type: UserView })
  update(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(actor, id, dto);
  }
}
