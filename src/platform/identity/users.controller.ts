import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { CreateUserDto, UserListQueryDto, UserPage, UserView } from './dto/user.dto.js';
import { UsersService } from './users.service.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Auth('admin')
  @ApiCreatedResponse({ type: UserView, description: 'An evaluator, staff or admin account' })
  create(@CurrentUser() actor: Actor, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(actor, dto);
  }

  @Get()
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: UserPage })
  list(@Query() query: UserListQueryDto): Promise<UserPage> {
    return this.users.list(query);
  }

  @Get(':id')
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: UserView })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return this.users.findById(id);
  }
}
