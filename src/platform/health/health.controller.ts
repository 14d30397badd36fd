import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Public } from '../../kernel/auth.decorators.js';
import { type Actor, seesAll } from '../../kernel/actor.js';
import { HealthService } from './health.service.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @ApiOperation({
    summary: 'Readiness',
    description: 'Whether the service can serve: 200 or 503. Staff see the state of each dependency.',
  })
  @Get()
  @Public()
  @ApiOkResponse({ description: 'Ready: the database (and the queue, where there is one) answer' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down' })
  async ready(
    @CurrentUser() actor: Actor | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<object> {
    const result = await this.health.run();
    res.status(result.ok ? 200 : 503);
    const status = result.ok ? 'ok' : 'unavailable';
    // The state of each dependency is for staff: it tells an attacker what runs behind the API.
    return actor && seesAll(actor) ? { status, checks: result.checks } : { status };
  }

  @ApiOperation({ summary: 'Liveness', description: 'Whether the process answers at all.' })
  @Get('live')
  @Public()
  @ApiOkResponse({ description: 'The process is alive' })
  live(): object {
    return { status: 'ok' };
  }
}
