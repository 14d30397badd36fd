import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../../platform/access/access.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import { formatEuro } from '../../kernel/money.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { ceilingOf, regulationOn } from './de-minimis.js';
import { DeMinimisService } from './de-minimis.service.js';
import type { DeclareAidDto, DeclaredAidView, ReviewDeclaredAidDto } from './dto/declared-aid.dto.js';
import { type DeclaredAidRow, StateAidRepository } from './state-aid.repository.js';
import type { Actor } from '../../kernel/actor.js';

/**
 * Other de minimis aid, declared on honour by the applicant per partner undertaking before it submits
 * (the province cannot see aid of other grantors until it is in eAid). Staff confirm or correct each
 * declaration, which then becomes a record of external aid; until then the cumulation check at decision
 * time counts the declared amount and says it did (`DeMinimisService.assertWithinCeiling`).
 */
@Injectable()
export class DeclaredAidService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly deMinimis: DeMinimisService,
    private readonly repository: StateAidRepository,
  ) {}

  /** `POST /applications/:id/declared-aid`: the coordinator's members, while the application is a draft. */
  async declare(actor: Actor, applicationId: string, dto: DeclareAidDto): Promise<DeclaredAidView> {
    if (dto.grantedOn > this.clock.today()) {
      throw DomainError.validation('grantedOn', 'aid cannot be granted in the future');
    }
    const regulation = dto.regulation ?? regulationOn(dto.grantedOn);
    const ceiling = ceilingOf(regulation, dto.grantedOn);
    if (dto.amountCents > ceiling) {
      throw DomainError.validation(
        'amountCents',
        `de minimis aid under ${regulation} is at most ${formatEuro(ceiling)}`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const application = await this.applications.lock(manager, applicationId);
      await this.access.requireApplication(manager, actor, applicationId, 'edit', {
        reason: 'Only the coordinating organisation declares other de minimis aid',
      });
      if (application.status !== 'draft') {
        throw new DomainError(
          'INVALID_TRANSITION',
          `Other de minimis aid is declared before the application is submitted; it is ${application.status}`,
        );
      }
      if (!(await this.repository.isPartner(manager, applicationId, dto.organisationId))) {
        throw DomainError.validation('organisationId', 'is not a partner of this application');
      }
      const id = await this.repository.insertDeclaredAid(manager, {
        applicationId,
        organisationId: dto.organisationId,
        grantor: dto.grantor,
        grantedOn: dto.grantedOn,
        amountCents: dto.amountCents,
        regulation,
        declaredBy: actor.id,
      });
      await this.audit.record(manager, actor, {
        action: 'de_minimis_aid.declared',
        entity: 'application',
        entityId: applicationId,
        data: {
          declaredAidId: id,
          organisationId: dto.organisationId,
          grantor: dto.grantor,
          grantedOn: dto.grantedOn,
          amountCents: dto.amountCents,
          regulation,
          onHonour: true,
        },
      });
      const [row] = await this.repository.declaredAid(manager, { id });
      return toView(row);
    });
  }

  /** `GET /applications/:id/declared-aid`: whoever may read the application. */
  async list(actor: Actor, applicationId: string): Promise<DeclaredAidView[]> {
    const manager = this.dataSource.manager;
    await this.applications.findOrFail(manager, applicationId);
    await this.access.requireApplication(manager, actor, applicationId);
    return (await this.repository.declaredAid(manager, { applicationId })).map(toView);
  }

  /**
   * `POST /declared-aid/:id/review` (staff): confirms the declaration as declared, or with the fields
   * staff correct (then `corrected`); either way it becomes a record of external aid, audited.
   */
  async review(actor: Actor, id: string, dto: ReviewDeclaredAidDto): Promise<DeclaredAidView> {
    return this.dataSource.transaction(async (manager) => {
      const [declared] = await this.repository.declaredAid(manager, { id }, { lock: true });
      if (!declared) throw DomainError.notFound('Declared aid', id);
      if (declared.status !== 'declared') {
        throw new DomainError('INVALID_TRANSITION', `This declaration was already ${declared.status}`);
      }
      const confirmed = {
        grantor: dto.grantor ?? declared.grantor,
        grantedOn: dto.grantedOn ?? declared.grantedOn,
        amountCents: dto.amountCents ?? declared.amountCents,
        regulation: dto.regulation ?? declared.regulation,
      };
      if (confirmed.grantedOn > this.clock.today()) {
        throw DomainError.validation('grantedOn', 'aid cannot be granted in the future');
      }
      const ceiling = ceilingOf(confirmed.regulation, confirmed.grantedOn);
      if (confirmed.amountCents > ceiling) {
        throw DomainError.validation(
          'amountCents',
          `at most ${formatEuro(ceiling)} under ${confirmed.regulation}`,
        );
      }
      const corrected =
        confirmed.grantor !== declared.grantor ||
        confirmed.grantedOn !== declared.grantedOn ||
        confirmed.amountCents !== declared.amountCents ||
        confirmed.regulation !== declared.regulation;
      const aid = await this.deMinimis.recordAid(manager, actor, {
        organisationId: declared.organisationId,
        ...confirmed,
        source: 'external',
        reference: `declaration ${declared.id}`,
        description: dto.note ?? 'Declared on honour by the applicant, checked by staff',
      });
      const status = corrected ? 'corrected' : 'confirmed';
      await this.repository.reviewDeclaredAid(manager, id, {
        status,
        aidId: aid.id,
        reviewedBy: actor.id,
        note: dto.note ?? null,
      });
      await this.audit.record(manager, actor, {
        action: `de_minimis_aid.declaration_${status}`,
        entity: 'application',
        entityId: declared.applicationId,
        data: { declaredAidId: id, aidId: aid.id, declared: { ...toView(declared) }, confirmed },
      });
      const [row] = await this.repository.declaredAid(manager, { id });
      return toView(row);
    });
  }
}

function toView(r: DeclaredAidRow): DeclaredAidView {
  return {
    id: r.id,
    applicationId: r.applicationId,
    organisationId: r.organisationId,
    grantor: r.grantor,
    grantedOn: r.grantedOn,
    amountCents: r.amountCents,
    regulation: r.regulation,
    status: r.status,
    declaredAt: r.declaredAt.toISOString(),
    aidId: r.aidId,
    reviewNote: r.reviewNote,
  };
}
