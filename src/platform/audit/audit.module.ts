import { Global, Module } from '@nestjs/common';
import { AuditAnchors } from './audit-anchors.js';
import { AuditChain } from './audit-chain.js';
import { AuditController } from './audit.controller.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';

/** Global: every domain records its changes through AuditService inside its own transactions. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditChain, AuditRepository, AuditAnchors],
  exports: [AuditService, AuditChain, AuditAnchors],
})
export class AuditModule {}
