import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../kernel/actor.js';
import { DomainError } from '../../kernel/errors.js';
import { AccessService } from '../../platform/access/access.service.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { LetterTemplates } from './letter-template.js';

/** The PDF receipt of an application's last submission, rendered from its snapshot on request. */
@Injectable()
export class SubmissionReceiptService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly applications: ApplicationsService,
    private readonly programmes: ProgrammesService,
    private readonly templates: LetterTemplates,
  ) {}

  async render(actor: Actor, applicationId: string): Promise<{ pdf: Buffer; fileName: string }> {
    const manager = this.dataSource.manager;
    const application = await this.applications.findOrFail(manager, applicationId);
    await this.access.requireApplication(manager, actor, applicationId);
    const snapshot = application.snapshot;
    if (!snapshot) throw DomainError.notFound('Submission of application', applicationId);
    const { call, programme } = await this.programmes.findCall(application.callId, manager);
    const { template } = await this.templates.load(snapshot.language);
    // pdfkit and the fonts load with the first receipt, not with every API process (issue #23: memory).
    const { renderSubmissionReceipt } = await import('./render-submission-receipt.js');
    const pdf = await renderSubmissionReceipt(
      { snapshot, callTitle: call.title, programmeName: programme.name },
      template,
    );
    return { pdf, fileName: `${snapshot.reference}-submission.pdf` };
  }
}
