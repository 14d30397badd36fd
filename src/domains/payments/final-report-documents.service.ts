import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../kernel/actor.js';
import { DomainError } from '../../kernel/errors.js';
import { AccessService } from '../../platform/access/access.service.js';
import {
  type DocumentGuard,
  type DocumentOwner,
  DocumentsService,
  toDocumentView,
} from '../../platform/documents/documents.service.js';
import type { DocumentView } from '../../platform/documents/dto/document.dto.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { FinalReport } from './payment.entity.js';

/**
 * The evidence of an application's final report (invoices, time sheets, the technical report). The
 * coordinator's members (and staff, for a report received on paper) attach and remove it while the
 * grant is running and the report is not accepted; whoever may read the application reads it.
 */
@Injectable()
export class FinalReportDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly applications: ApplicationsService,
    private readonly documents: DocumentsService,
  ) {}

  async upload(actor: Actor, applicationId: string, req: IncomingMessage): Promise<DocumentView> {
    await this.check(actor, applicationId, 'edit');
    return this.documents.upload(actor, owner(applicationId), req, this.guard(actor, applicationId));
  }

  async list(actor: Actor, applicationId: string): Promise<DocumentView[]> {
    await this.check(actor, applicationId, 'read');
    return this.documents.listViews(owner(applicationId));
  }

  async download(
    actor: Actor,
    applicationId: string,
    documentId: string,
  ): Promise<{ document: DocumentView; content: Readable }> {
    await this.check(actor, applicationId, 'read');
    const { document, content } = await this.documents.open(owner(applicationId), documentId);
    return { document: toDocumentView(document), content };
  }

  async remove(actor: Actor, applicationId: string, documentId: string): Promise<void> {
    await this.check(actor, applicationId, 'edit');
    await this.documents.remove(actor, owner(applicationId), documentId, {
      ...this.guard(actor, applicationId),
      keep: () => Promise.resolve(false),
    });
  }

  private async check(actor: Actor, applicationId: string, access: 'read' | 'edit'): Promise<void> {
    const manager = this.dataSource.manager;
    await this.applications.findOrFail(manager, applicationId);
    await this.access.requireApplication(manager, actor, applicationId, access, {
      staffMayEdit: true,
      reason: 'Only the coordinating organisation reports on the project',
    });
  }

  private guard(actor: Actor, applicationId: string): DocumentGuard {
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

/** An application has one final report: its evidence hangs on the application's id. */
function owner(applicationId: string): DocumentOwner {
  return { type: 'final_report', id: applicationId };
}
