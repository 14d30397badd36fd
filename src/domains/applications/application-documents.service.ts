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
  type DocumentOwnerPolicy,
  DocumentsService,
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
export class ApplicationDocumentsService implements DocumentOwnerPolicy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly applications: ApplicationsService,
    private readonly documents: DocumentsService,
  ) {}

  owner({ id }: Record<string, string>): DocumentOwner {
    return { type: 'application', id };
  }

  /** Attaches a local file as `actor` (the seed's demo documents), with the same checks as an upload. */
  attachFile(
    actor: Actor,
    applicationId: string,
    fields: { kind: string; title: string; organisationId?: string | null },
    file: { path: string; fileName: string },
  ): Promise<DocumentView> {
    return this.documents.of(this, { id: applicationId }).attachFile(actor, fields, file);
  }

  list(actor: Actor, applicationId: string): Promise<DocumentView[]> {
    return this.documents.of(this, { id: applicationId }).list(actor);
  }

  /** A document an earlier submission listed (the application was returned) stays, marked removed. */
  async keep(manager: EntityManager, { id }: Record<string, string>, document: Document): Promise<boolean> {
    const application = await this.applications.findOrFail(manager, id);
    return (application.snapshot?.documents ?? []).some((d) => d.id === document.id);
  }

  async check(actor: Actor, { id: applicationId }: Record<string, string>, access: 'read' | 'edit') {
    const manager = this.dataSource.manager;
    await this.applications.findOrFail(manager, applicationId);
    await this.access.requireApplication(manager, actor, applicationId, access, {
      assignedEvaluatorMayRead: true,
    });
  }

  guard(actor: Actor, { id: applicationId }: Record<string, string>): DocumentGuard {
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
