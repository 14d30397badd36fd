import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../kernel/actor.js';
import { DomainError } from '../../kernel/errors.js';
import { AccessService } from '../../platform/access/access.service.js';
import type { Document } from '../../platform/documents/document.entity.js';
import {
  type DocumentGuard,
  type DocumentOwner,
  DocumentsService,
  toDocumentView,
} from '../../platform/documents/documents.service.js';
import type { DocumentView } from '../../platform/documents/dto/document.dto.js';
import { ApplicationPartner } from './application.entity.js';
import { ApplicationsService } from './applications.service.js';
import { assertEditable } from './state-machine.js';

/**
 * The annexes of an application. The coordinator's members attach and remove them while it is a
 * draft or returned; everyone who may read the application (and the evaluators assigned to it) lists
 * and downloads them. Submission freezes their hashes in the snapshot.
 */
@Injectable()
export class ApplicationDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly applications: ApplicationsService,
    private readonly documents: DocumentsService,
  ) {}

  async upload(actor: Actor, applicationId: string, req: IncomingMessage): Promise<DocumentView> {
    // Before reading the upload: an outsider learns nothing from its errors (404 first).
    await this.check(actor, applicationId, 'edit');
    return this.documents.upload(actor, owner(applicationId), req, this.guard(actor, applicationId));
  }

  /** Attaches a local file as `actor` (the seed's demo documents), with the same checks as an upload. */
  async attachFile(
    actor: Actor,
    applicationId: string,
    fields: { kind: string; title: string; organisationId?: string | null },
    file: { path: string; fileName: string },
  ): Promise<DocumentView> {
    await this.check(actor, applicationId, 'edit');
    return this.documents.attachFile(
      actor,
      owner(applicationId),
      fields,
      file,
      this.guard(actor, applicationId),
    );
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
      // A document an earlier submission listed (the application was returned) stays, marked removed.
      keep: async (manager: EntityManager, document: Document) => {
        const application = await this.applications.findOrFail(manager, applicationId);
        return (application.snapshot?.documents ?? []).some((d) => d.id === document.id);
      },
    });
  }

  private async check(actor: Actor, applicationId: string, access: 'read' | 'edit'): Promise<void> {
    const manager = this.dataSource.manager;
    await this.applications.findOrFail(manager, applicationId);
    await this.access.requireApplication(manager, actor, applicationId, access, {
      assignedEvaluatorMayRead: true,
    });
  }

  private guard(actor: Actor, applicationId: string): DocumentGuard {
    return {
      assertMayChange: async (manager, upload) => {
        const application = await this.applications.lock(manager, applicationId);
        await this.access.requireApplication(manager, actor, applicationId, 'edit');
        assertEditable(application.status);
        if (upload?.organisationId) {
          const partner = await manager.findOneBy(ApplicationPartner, {
            applicationId,
            organisationId: upload.organisationId,
          });
          if (!partner) {
            throw DomainError.validation('organisationId', 'is not a partner of this application');
          }
        }
      },
    };
  }
}

function owner(applicationId: string): DocumentOwner {
  return { type: 'application', id: applicationId };
}
