import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { Idempotent } from '../../platform/idempotency/idempotency.interceptor.js';
import { DeclaredAidService } from './declared-aid.service.js';
import { DeclareAidDto, DeclaredAidView, ReviewDeclaredAidDto } from './dto/declared-aid.dto.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('de minimis')
@Controller()
export class DeclaredAidController {
  constructor(private readonly declared: DeclaredAidService) {}

  @Post('applications/:id/declared-aid')
  @Idempotent()
  @Auth('applicant')
  @ApiOperation({
    summary: 'Declare other de minimis aid',
    description:
      'Declaration on honour, per partner undertaking, of de minimis aid from other grantors: by the coordinating organisation, before submission',
  })
  @ApiCreatedResponse({ type: DeclaredAidView })
  declare(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DeclareAidDto,
  ): Promise<DeclaredAidView> {
    return this.declared.declare(actor, id, dto);
  }

  @Get('applications/:id/declared-aid')
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: 'Declared de minimis aid',
    description: 'The declarations of an application and their review',
  })
  @ApiOkResponse({ type: [DeclaredAidView] })
  list(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<DeclaredAidView[]> {
    return this.declared.list(actor, id);
  }

  @Post('declared-aid/:id/review')
  @Idempotent()
  @HttpCode(200)
  @Auth('staff')
  @ApiOperation({
    summary: 'Confirm or correct declared aid',
    description:
      'Staff confirm the declaration, or correct its fields (then status corrected); it becomes a record of external aid. 409 when already reviewed',
  })
  @ApiOkResponse({ type: DeclaredAidView })
  review(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReviewDeclaredAidDto,
  ): Promise<DeclaredAidView> {
    return this.declared.review(actor, id, dto);
  }
}
