import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  type StreamableFile,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { Idempotent } from '../../platform/idempotency/idempotency.interceptor.js';
import {
  RecordEaidRegistrationDto,
  RegisterEntryView,
  RegisterExportQueryDto,
  RegisterPage,
  RegisterQueryDto,
} from './dto/eaid-register.dto.js';
import { EaidRegisterService } from './eaid-register.service.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('de minimis')
@Controller('state-aid/register')
export class EaidRegisterController {
  constructor(private readonly register: EaidRegisterService) {}

  @Get()
  @Auth('staff')
  @ApiOperation({
    summary: 'eAid worklist',
    description:
      'De minimis aid of the province (from 2026) to enter in the European eAid register within 20 Belgian working days of the decision, by status, oldest deadline first',
  })
  @ApiOkResponse({ type: RegisterPage })
  list(@Query() query: RegisterQueryDto): Promise<RegisterPage> {
    return this.register.worklist(query);
  }

  @Get('export')
  @Auth('staff')
  @ApiOperation({
    summary: 'eAid worklist as CSV',
    description: 'The fields staff type into eAid, one row per aid record (semicolon-separated, UTF-8)',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'text/csv' })
  export(@Query() query: RegisterExportQueryDto): Promise<StreamableFile> {
    return this.register.exportCsv(query.status);
  }

  @Post(':aidId')
  @Idempotent()
  @HttpCode(200)
  @Auth('staff')
  @ApiOperation({
    summary: 'Record the eAid registration',
    description:
      'The reference eAid gave and the day of registration (audited); 409 INVALID_TRANSITION when already registered or not to be registered',
  })
  @ApiOkResponse({ type: RegisterEntryView })
  recordRegistration(
    @CurrentUser() actor: Actor,
    @Param('aidId', ParseUUIDPipe) aidId: string,
    @Body() dto: RecordEaidRegistrationDto,
  ): Promise<RegisterEntryView> {
    return this.register.record(actor, aidId, dto);
  }
}
