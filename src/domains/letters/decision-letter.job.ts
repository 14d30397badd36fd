import { Inject, Injectable, Logger } from '@nestjs/common';
import { AccessService } from '../../platform/access/access.service.js';
import { NotificationsService } from '../../platform/notifications/notifications.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { JobProcessor } from '../../platform/jobs/job-processor.decorator.js';
import type { JobContext, JobHandler } from '../../platform/jobs/job.types.js';
import { DECISION_LETTER_DATA_LOADER, type DecisionLetterDataLoader } from './decision-letter-data.js';
import { DecisionLetterStore } from './decision-letter.store.js';
import { LetterRenderer } from './letter-renderer.js';
import { LetterTemplates } from './letter-template.js';
import { SYSTEM_ACTOR } from '../../kernel/actor.js';
import { DECISION_LETTER_JOB, type DecisionLetterJobPayload } from '../decisions/decision-letter.request.js';

/**
 * Produces the decision letter of one decision: load the data, render the PDF, store it with its
 * hash and template version, audit `letter.generated`. Safe to run twice: a decision that has a
 * letter keeps it (unless the job asks to regenerate), and the store is unique per decision.
 */
@Injectable()
@JobProcessor(DECISION_LETTER_JOB, { attempts: 5, backoffMs: 5_000 })
export class DecisionLetterJob implements JobHandler<typeof DECISION_LETTER_JOB> {
  private readonly logger = new Logger(DecisionLetterJob.name);

  constructor(
    @Inject(DECISION_LETTER_DATA_LOADER) private readonly loader: DecisionLetterDataLoader,
    private readonly templates: LetterTemplates,
    private readonly renderer: LetterRenderer,
    private readonly store: DecisionLetterStore,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly access: AccessService,
  ) {}

  async handle(payload: DecisionLetterJobPayload, { manager }: JobContext): Promise<void> {
    const existing = await this.store.findByDecision(manager, payload.decisionId);
    if (existing && !payload.regenerate) return;

    const data = await this.loader.load(manager, payload.decisionId);
    const { template, templateVersion } = await this.templates.load(data.language);
    const content = await this.renderer.render(data, template);
    const input = {
      applicationId: data.applicationId,
      decisionId: data.decisionId,
      language: data.language,
      templateVersion,
      content,
    };

    if (!existing) {
      const { letter, created } = await this.store.store(manager, input);
      if (!created) return;
      await this.audit.record(manager, SYSTEM_ACTOR, {
        action: 'letter.generated',
        entity: 'decision_letter',
        entityId: letter.id,
        data: {
          decisionId: letter.decisionId,
          applicationId: letter.applicationId,
          language: letter.language,
          sha256: letter.sha256,
          sizeBytes: letter.sizeBytes,
          templateVersion: letter.templateVersion,
          version: letter.version,
        },
      });
      this.logger.log(`Decision letter for decision ${letter.decisionId} generated (${letter.sha256})`);
      // The decision is notified when its letter is ready: a legal notification (the appeal period runs from it).
      await this.notifications.notify(manager, {
        userIds: await this.access.coordinatorMembers(manager, data.applicationId),
        event: 'decision.letter_ready',
        template: 'decision-letter-ready',
        data: {
          reference: data.reference,
          title: data.applicationTitle,
          outcomeNl: data.outcome === 'approved' ? 'goedgekeurd' : 'afgewezen',
          outcomeEn: data.outcome === 'approved' ? 'approved' : 'rejected',
        },
        category: 'decision',
        link: `/applications/${data.applicationId}/decision`,
        resource: { type: 'decision', id: data.decisionId },
        dedupeKey: `decision.letter_ready:${data.decisionId}`,
      });
      return;
    }

    const { letter, previousSha256, changed } = await this.store.replace(manager, input);
    if (!changed) return;
    await this.audit.record(manager, SYSTEM_ACTOR, {
      action: 'letter.regenerated',
      entity: 'decision_letter',
      entityId: letter.id,
      data: {
        decisionId: letter.decisionId,
        applicationId: letter.applicationId,
        language: letter.language,
        previousSha256,
        sha256: letter.sha256,
        sizeBytes: letter.sizeBytes,
        templateVersion: letter.templateVersion,
        version: letter.version,
      },
    });
  }
}
