import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../kernel/actor.js';
import { DomainError } from '../../kernel/errors.js';
import { AccessService } from '../../platform/access/access.service.js';
import type {
  DocumentGuard,
  DocumentOwner,
  DocumentOwnerPolicy,
} from '../../platform/documents/documents.service.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { FinalReport } from './payment.entity.js';

/**
 * The evidence of an application's final report (invoices, time sheets, the technical report). The
 * coordinator's members (and staff, for a report received on paper) attach and remove it while the
 * grant is running and the report is not accepted; whoever may read the application reads it.
 */
@Injectable()
export class FinalReportDocumentsService implements DocumentOwnerPolicy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly applications: ApplicationsService,
  ) {}

  /** An application has one final report: its evidence hangs on the application's id. */
  owner({ id }: Record<string, string>): DocumentOwner {
    return { type: 'final_report', id };
  }

  async check(actor: Actor, { id: applicationId }: Record<string, string>, access: 'read' | 'edit') {
    const manager = this.dataSource.manager;
    await this.applications.findOrFail(manager, applicationId);
    await this.access.requireApplication(manager, actor, applicationId, access, {
      staffMayEdit: true,
      reason: 'Only the coordinating organisation reports on the project',
    });
  }

  guard(actor: Actor, { id: applicationId }: Record<string, string>): DocumentGuard {
    return {
      assertMayChange: async (manager, upload) => {
        const application = await this.applications.lock(manager, applicationId);
        await this.access.requireApplication(manager, actor, applicationId, 'edit', {
          staffMayEdit: true,
          reason: 'Only the coordinating organisation reports on the project',
        });
        if (application.status !== 'approved') {
          throw new DomainError(
            'INVALID_TRANSITION',
            `Final report evidence belongs to a running grant; this application is ${application.status}`,
          );
        }
        const report = await manager.findOneBy(FinalReport, { applicationId });
        if (report?.status === 'accepted') {
          throw new DomainError(
            'INVALID_TRANSITION',
            'The final report has been accepted: its evidence is fixed',
          );
        }
        if (upload?.organisationId) {
          const partners = new Set((application.snapshot?.partners ?? []).map((p) => p.organisationId));
          if (!partners.has(upload.organisationId)) {
            throw DomainError.validation('organisationId', 'is not a partner of this application');
          }
        }
      },
    };
  }
}
