import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { Idempotent } from '../../platform/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../../kernel/pagination.js';
import {
  CallListQueryDto,
  CallPage,
  CallView,
  CreateCallDto,
  CreateProgrammeDto,
  ProgrammePage,
  ProgrammeView,
} from './dto/programme.dto.js';
import { ProgrammesService } from './programmes.service.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Post()
  @Idempotent()
  @Auth('staff', 'admin')
  @ApiCreatedResponse({
    type: ProgrammeView,
    description: 'Rules left out take the innovation-subsidy defaults',
  })
  create(@CurrentUser() actor: Actor, @Body() dto: CreateProgrammeDto): Promise<ProgrammeView> {
    return this.programmes.createProgramme(actor, dto);
  }

  @Get()
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOkResponse({ type: ProgrammePage })
  list(@Query() query: PageQueryDto): Promise<ProgrammePage> {
    return this.programmes.listProgrammes(query);
  }

  @Get(':id')
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOkResponse({ type: ProgrammeView })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ProgrammeView> {
    return this.programmes.getProgramme(id);
  }
}

@ApiTags('calls')
@Controller('calls')
export class CallsController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Post()
  @Idempotent()
  @Auth('staff', 'admin')
  @ApiCreatedResponse({ type: CallView })
  create(@CurrentUser() actor: Actor, @Body() dto: CreateCallDto): Promise<CallView> {
    return this.programmes.createCall(actor, dto);
  }

  @Get()
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOkResponse({
    type: CallPage,
    description: '`status` (upcoming, open, closed) is computed from the window',
  })
  list(@Query() query: CallListQueryDto): Promise<CallPage> {
    return this.programmes.listCalls(query);
  }

  @Get(':id')
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOkResponse({ type: CallView })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CallView> {
    return this.programmes.getCall(id);
  }
}
