import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../kernel/auth.decorators.js';
import { AuditAnchors } from './audit-anchors.js';
import { AuditService } from './audit.service.js';
import { AuditAnchorDto, AuditPage, AuditQueryDto, ChainVerdictDto } from './dto/audit.dto.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly anchors: AuditAnchors,
  ) {}

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

  @ApiOperation({
    summary: 'Anchor the audit trail now',
    description:
      'Signs the head of the hash chain with AUDIT_ANCHOR_KEY and appends it to the anchor file outside ' +
      'the database (also done every AUDIT_ANCHOR_INTERVAL). 503 without AUDIT_ANCHOR_KEY; an empty answer when ' +
      'the chain is empty or another process is anchoring at this moment.',
  })
  @Post('anchors')
  @HttpCode(200)
  @Auth('staff', 'admin')
  @ApiOkResponse({ type: AuditAnchorDto, description: 'The anchor written' })
  async anchor(): Promise<AuditAnchorDto | undefined> {
    return this.anchors.anchorNow();
  }
}
