import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { AccessService } from '../../platform/access/access.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock, formatBrusselsMoment } from '../../kernel/clock.js';
import type { Document } from '../../platform/documents/document.entity.js';
import { DomainError, type RuleViolation } from '../../kernel/errors.js';
import type { Page } from '../../kernel/pagination.js';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { grantorPartnerViolations } from '../organisations/grantor.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { callStatus, lastOpenMoment } from '../programmes/programme-rules.js';
import type { Call, Programme } from '../programmes/programme.entity.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import {
  Application,
  ApplicationPartner,
  type ApplicationSnapshot,
  type SnapshotDocument,
  type SnapshotPartner,
} from './application.entity.js';
import { ApplicationNotifications } from './application-notifications.js';
import {
  type ApplicationForView,
  ApplicationsRepository,
  type PartnerWithCosts,
} from './applications.repository.js';
import type {
  ApplicationListQueryDto,
  ApplicationSummaryView,
  ApplicationView,
  EligibilityView,
  CreateApplicationDto,
  PartnerDto,
  PartnerView,
  ScreeningDto,
  SimulateApplicationDto,
  SimulationView,
  UpdateApplicationDto,
  WithdrawDto,
} from './dto/application.dto.js';
import {
  computeFigures,
  type DocumentInput,
  evaluateEligibility,
  type Figures,
  isEligibleCategory,
  isSmeForRate,
  type OrganisationsById,
  type PartnerInput,
} from './eligibility.js';
import { type ApplicationStatus, assertEditable, assertTransition } from './state-machine.js';
import { PartnerConsentService } from './partner-consent.service.js';
import type { Actor, AuditActor } from '../../kernel/actor.js';

/** The content of an application as the rules see it: partners with costs and organisations. */
/** A partner organisation with the facts of its single undertaking (issue #18, item 6). */
export type PartnerOrganisation = Organisation & { undertaking: string; linkedToLargeEnterprise: boolean };

export interface ApplicationContent {
  partners: PartnerWithCosts[];
  organisations: Map<string, PartnerOrganisation>;
  /** Its current documents (not the removed ones). */
  documents: Document[];
}

/**
 * Columns a caller of `transition` may set together with the new status. `submittedAt` lets a
 * submission record the same instant its snapshot was taken at.
 */
export type TransitionColumns = Partial<Pick<Application, 'snapshot' | 'screeningReason' | 'submittedAt'>>;

@Injectable()
export class ApplicationsService {
  private readonly logger = new Logger(ApplicationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly organisations: OrganisationsService,
    private readonly access: AccessService,
    private readonly programmes: ProgrammesService,
    private readonly repository: ApplicationsRepository,
    private readonly notices: ApplicationNotifications,
    private readonly consent: PartnerConsentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Eligibility verdict and figures of an unsaved draft: the subsidy calculator. */
  async simulate(callId: string, dto: SimulateApplicationDto): Promise<SimulationView> {
    if (dto.callId !== undefined && dto.callId !== callId) {
      throw DomainError.validation('callId', 'must be the call in the path, or left out');
    }
    const { call, programme } = await this.programmes.findCall(callId);
    const organisations = await this.findOrganisations(
      this.dataSource.manager,
      dto.partners.map((p) => p.organisationId),
    );
    return this.judge({ call, programme }, { ...dto, partners: dto.partners }, organisations, {
      checkWindow: true,
    });
  }

  async create(actor: Actor, dto: CreateApplicationDto): Promise<ApplicationView> {
    // Checks first, then the number, then the rows: see `nextReference`.
    const { call, programme } = await this.programmes.findCall(dto.callId);
    // A draft may be prepared before the call opens, never after it closed (issue #18, item 10).
    if (callStatus(call, this.clock.now()) === 'closed') {
      throw new DomainError(
        'CALL_CLOSED',
        `The call closed on ${formatBrusselsMoment(lastOpenMoment(call.closesAt))}: no new applications`,
        { closesOn: call.closesOn, closesAt: call.closesAt.toISOString() },
      );
    }
    const organisations = await this.checkConsortium(this.dataSource.manager, actor, dto.partners);
    const reference = await this.nextReference(programme.code, call.year);
    const created = await this.dataSource.transaction(async (manager) => {
      const application = await manager.save(
        manager.create(Application, {
          callId: call.id,
          reference,
          title: dto.title,
          acronym: dto.acronym ?? null,
          summary: dto.summary,
          cluster: dto.cluster,
          language: dto.language ?? 'nl',
          startDate: dto.startDate,
          endDate: dto.endDate,
          requestedCents: dto.requestedCents,
          status: 'draft',
          createdBy: actor.id,
          submittedAt: null,
          screenedAt: null,
          decidedAt: null,
          snapshot: null,
          screeningReason: null,
          version: 1,
        }),
      );
      const partners = await this.repository.insertPartners(manager, application.id, dto.partners);
      // The creation's event is recorded by the consent sync, first, in one statement with the
      // invitations' events.
      await this.consent.sync(
        manager,
        actor,
        application,
        dto.partners,
        coordinatorName(dto.partners, organisations),
        {
          action: 'application.created',
          entity: 'application',
          entityId: application.id,
          data: {
            reference,
            callId: call.id,
            requestedCents: dto.requestedCents,
            partners: dto.partners.map((p) => ({ organisationId: p.organisationId, role: p.role })),
          },
        },
      );
      this.logger.log({ applicationId: application.id, reference }, 'Application created');
      return { application, partners };
    });
    // Everything the answer shows was just written or read: no need to read it back.
    return this.toView(
      created.application,
      { partners: created.partners, organisations, documents: [] },
      { call, programme },
    );
  }

  async update(actor: Actor, id: string, dto: UpdateApplicationDto): Promise<ApplicationView> {
    await this.dataSource.transaction(async (manager) => {
      const application = await this.lock(manager, id);
      await this.access.requireApplication(manager, actor, application.id, 'edit');
      assertEditable(application.status);
      const organisations = dto.partners
        ? await this.checkConsortium(manager, actor, dto.partners)
        : undefined;

      const fields = (
        [
          'title',
          'acronym',
          'summary',
          'cluster',
          'language',
          'startDate',
          'endDate',
          'requestedCents',
        ] as const
      ).filter((f) => dto[f] !== undefined);
      for (const f of fields) {
        if (dto[f] === null && f !== 'acronym') throw DomainError.validation(f, `${f} cannot be removed`);
      }
      if (dto.partners === null) throw DomainError.validation('partners', 'partners cannot be removed');
      const changes: Partial<Application> = { version: application.version + 1 };
      for (const f of fields) Object.assign(changes, { [f]: dto[f] });
      await manager.update(Application, { id }, changes);
      if (dto.partners) {
        await manager.delete(ApplicationPartner, { applicationId: id });
        await this.repository.insertPartners(manager, id, dto.partners);
        await this.consent.sync(
          manager,
          actor,
          { id, reference: application.reference, title: dto.title ?? application.title },
          dto.partners,
          coordinatorName(dto.partners, organisations!),
        );
      }
      await this.audit.record(manager, actor, {
        action: 'application.updated',
        entity: 'application',
        entityId: id,
        data: {
          reference: application.reference,
          fields: dto.partners ? [...fields, 'partners'] : fields,
          version: application.version + 1,
        },
      });
      if (dto.requestedCents !== undefined && dto.requestedCents !== application.requestedCents) {
        await this.audit.record(manager, actor, {
          action: 'application.requested_amount_changed',
          entity: 'application',
          entityId: id,
          data: {
            reference: application.reference,
            oldCents: application.requestedCents,
            newCents: dto.requestedCents,
          },
        });
      }
    });
    return this.view(this.dataSource.manager, id);
  }

  async get(actor: Actor, id: string): Promise<ApplicationView> {
    const manager = this.dataSource.manager;
    // One statement loads it all; nothing of it is shown unless the access policy allows.
    const found = await this.repository.findForView(manager, id);
    if (!found) throw DomainError.notFound('Application', id);
    await this.access.requireApplication(manager, actor, id);
    return this.viewOf(found);
  }

  /**
   * A page of the applications the actor may see. With `eligibility=true` each carries its live
   * eligibility verdict (the screening queue shows it per row), loaded for the whole page in one statement.
   */
  async list(actor: Actor, query: ApplicationListQueryDto): Promise<Page<ApplicationSummaryView>> {
    const manager = this.dataSource.manager;
    const visible = this.access.visibleApplications(actor, 'a.id', '$1');
    const { rows, total } = await this.repository.list(manager, {
      visible: visible ? { sql: visible, userId: actor.id } : undefined,
      callId: query.callId,
      status: query.status,
      limit: query.limit,
      offset: query.offset,
    });
    const verdicts = new Map<string, EligibilityView>();
    if (query.eligibility === 'true') {
      const found = await this.repository.findForViews(
        manager,
        rows.map((r) => r.application.id),
        { snapshot: false },
      );
      for (const f of found)
        verdicts.set(f.application.id, this.liveJudgement(f.application, this.contentOf(f), f).eligibility);
    }
    return {
      items: rows.map(({ application: a, coordinatorOrganisationId, coordinatorName }) => ({
        id: a.id,
        reference: a.reference,
        callId: a.callId,
        title: a.title,
        acronym: a.acronym,
        cluster: a.cluster,
        status: a.status,
        requestedCents: a.requestedCents,
        coordinatorOrganisationId,
        coordinatorName,
        submittedAt: a.submittedAt?.toISOString() ?? null,
        createdAt: a.createdAt.toISOString(),
        ...(verdicts.has(a.id) ? { eligibility: verdicts.get(a.id) } : {}),
      })),
      total,
    };
  }

  /**
   * Submits (or resubmits after a return): inside the call window for a first submission, only
   * when every eligibility rule holds, freezing the content and figures in a snapshot.
   */
  async submit(actor: Actor, id: string): Promise<ApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lock(manager, id);
      await this.access.requireApplication(manager, actor, application.id, 'edit');
      assertTransition(application.status, 'submitted');
      // The programme's rules lock, shared, before its rules are read: a change of the rules (PATCH
      // /api/programmes/:id, exclusive) either waits for this submission and is then refused, or this
      // submission waits for it and is judged against the new rules — never against rules changing under it.
      await this.programmes.holdProgrammeRules(manager, application.callId);
      // The call, programme and the whole content in one statement (as GET /api/applications/:id).
      const found = await this.repository.findForView(manager, id);
      if (!found) throw DomainError.notFound('Application', id);
      const { call, programme } = found;
      const content = this.contentOf(found);
      const now = this.clock.now();
      // A return asks for a correction, usually after the closing date: a resubmission is not late.
      if (application.status === 'draft' && callStatus(call, now) !== 'open') {
        throw new DomainError(
          'CALL_CLOSED',
          callStatus(call, now) === 'upcoming'
            ? `The call opens on ${formatBrusselsMoment(call.opensAt)}`
            : `The call closed on ${formatBrusselsMoment(lastOpenMoment(call.closesAt))}`,
          {
            opensAt: call.opensAt.toISOString(),
            closesOn: call.closesOn,
            closesAt: call.closesAt.toISOString(),
          },
        );
      }
      const { eligibility, figures } = this.judge(
        { call, programme },
        toRuleInput(application, content),
        content.organisations,
        { checkWindow: false },
      );
      // Consent and verification are not content rules: the live verdict leaves them out, submission not.
      const violations = [
        ...eligibility.violations,
        ...grantorPartnerViolations(content.organisations.values(), this.config.province.enterpriseNumber),
        ...(await this.consent.violations(manager, id, content.organisations)),
      ];
      if (violations.length > 0) {
        throw new DomainError(
          'ELIGIBILITY_FAILED',
          `The application is not eligible: ${violations.map((v) => v.rule).join(', ')}`,
          violations,
        );
      }
      const snapshot = buildSnapshot(application, content, figures, programme, now);
      snapshot.documents = content.documents.map(toSnapshotDocument);
      const submitted = await this.transition(
        manager,
        id,
        'submitted',
        actor,
        { resubmission: application.status === 'returned', figures },
        // One instant for the snapshot and the submission: the letter cites the one, lists the other.
        { snapshot, submittedAt: now },
        application,
        call,
      );
      // The answer shows the rows as this transaction leaves them: no need to read them back.
      return this.toView(submitted, content, { call, programme });
    });
  }

  async screen(actor: Actor, id: string, dto: ScreeningDto): Promise<ApplicationView> {
    await this.dataSource.transaction(async (manager) => {
      await this.transition(
        manager,
        id,
        dto.outcome,
        actor,
        { reason: dto.reason ?? null },
        { screeningReason: dto.reason ?? null },
      );
    });
    return this.view(this.dataSource.manager, id);
  }

  async withdraw(actor: Actor, id: string, dto: WithdrawDto): Promise<ApplicationView> {
    await this.dataSource.transaction(async (manager) => {
      const application = await this.lock(manager, id);
      await this.access.requireApplication(manager, actor, application.id, 'edit', { staffMayEdit: true });
      await this.transition(manager, id, 'withdrawn', actor, { reason: dto.reason ?? null });
    });
    return this.view(this.dataSource.manager, id);
  }

  /**
   * Moves an application to `to` inside the caller's transaction: locks the row, checks the
   * state machine (409 INVALID_TRANSITION), sets the status and its timestamp, and records
   * `application.<to>` in the audit trail. Reviews and decisions call it with their own manager;
   * it does not check who may do it — the caller does.
   */
  async transition(
    manager: EntityManager,
    applicationId: string,
    to: ApplicationStatus,
    actor: AuditActor,
    data: Record<string, unknown> = {},
    columns: TransitionColumns = {},
    /** The row, if the caller has already locked it in this transaction. */
    locked?: Application,
    /** The application's call, if the caller has read it in this transaction (for the notices). */
    call?: Pick<Call, 'title'>,
  ): Promise<Application> {
    const application = locked ?? (await this.lock(manager, applicationId));
    const from = application.status;
    assertTransition(from, to);
    const now = this.clock.now();
    const changes: Partial<Application> = { ...columns, status: to, version: application.version + 1 };
    if (to === 'submitted') changes.submittedAt ??= now;
    if (to === 'returned' || to === 'admissible' || to === 'inadmissible') changes.screenedAt = now;
    if (to === 'approved' || to === 'rejected') changes.decidedAt = now;
    changes.updatedAt = await this.repository.updateReturningUpdatedAt(manager, applicationId, changes);
    await this.audit.record(manager, actor, {
      action: `application.${to}`,
      entity: 'application',
      entityId: applicationId,
      data: { reference: application.reference, from, to, ...data },
    });
    Object.assign(application, changes);
    await this.notices.transitioned(manager, application, to, call);
    return application;
  }

  /** Reads an application locked for update (`SELECT … FOR UPDATE`) inside a transaction, or 404. */
  async lock(manager: EntityManager, id: string): Promise<Application> {
    const application = await this.repository.findForUpdate(manager, id);
    if (!application) throw DomainError.notFound('Application', id);
    return application;
  }

  async findOrFail(manager: EntityManager, id: string): Promise<Application> {
    const application = await manager.findOneBy(Application, { id });
    if (!application) throw DomainError.notFound('Application', id);
    return application;
  }

  /**
   * What must hold for a consortium to be saved at all: exactly one coordinator, each organisation
   * once (422 ELIGIBILITY_FAILED), every organisation registered (404), and the applicant a
   * member of the coordinator (403). The other rules are checked on submission.
   */
  private async checkConsortium(
    manager: EntityManager,
    actor: Actor,
    partners: PartnerDto[],
  ): Promise<Map<string, PartnerOrganisation>> {
    const violations: RuleViolation[] = [];
    const coordinators = partners.filter((p) => p.role === 'coordinator');
    if (coordinators.length !== 1) {
      violations.push({
        rule: 'one_coordinator',
        message: `A consortium has exactly one coordinator; this one has ${coordinators.length}`,
      });
    }
    if (new Set(partners.map((p) => p.organisationId)).size !== partners.length) {
      violations.push({
        rule: 'distinct_partners',
        message: 'An organisation takes part only once in a consortium',
      });
    }
    if (violations.length > 0) {
      throw new DomainError('ELIGIBILITY_FAILED', 'The consortium cannot be saved', violations);
    }
    const organisations = await this.findOrganisations(
      manager,
      partners.map((p) => p.organisationId),
    );
    if (!(await this.access.isMember(manager, actor.id, coordinators[0].organisationId))) {
      throw DomainError.forbidden('You must be a member of the coordinating organisation');
    }
    return organisations;
  }

  /**
   * Every organisation by id, with its single undertaking and whether a large enterprise belongs to
   * it, or 404 naming the first that does not exist.
   */
  private async findOrganisations(
    manager: EntityManager,
    ids: string[],
  ): Promise<Map<string, PartnerOrganisation>> {
    const unique = [...new Set(ids)];
    const rows = unique.length === 0 ? [] : await manager.findBy(Organisation, { id: In(unique) });
    const missing = unique.find((id) => !rows.some((o) => o.id === id));
    if (missing) throw DomainError.notFound('Organisation', missing);
    const facts = await this.organisations.undertakingFacts(manager, unique);
    return new Map(rows.map((o) => [o.id, withUndertaking(o, facts.get(o.id))]));
  }

  /**
   * Next reference of the programme and year, e.g. `IS-2026-0007`; unique and increasing under
   * concurrency. The counter row stays locked until the numbering commits, so a create numbers in a
   * statement of its own, after its checks and before its transaction (never inside it: that would
   * need a second pool connection while holding one): creates queue on the row for one statement
   * instead of for their whole transaction. A create that fails after it (a lost connection) leaves
   * a gap in the numbers, never a duplicate.
   */
  private async nextReference(prefix: string, year: number): Promise<string> {
    const number = await this.repository.nextReferenceNumber(this.dataSource.manager, prefix, year);
    return `${prefix}-${year}-${String(number).padStart(4, '0')}`;
  }

  private judge(
    target: { call: Call; programme: Programme },
    input: Pick<CreateApplicationDto, 'cluster' | 'startDate' | 'endDate' | 'requestedCents'> & {
      partners: readonly PartnerInput[];
      documents?: readonly DocumentInput[];
    },
    organisations: OrganisationsById,
    options: { checkWindow: boolean },
  ): SimulationView {
    const { call, programme } = target;
    const eligibility = evaluateEligibility({
      rules: programme.rules,
      partners: input.partners,
      requestedCents: input.requestedCents,
      organisationsById: organisations,
      cluster: input.cluster,
      startDate: input.startDate,
      endDate: input.endDate,
      documents: input.documents,
      callWindow: options.checkWindow
        ? { opensAt: call.opensAt, closesAt: call.closesAt, now: this.clock.now() }
        : undefined,
    });
    const figures = computeFigures(programme.rules, input.partners, input.requestedCents, organisations);
    return { eligibility, figures };
  }

  /** The view of the application as it is now (one statement: `findForView`). */
  private async view(manager: EntityManager, id: string): Promise<ApplicationView> {
    const found = await this.repository.findForView(manager, id);
    if (!found) throw DomainError.notFound('Application', id);
    return this.viewOf(found);
  }

  private viewOf(found: ApplicationForView): ApplicationView {
    return this.toView(found.application, this.contentOf(found), found);
  }

  /** The live consortium, costs, organisations and documents, from what `findForView` loaded. */
  private contentOf(found: ApplicationForView): ApplicationContent {
    const organisations = new Map(found.organisations.map((o) => [o.id, withUndertaking(o, o)] as const));
    return { partners: found.partners, organisations, documents: found.documents };
  }

  /** The verdict and figures of the application as it is now (the call window only for a draft). */
  private liveJudgement(
    application: Application,
    content: ApplicationContent,
    target: { call: Call; programme: Programme },
  ): SimulationView {
    return this.judge(target, toRuleInput(application, content), content.organisations, {
      checkWindow: application.status === 'draft',
    });
  }

  private toView(
    application: Application,
    content: ApplicationContent,
    { call, programme }: { call: Call; programme: Programme },
  ): ApplicationView {
    const { eligibility, figures } = this.liveJudgement(application, content, { call, programme });
    return {
      id: application.id,
      reference: application.reference,
      callId: application.callId,
      title: application.title,
      acronym: application.acronym,
      summary: application.summary,
      cluster: application.cluster,
      language: application.language,
      startDate: application.startDate,
      endDate: application.endDate,
      requestedCents: application.requestedCents,
      status: application.status,
      partners: partnerViews(content, programme),
      createdBy: application.createdBy,
      submittedAt: application.submittedAt?.toISOString() ?? null,
      screenedAt: application.screenedAt?.toISOString() ?? null,
      decidedAt: application.decidedAt?.toISOString() ?? null,
      screeningReason: application.screeningReason,
      version: application.version,
      eligibility,
      figures,
      snapshot: application.snapshot,
      createdAt: application.createdAt.toISOString(),
      updatedAt: application.updatedAt.toISOString(),
    };
  }
}

/** The organisation with its single undertaking's key and whether a large enterprise is linked to it. */
function withUndertaking(
  o: Organisation,
  facts: { undertaking: string | null; includesLargeEnterprise: boolean | null } | undefined,
): PartnerOrganisation {
  return Object.assign(o, {
    undertaking: facts?.undertaking ?? o.id,
    linkedToLargeEnterprise: o.kind !== 'large_enterprise' && facts?.includesLargeEnterprise === true,
  });
}

function coordinatorName(
  partners: readonly PartnerDto[],
  organisations: Map<string, PartnerOrganisation>,
): string {
  const coordinator = partners.find((p) => p.role === 'coordinator');
  return (coordinator && organisations.get(coordinator.organisationId)?.name) ?? '';
}

function toRuleInput(application: Application, content: ApplicationContent) {
  return {
    cluster: application.cluster,
    startDate: application.startDate,
    endDate: application.endDate,
    requestedCents: application.requestedCents,
    partners: content.partners,
    documents: content.documents,
  };
}

function toSnapshotDocument(d: Document): SnapshotDocument {
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    fileName: d.fileName,
    organisationId: d.organisationId,
    sha256: d.sha256,
    sizeBytes: d.sizeBytes,
    contentType: d.contentType,
    scanStatus: d.scanStatus,
  };
}

function partnerViews(content: ApplicationContent, programme: Programme): SnapshotPartner[] & PartnerView[] {
  return content.partners.map((p) => {
    const o = content.organisations.get(p.organisationId)!;
    const costs = p.costs.map((c) => ({
      category: c.category,
      description: c.description,
      amountCents: c.amountCents,
    }));
    return {
      organisationId: o.id,
      name: o.name,
      enterpriseNumber: o.enterpriseNumber,
      kind: o.kind,
      smeSize: o.smeSize,
      smeForRate: isSmeForRate(o),
      undertaking: o.undertaking,
      role: p.role,
      costs,
      totalCostsCents: costs.reduce((s, c) => s + c.amountCents, 0),
      eligibleCostsCents: costs
        .filter((c) => isEligibleCategory(programme.rules, c.category))
        .reduce((s, c) => s + c.amountCents, 0),
    };
  });
}

function buildSnapshot(
  application: Application,
  content: ApplicationContent,
  figures: Figures,
  programme: Programme,
  now: Date,
): ApplicationSnapshot {
  return {
    submittedAt: now.toISOString(),
    reference: application.reference,
    title: application.title,
    acronym: application.acronym,
    summary: application.summary,
    cluster: application.cluster,
    language: application.language,
    startDate: application.startDate,
    endDate: application.endDate,
    requestedCents: application.requestedCents,
    partners: partnerViews(content, programme),
    figures,
  };
}
