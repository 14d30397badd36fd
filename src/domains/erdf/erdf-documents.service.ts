import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../kernel/actor.js';
import { DomainError } from '../../kernel/errors.js';
import { AccessService } from '../../platform/access/access.service.js';
import type { DocumentOwnerType } from '../../platform/documents/document.entity.js';
import type {
  DocumentGuard,
  DocumentOwner,
  DocumentOwnerPolicy,
} from '../../platform/documents/documents.service.js';
import { ErdfClaim, ErdfPartner } from './erdf.entity.js';
import { ErdfRepository } from './erdf.repository.js';

/**
 * What the documents of an expense and of a claim share: staff change them, whoever may read the
 * project (staff, members of its partner organisations) reads them; 404 for a record of another project.
 */
@Injectable()
abstract class ErdfDocumentsPolicy implements DocumentOwnerPolicy {
  constructor(
    @InjectDataSource() protected readonly dataSource: DataSource,
    protected readonly access: AccessService,
    protected readonly repository: ErdfRepository,
  ) {}

  /** The owner type, the record's path parameter and its name in a 404. */
  protected abstract readonly record: { type: DocumentOwnerType; param: string; label: string };
  abstract guard(actor: Actor, ids: Record<string, string>): DocumentGuard;
  /** Whether the record is one of the project's (`ids.id`); else 404. */
  protected abstract exists(manager: EntityManager, ids: Record<string, string>): Promise<boolean>;

  async check(actor: Actor, ids: Record<string, string>, access: 'read' | 'edit'): Promise<void> {
    const manager = this.dataSource.manager;
    await this.access.requireErdfProject(manager, actor, ids.id, access);
    if (!(await this.exists(manager, ids))) {
      throw DomainError.notFound(this.record.label, ids[this.record.param]);
    }
  }

  owner(ids: Record<string, string>): DocumentOwner {
    return { type: this.record.type, id: ids[this.record.param] };
  }
}

/**
 * The invoice (and other evidence: a payslip, a credit note) behind an ERDF expense, on
 * `/erdf-projects/:id/expenses/:expenseId/documents`. Staff attach and remove them while the expense
 * is not withdrawn and is in no claim that has been submitted (a draft claim may still gather its
 * invoices); then they are fixed, as submitted to the managing authority. Whoever may read the
 * project reads them: staff, and members of its partner organisations.
 */
@Injectable()
export class ErdfExpenseDocuments extends ErdfDocumentsPolicy {
  protected readonly record = { type: 'erdf_expense' as const, param: 'expenseId', label: 'Expense' };

  protected async exists(manager: EntityManager, { id, expenseId }: Record<string, string>) {
    return (await this.repository.expense(manager, expenseId))?.projectId === id;
  }

  guard(actor: Actor, { id, expenseId }: Record<string, string>): DocumentGuard {
    return {
      assertMayChange: async (manager, upload) => {
        await this.access.requireErdfProject(manager, actor, id, 'edit');
        const state = await this.repository.lockExpenseForDocuments(manager, id, expenseId);
        if (!state) throw DomainError.notFound('Expense', expenseId);
        if (state.withdrawn) {
          throw new DomainError('INVALID_TRANSITION', 'The expense is withdrawn: its documents are fixed');
        }
        if (state.claim && state.claim.status !== 'draft') {
          throw new DomainError(
            'INVALID_TRANSITION',
            `The expense is in claim ${state.claim.number}, which is ${state.claim.status}: its documents are fixed as submitted`,
          );
        }
        if (upload?.organisationId && upload.organisationId !== state.partnerOrganisationId) {
          throw DomainError.validation('organisationId', 'is not the partner of this expense');
        }
      },
    };
  }
}

/**
 * The documents of an ERDF payment claim (the signed request, the partners' statements), on
 * `/erdf-projects/:id/claims/:claimId/documents`. Staff attach and remove them while the claim is a
 * draft; from its submission on they are fixed, and the submission's audit event lists them with their
 * hashes, together with those of the claim's expenses. Readers as for the project.
 */
@Injectable()
export class ErdfClaimDocuments extends ErdfDocumentsPolicy {
  protected readonly record = { type: 'claim' as const, param: 'claimId', label: 'Claim' };

  protected exists(manager: EntityManager, { id, claimId }: Record<string, string>) {
    return manager.existsBy(ErdfClaim, { id: claimId, projectId: id });
  }

  guard(actor: Actor, { id, claimId }: Record<string, string>): DocumentGuard {
    return {
      assertMayChange: async (manager, upload) => {
        await this.access.requireErdfProject(manager, actor, id, 'edit');
        const status = await this.repository.lockClaimForDocuments(manager, id, claimId);
        if (status === undefined) throw DomainError.notFound('Claim', claimId);
        if (status !== 'draft') {
          throw new DomainError(
            'INVALID_TRANSITION',
            `The claim is ${status}: its documents are fixed as submitted`,
          );
        }
        if (
          upload?.organisationId &&
          !(await manager.existsBy(ErdfPartner, { projectId: id, organisationId: upload.organisationId }))
        ) {
          throw DomainError.validation('organisationId', 'is not a partner of this project');
        }
      },
    };
  }
}
