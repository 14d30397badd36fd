import { Inject, Injectable, Logger } from '@nestjs/common';
import { AccessService } from '../../platform/access/access.service.js';
import { NotificationsService } from '../../platform/notifications/notifications.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { JobProcessor } from '../../platform/jobs/job-processor.decorator.js';
import type { JobContext, JobHandler } from '../../platform/jobs/job.types.js';
import { Clock } from '../../kernel/clock.js';
import type { EntityManager } from 'typeorm';
import { formatEuro } from '../../kernel/money.js';
import {
  DECISION_LETTER_DATA_LOADER,
  type DecisionLetterDataLoader,
  type LetterSubject,
} from './decision-letter-data.js';
import { DecisionLetterStore, sha256Hex } from './decision-letter.store.js';
import { LetterRenderer } from './letter-renderer.js';
import { LetterTemplates } from './letter-template.js';
import { SYSTEM_ACTOR } from '../../kernel/actor.js';
import { DECISION_LETTER_JOB, type DecisionLetterJobPayload } from '../decisions/decision-letter.request.js';
import type { StoredLetter } from './letters.repository.js';

/**
 * Produces the letters of one decision: the Dutch act, and for an English application the English
 * courtesy translation that refers to it (by version and hash). With `finalGrant`, the letters of the
 * decision on the final grant (a grant lowered after the final report), with their own versions. Each is stored with its hash and
 * audited `letter.generated`. A regeneration renders again with the stored dispatch date: unchanged
 * bytes change nothing; changed bytes become a new version dated today that supersedes the earlier one,
 * which stays stored (`letter.regenerated`). Safe to run twice.
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
    private readonly clock: Clock,
  ) {}

  async handle(payload: DecisionLetterJobPayload, { manager }: JobContext): Promise<void> {
    const { decisionId } = payload;
    if (payload.finalGrant) {
      await this.produce(manager, decisionId, 'final_grant', payload.regenerate === true);
      return;
    }
    await this.produce(manager, decisionId, 'decision', payload.regenerate === true);
    // A regeneration also renders the letter of the decision on the final grant, if there is one.
    if (payload.regenerate && (await this.store.latest(manager, decisionId, 'nl', 'final_grant'))) {
      await this.produce(manager, decisionId, 'final_grant', true);
    }
  }

  private async produce(
    manager: EntityManager,
    decisionId: string,
    subject: LetterSubject,
    regenerate: boolean,
  ): Promise<void> {
    let act: StoredLetter | undefined;
    for (const language of await this.loader.languages(manager, decisionId)) {
      const existing = await this.store.latest(manager, decisionId, language, subject);
      if (existing && !regenerate) {
        if (language === 'nl') act = existing;
        continue;
      }
      const { template, templateVersion } = await this.templates.load(language);
      const render = async (dispatchDate: string) => {
        const data = await this.loader.load(manager, decisionId, language, dispatchDate, subject);
        if (language === 'en' && act) data.original = { sha256: act.sha256, version: act.version };
        return { data, content: await this.renderer.render(data, template) };
      };
      let { data, content } = await render(existing?.dispatchedOn ?? this.clock.today());
      if (
        existing &&
        sha256Hex(content) === existing.sha256 &&
        templateVersion === existing.templateVersion
      ) {
        if (language === 'nl') act = existing;
        continue; // regenerated, unchanged: the letter that was made available stays the current one
      }
      if (existing) ({ data, content } = await render(this.clock.today()));
      const { letter, created } = await this.store.add(
        manager,
        {
          applicationId: data.applicationId,
          decisionId,
          language,
          subject,
          templateVersion,
          content,
          dispatchedOn: data.dispatchDate,
        },
        existing,
      );
      if (language === 'nl') act = letter;
      if (!created) continue;
      await this.audit.record(manager, SYSTEM_ACTOR, {
        action: existing ? 'letter.regenerated' : 'letter.generated',
        entity: 'decision_letter',
        entityId: letter.id,
        data: {
          decisionId,
          applicationId: letter.applicationId,
          language,
          kind: letter.kind,
          subject,
          sha256: letter.sha256,
          sizeBytes: letter.sizeBytes,
          templateVersion: letter.templateVersion,
          version: letter.version,
          ...(existing ? { previousSha256: existing.sha256, supersedesId: existing.id } : {}),
        },
      });
      this.logger.log(
        `Decision letter ${language} v${letter.version} for decision ${decisionId} (${letter.sha256})`,
      );
      if (language !== 'nl') continue;
      // The decision is notified when its act (the Dutch letter) is ready, and again for each corrected
      // version: a legal notification (the appeal period runs from it).
      await this.notifications.notify(manager, {
        userIds: await this.access.coordinatorMembers(manager, data.applicationId),
        event: 'decision.letter_ready',
        template: 'decision-letter-ready',
        data: {
          reference: data.reference,
          title: data.applicationTitle,
          ...(data.finalGrant
            ? {
                outcomeNl: `de subsidie is definitief vastgesteld op ${formatEuro(data.finalGrant.finalGrantCents)}`,
                outcomeEn: `the grant is finally set at ${formatEuro(data.finalGrant.finalGrantCents)}`,
              }
            : {
                outcomeNl: data.outcome === 'approved' ? 'goedgekeurd' : 'afgewezen',
                outcomeEn: data.outcome === 'approved' ? 'approved' : 'rejected',
              }),
        },
        category: 'decision',
        link: `/applications/${data.applicationId}/decision`,
        resource: { type: 'decision', id: decisionId },
        dedupeKey: `decision.letter_ready:${decisionId}:${subject === 'final_grant' ? 'final:' : ''}v${letter.version}`,
      });
    }
  }
}
