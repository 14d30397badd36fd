import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApplicationsService } from '../applications/applications.service.js';
import { AccessService } from '../../platform/access/access.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { DomainError } from '../../kernel/errors.js';
import { LettersService } from './letters.service.js';
import { LettersRepository, type StoredLetter } from './letters.repository.js';
import { Decision } from '../decisions/decision.entity.js';
import { DecisionNoticeRepository } from '../decisions/decision-notice.repository.js';
import { Clock } from '../../kernel/clock.js';
import type { LetterLanguage, LetterSubject } from './decision-letter-data.js';
import type { RegenerationView } from './dto/decision-letter.dto.js';
import type { Actor } from '../../kernel/actor.js';

export type LetterDownload =
  | { status: 'ready'; content: Buffer; sha256: string; fileName: string; letter: StoredLetter }
  | { status: 'pending' };

/** The download of decision letters, their versions, and their regeneration per call. */
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
   * `GET /applications/:id/decision-letter?lang=&version=`: the stored PDF (always the same bytes), or
   * pending while the job has not produced it. `lang=nl` is the Dutch act, `lang=en` the English
   * courtesy translation (English applications only); the default is the application's language.
   * `version` (staff only) gives an earlier version. `letter=final_grant`: the letter of the decision on
   * a grant lowered after the final report. 404 before a decision, and outside the consortium.
   */
  async download(
    actor: Actor,
    applicationId: string,
    query: { lang?: LetterLanguage; version?: number; letter?: LetterSubject } = {},
  ): Promise<LetterDownload> {
    const manager = this.dataSource.manager;
    const application = await this.applications.findOrFail(manager, applicationId);
    await this.access.requireApplication(manager, actor, applicationId);
    const decision = await manager.findOneBy(Decision, { applicationId });
    if (!decision) throw DomainError.notFound('Decision on application', applicationId);
    const language = query.lang ?? (application.language === 'en' ? 'en' : 'nl');
    if (language === 'en' && application.language !== 'en') {
      throw DomainError.notFound('English translation of the decision letter');
    }
    if (query.version !== undefined && actor.role !== 'staff' && actor.role !== 'admin') {
      throw DomainError.forbidden('Earlier versions of a letter are for staff');
    }
    const subject = query.letter ?? 'decision';
    if (subject === 'final_grant' && !decision.finalDecisionNumber) {
      throw DomainError.notFound('Decision on the final grant of application', applicationId);
    }
    const stored = await this.letters.findContent(decision.id, language, query.version, subject);
    if (!stored) {
      if (query.version !== undefined) throw DomainError.notFound('Letter version', String(query.version));
      return { status: 'pending' };
    }
    // The first download by a member of the addressee (the coordinator) is on record for the appeal period.
    if (
      actor.role === 'applicant' &&
      (await this.access.isCoordinatorMember(manager, actor.id, applicationId))
    ) {
      await this.notices.recordDownload(manager, decision.id, actor.id, this.clock.now());
    }
    const prefix =
      subject === 'final_grant'
        ? language === 'en'
          ? 'final-grant-translation'
          : 'definitieve-subsidie'
        : language === 'en'
          ? 'decision-translation'
          : 'beslissing';
    const suffix = stored.letter.version > 1 ? `-v${stored.letter.version}` : '';
    return {
      status: 'ready',
      content: stored.content,
      sha256: stored.letter.sha256,
      fileName: `${prefix}-${application.reference}${suffix}.pdf`,
      letter: stored.letter,
    };
  }

  /** `GET /applications/:id/decision-letters` (staff): every version with its hash. */
  async versions(actor: Actor, applicationId: string): Promise<StoredLetter[]> {
    const manager = this.dataSource.manager;
    await this.applications.findOrFail(manager, applicationId);
    await this.access.requireApplication(manager, actor, applicationId);
    const decision = await manager.findOneBy(Decision, { applicationId });
    if (!decision) throw DomainError.notFound('Decision on application', applicationId);
    return this.letters.versions(decision.id);
  }

  /**
   * `POST /calls/:id/decision-letters` (staff): renders every letter of the call again, in the
   * background. While a regeneration of the call is pending, asking again returns that one instead
   * of queueing another (the call row is locked, so concurrent requests queue behind each other).
   */
  async regenerateCall(actor: Actor, callId: string): Promise<RegenerationView> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.lockCall(manager, callId))) throw DomainError.notFound('Call', callId);
      const pending = await this.repository.pendingRegenerations(manager, callId);
      if (pending > 0) return { callId, status: 'pending', decisions: pending, alreadyPending: true };
      const ids = await this.repository.decisionIdsOfCall(manager, callId);
      await this.letters.requestRegeneration(manager, ids, callId);
      await this.audit.record(manager, actor, {
        action: 'decision_letters.regeneration_requested',
        entity: 'call',
        entityId: callId,
        data: { decisions: ids.length },
      });
      return { callId, status: 'pending', decisions: ids.length, alreadyPending: false };
    });
  }
}
