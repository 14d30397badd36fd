import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../kernel/auth.decorators.js';
import { AuditService } from './audit.service.js';
import { AuditPage, AuditQueryDto, ChainVerdictDto } from './dto/audit.dto.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: AuditPage, description: 'Newest first' })
  list(@Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.audit.list(query);
  }

  @Get('verify')
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: ChainVerdictDto, description: 'Recomputes the whole hash chain' })
  verify(): Promise<ChainVerdictDto> {
    return this.audit.verify();
  }
}
