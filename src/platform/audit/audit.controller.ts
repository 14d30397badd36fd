import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../kernel/auth.decorators.js';
import { AuditService } from './audit.service.js';
import { AuditPage, AuditQueryDto, ChainVerdictDto } from './dto/audit.dto.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @ApiOperation({
    summary: 'List audit events',
    description: 'The audit trail, newest first; filter by entity or actor.',
  })
  @Get()
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: AuditPage, description: 'Newest first' })
  list(@Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.audit.list(query);
  }

  @ApiOperation({
    summary: 'Verify the audit trail',
    description: 'Recomputes the hash chain and checks it against the latest signed anchors.',
  })
  @Get('verify')
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: ChainVerdictDto, description: 'Recomputes the whole hash chain' })
  verify(): Promise<ChainVerdictDto> {
    return this.audit.verify();
  }
}
