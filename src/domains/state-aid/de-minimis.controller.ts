import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { ApiErrors } from '../../kernel/api-errors.js';
import { DeMinimisService } from './de-minimis.service.js';
import {
  DeMinimisQueryDto,
  DeMinimisUsageView,
  RegisteredAidView,
  RegisterExternalAidDto,
} from './dto/de-minimis.dto.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('de minimis')
@Controller('organisations/:id')
export class DeMinimisController {
  constructor(private readonly deMinimis: DeMinimisService) {}

  @ApiOperation({
    summary: 'Get de minimis aid usage',
    description: 'Aid received by the single undertaking over three years, against the ceiling.',
  })
  @Get('de-minimis')
  @Auth('applicant', 'staff', 'admin')
  @ApiOkResponse({
    type: DeMinimisUsageView,
    description:
      'De minimis aid of the single undertaking within the window that applies on `on`; staff, or members of the organisation',
  })
  usage(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DeMinimisQueryDto,
  ): Promise<DeMinimisUsageView> {
    return this.deMinimis.usageFor(actor, id, query.on);
  }

  @ApiOperation({
    summary: 'Register de minimis aid',
    description: 'Records aid from another body, checked against the ceiling.',
  })
  @ApiErrors('DE_MINIMIS_EXCEEDED', 'ALREADY_EXISTS')
  @Post('de-minimis-aid')
  @Auth('staff', 'admin')
  @ApiCreatedResponse({
    type: RegisteredAidView,
    description: 'Registers de minimis aid from another grantor',
  })
  register(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RegisterExternalAidDto,
  ): Promise<RegisteredAidView> {
    return this.deMinimis.registerExternalAid(actor, id, dto);
  }
}
