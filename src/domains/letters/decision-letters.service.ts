import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApplicationsService } from '../applications/applications.service.js';
import { AccessService } from '../../platform/access/access.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { DomainError } from '../../kernel/errors.js';
import { LettersService } from './letters.service.js';
import { LettersRepository } from './letters.repository.js';
import { Decision } from '../decisions/decision.entity.js';
import { DecisionNoticeRepository } from '../decisions/decision-notice.repository.js';
import { Clock } from '../../kernel/clock.js';
import type { RegenerationView } from './dto/decision-letter.dto.js';
import type { Actor } from '../../kernel/actor.js';

export type LetterDownload =
  { status: 'ready'; content: Buffer; sha256: string; fileName: string } | { status: 'pending' };

/** The download of decision letters, and their regeneration per call. */
@Injectable()
export class DecisionLettersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly applications: ApplicationsService,
    private readonly access: AccessService,
    private readonly letters: LettersService,
    private readonly repository: LettersRepository,
    private readonly notices: DecisionNoticeRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * `GET /applications/:id/decision-letter`: the stored PDF (always the same bytes), or pending while
   * the job has not produced it yet. 404 before a decision, and for users outside the consortium.
   */
  async download(actor: Actor, applicationId: string): Promise<LetterDownload> {
    const manager = this.dataSource.manager;
    const application = await this.applications.findOrFail(manager, applicationId);
    await this.access.requireApplication(manager, actor, applicationId);
    const decision = await manager.findOneBy(Decision, { applicationId });
    if (!decision) throw DomainError.notFound('Decision on application', applicationId);
    const stored = await this.letters.findForApplication(applicationId);
    if (!stored || stored.letter.decisionId !== decision.id) return { status: 'pending' };
    // The first download by a member of the addressee (the coordinator) is on record for the appeal period.
    if (
      actor.role === 'applicant' &&
      (await this.access.isCoordinatorMember(manager, actor.id, applicationId))
    ) {
      await this.notices.recordDownload(manager, decision.id, actor.id, this.clock.now());
    }
    const prefix = application.language === 'en' ? 'decision' : 'beslissing';
    return {
      status: 'ready',
      content: stored.content,
      sha256: stored.letter.sha256,
      fileName: `${prefix}-${application.reference}.pdf`,
    };
  }

  /** `POST /calls/:id/decision-letters` (staff): renders every letter of the call again, in the background. */
  async regenerateCall(actor: Actor, callId: string): Promise<RegenerationView> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.callExists(manager, callId))) throw DomainError.notFound('Call', callId);
      const ids = await this.repository.decisionIdsOfCall(manager, callId);
      await this.letters.requestRegeneration(manager, ids);
      await this.audit.record(manager, actor, {
        action: 'decision_letters.regeneration_requested',
        entity: 'call',
        entityId: callId,
        data: { decisions: ids.length },
      });
      return { callId, status: 'pending', decisions: ids.length };
    });
  }
}
