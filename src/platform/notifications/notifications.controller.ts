import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../kernel/actor.js';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import {
  NotificationIdParams,
  NotificationListQueryDto,
  NotificationPage,
  NotificationView,
  PreferencesView,
  ReadAllView,
  UpdatePreferencesDto,
} from './dto/notification.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOperation({
    summary: 'My notifications',
    description:
      'The signed-in user’s own notifications, newest first, with the number unread; each links to its resource.',
  })
  @ApiOkResponse({ type: NotificationPage })
  list(@CurrentUser() user: Actor, @Query() query: NotificationListQueryDto): Promise<NotificationPage> {
    return this.notifications.list(user, query);
  }

  @Post('read-all')
  @HttpCode(200)
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOperation({ summary: 'Mark all my notifications read', description: 'Returns how many were unread.' })
  @ApiOkResponse({ type: ReadAllView })
  readAll(@CurrentUser() user: Actor): Promise<ReadAllView> {
    return this.notifications.markAllRead(user);
  }

  @Get('preferences')
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOperation({
    summary: 'My notification preferences',
    description:
      'E-mail on or off per category (in-app is always on; legal categories always e-mail) and the language.',
  })
  @ApiOkResponse({ type: PreferencesView })
  preferences(@CurrentUser() user: Actor): Promise<PreferencesView> {
    return this.notifications.preferences(user);
  }

  @Put('preferences')
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOperation({
    summary: 'Change my notification preferences',
    description:
      'Switch e-mail per category and choose the language (nl, en). Switching off a legal category (decision, correction) is 400 VALIDATION_FAILED.',
  })
  @ApiOkResponse({ type: PreferencesView })
  updatePreferences(@CurrentUser() user: Actor, @Body() dto: UpdatePreferencesDto): Promise<PreferencesView> {
    return this.notifications.updatePreferences(user, dto);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOperation({
    summary: 'Mark a notification read',
    description: 'Only one of your own (another user’s: 404).',
  })
  @ApiOkResponse({ type: NotificationView })
  read(@CurrentUser() user: Actor, @Param() params: NotificationIdParams): Promise<NotificationView> {
    return this.notifications.markRead(user, params.id);
  }
}
