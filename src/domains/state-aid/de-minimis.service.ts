import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../platform/access/access.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import { assertCents, formatEuro, splitProportionally } from '../../kernel/money.js';
import { addBelgianWorkingDays } from '../../kernel/working-days.js';
import { isCalendarDate } from '../../kernel/validators.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import {
  assessTotals,
  ceilingOf,
  type DeMinimisAssessment,
  type DeMinimisRegulation,
  deMinimisWindow,
  regulationOn,
} from './de-minimis.js';
import type { AidSource } from './de-minimis-aid.entity.js';
import { type AidRecord, StateAidRepository } from './state-aid.repository.js';
import type {
  DeMinimisAidView,
  DeMinimisUsageView,
  RegisteredAidView,
  RegisterExternalAidDto,
  UndertakingMemberView,
} from './dto/de-minimis.dto.js';
import type { Actor, AuditActor } from '../../kernel/actor.js';

/** One partner's share of a grant, as `splitAidOverPartners` returns it. */
export interface AidShareInput {
  organisationId: string;
  amountCents: number;
  /** False for shares that are not state aid (a knowledge institution's non-economic activity). */
  counts: boolean;
}

/** The assessment of one single undertaking for a new grant (returned when it fits, in the error when not). */
export interface UndertakingCheck extends DeMinimisAssessment {
  undertaking: UndertakingMemberView[];
  /** The partners of this grant that belong to this undertaking (their shares are summed in `aidCents`). */
  organisationIds: string[];
  /** Of `usedCents`: aid on record (the province's, and other grantors' registered or confirmed by staff). */
  recordedCents: number;
  /** Of `usedCents`: aid the applicant declared on honour that staff have not confirmed yet. */
  declaredCents: number;
  /** The unconfirmed declarations counted in `declaredCents`. */
  declaredAidIds: string[];
}

export interface RecordAidInput {
  organisationId: string;
  amountCents: number;
  grantedOn: string;
  grantor: string;
  regulation: DeMinimisRegulation;
  source: AidSource;
  applicationId?: string | null;
  reference?: string | null;
  description?: string | null;
}

/** From this grant date on, the province registers each de minimis grant in eAid. */
export const EAID_FROM = '2026-01-01';
/** Working days after the decision within which a grant is registered in eAid. */
export const EAID_WORKING_DAYS = 20;

/** The eAid deadline of a record of the province made on `recordedOn` for aid granted on `grantedOn`. */
export function eaidRegisterBy(source: AidSource, grantedOn: string, recordedOn: string): string | null {
  if (source !== 'internal' || grantedOn < EAID_FROM) return null;
  return eAidRegisterBy(recordedOn);
}

/** The last day to register de minimis aid decided on `decisionDate` in eAid: + 20 Belgian working days. */
export function eAidRegisterBy(decisionDate: string): string {
  return addBelgianWorkingDays(decisionDate, EAID_WORKING_DAYS);
}

/**
 * De minimis aid per single undertaking: what it has used, whether a new grant fits, and the record of
 * aid granted. Decisions call, inside their own transaction: `splitAidOverPartners` →
 * `assertWithinCeiling` → `recordAid` for every share that counts.
 */
@Injectable()
export class DeMinimisService {
  private readonly logger = new Logger(DeMinimisService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
    private readonly repository: StateAidRepository,
  ) {}

  /** `GET /organisations/:id/de-minimis`: staff and admins, or members of the organisation. */
  async usageFor(actor: Actor, organisationId: string, on?: string): Promise<DeMinimisUsageView> {
    await this.findOrganisationsOrFail([organisationId], this.dataSource.manager);
    await this.access.requireOrganisation(this.dataSource.manager, actor, organisationId);
    return this.usage(organisationId, on ?? this.clock.today());
  }

  /**
   * The de minimis position of the single undertaking of `organisationId` for aid granted on `on`:
   * the regulation and ceiling in force, the window, the aid counted and what is left.
   */
  async usage(
    organisationId: string,
    on: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DeMinimisUsageView> {
    assertDate('on', on);
    await this.findOrganisationsOrFail([organisationId], manager);
    const ids = await this.organisations.singleUndertakingIds(organisationId, manager);
    const window = deMinimisWindow(on);
    const usedCents = await this.repository.sumAid(manager, ids, window);
    const rows = await this.repository.findAidInWindow(manager, ids, window);
    const assessment = assessTotals(window, usedCents);
    return {
      organisationId,
      on,
      regulation: assessment.regulation,
      ceilingCents: assessment.ceilingCents,
      usedCents: assessment.usedCents,
      availableCents: assessment.availableCents,
      windowStart: assessment.windowStart,
      windowEnd: assessment.windowEnd,
      undertaking: await this.repository.members(manager, ids),
      aid: rows.map(toAidView),
    };
  }

  /**
   * Checks that a grant of `shares` on `grantedOn` keeps every partner's single undertaking within its
   * de minimis ceiling; throws 422 `DE_MINIMIS_EXCEEDED` naming every undertaking that would pass it.
   * Shares that do not count, or are zero, are ignored; partners of the same undertaking are summed.
   *
   * Call it with the manager of the decision's transaction, and record the aid (`recordAid`) in the same
   * transaction: it locks the organisations of the undertakings (in id order, so concurrent decisions
   * cannot deadlock) until that transaction ends, so two concurrent grants to one undertaking cannot
   * both pass on the same earlier total. Not covered: a link between organisations created while the
   * check runs (linking does not take these locks) and aid dated after `grantedOn` (the check looks back).
   */
  async assertWithinCeiling(
    manager: EntityManager,
    input: { grantedOn: string; shares: readonly AidShareInput[] },
  ): Promise<UndertakingCheck[]> {
    assertDate('grantedOn', input.grantedOn);
    const counting = input.shares.filter((s) => {
      assertCents(s.amountCents, 'amountCents');
      if (s.amountCents < 0) throw DomainError.validation('amountCents', 'must not be negative');
      return s.counts && s.amountCents > 0;
    });
    if (counting.length === 0) return [];

    const groups = new Map<string, { ids: string[]; organisationIds: string[]; aidCents: number }>();
    for (const share of counting) {
      const ids = (await this.organisations.singleUndertakingIds(share.organisationId, manager)).sort();
      const key = ids.join(',');
      const group = groups.get(key) ?? { ids, organisationIds: [], aidCents: 0 };
      if (!group.organisationIds.includes(share.organisationId))
        group.organisationIds.push(share.organisationId);
      group.aidCents += share.amountCents;
      groups.set(key, group);
    }

    const allIds = [...new Set([...groups.values()].flatMap((g) => g.ids))];
    const locked = await this.repository.lockOrganisations(manager, allIds);
    if (locked.length !== allIds.length) {
      const found = new Set(locked);
      throw DomainError.notFound(
        'Organisation',
        allIds.find((id) => !found.has(id)),
      );
    }

    const window = deMinimisWindow(input.grantedOn);
    const checks: UndertakingCheck[] = [];
    for (const group of groups.values()) {
      // Recorded aid, and what applicants declared that staff have not confirmed yet: both count.
      const recordedCents = await this.repository.sumAid(manager, group.ids, window);
      const declared = await this.repository.unconfirmedDeclaredAid(manager, group.ids, window);
      const declaredCents = declared.reduce((sum, d) => sum + d.amountCents, 0);
      checks.push({
        ...assessTotals(window, recordedCents + declaredCents, group.aidCents),
        undertaking: await this.repository.members(manager, group.ids),
        organisationIds: group.organisationIds,
        recordedCents,
        declaredCents,
        declaredAidIds: declared.map((d) => d.id),
      });
    }
    const exceeded = checks.filter((c) => !c.fits);
    if (exceeded.length > 0) {
      const message = exceeded.map(describeExcess).join(' ');
      this.logger.log(
        `De minimis ceiling exceeded for ${exceeded.length} undertaking(s) on ${input.grantedOn}`,
      );
      throw new DomainError('DE_MINIMIS_EXCEEDED', message, exceeded.map(toErrorDetail));
    }
    return checks;
  }

  /**
   * De minimis aid is recorded against an undertaking for three years: a decision records it only for
   * organisations with their consent to the application on file (its coordinator, or a partner that
   * accepted). Throws 422 ELIGIBILITY_FAILED (rule `partner_consent`) naming the others.
   */
  async assertConsent(
    manager: EntityManager,
    applicationId: string,
    organisationIds: string[],
  ): Promise<void> {
    const missing: string[] = [];
    for (const id of organisationIds) {
      if (!(await this.repository.consentOnFile(manager, applicationId, id))) missing.push(id);
    }
    if (missing.length > 0) {
      throw new DomainError(
        'ELIGIBILITY_FAILED',
        'De minimis aid is recorded only for organisations that consented to take part',
        missing.map((id) => ({
          rule: 'partner_consent',
          message: `Organisation ${id} has no consent on file`,
        })),
      );
    }
  }

  /**
   * Records de minimis aid granted to an organisation, audited, in the caller's transaction. It does not
   * check the ceiling: decisions call `assertWithinCeiling` first; aid from other grantors is a fact.
   */
  async recordAid(
    manager: EntityManager,
    actor: AuditActor,
    input: RecordAidInput,
  ): Promise<RegisteredAidView> {
    assertDate('grantedOn', input.grantedOn);
    assertCents(input.amountCents, 'amountCents');
    if (input.amountCents <= 0)
      throw DomainError.validation('amountCents', 'must be a positive number of cents');
    if (input.source === 'internal' && !input.applicationId) {
      throw DomainError.validation('applicationId', 'aid granted by the province belongs to an application');
    }
    // Serialises with assertWithinCeiling for the same undertaking, and checks the organisation exists.
    if (!(await this.repository.lockOrganisation(manager, input.organisationId)))
      throw DomainError.notFound('Organisation', input.organisationId);
    const reference = input.reference ?? null;
    if (reference !== null) {
      if (await this.repository.referenceExists(manager, input.organisationId, input.grantor, reference)) {
        throw new DomainError(
          'ALREADY_EXISTS',
          `Aid with reference ${reference} of ${input.grantor} is already registered for this organisation`,
          [{ field: 'reference', message: 'already registered' }],
        );
      }
    }
    const row = await this.repository.insertAid(manager, {
      organisationId: input.organisationId,
      grantor: input.grantor,
      grantedOn: input.grantedOn,
      amountCents: input.amountCents,
      regulation: input.regulation,
      source: input.source,
      applicationId: input.applicationId ?? null,
      reference,
      description: input.description ?? null,
      createdBy: actor.id,
      registerBy: eaidRegisterBy(input.source, input.grantedOn, input.grantedOn),
      correctsAidId: null,
      recordedOn: input.grantedOn,
    });
    await this.audit.record(manager, actor, {
      action: 'de_minimis_aid.recorded',
      entity: 'organisation',
      entityId: input.organisationId,
      data: {
        aidId: row.id,
        grantor: input.grantor,
        grantedOn: input.grantedOn,
        amountCents: input.amountCents,
        regulation: input.regulation,
        source: input.source,
        applicationId: input.applicationId ?? null,
        reference,
      },
    });
    return toRegisteredView(row);
  }

  /**
   * Lowers the aid recorded for an application when a final report lowered its grant from
   * `grantedCents` to `finalGrantCents`, in the caller's transaction: the aid recorded at the decision
   * (only the shares that counted) is scaled by the same factor, ⌊recorded × final ÷ granted⌋, split as
   * the original aid was, and per organisation a correcting row (negative, pointing to the aid it
   * lowers) brings its net aid to its new share. Rows are
   * never changed in place. The correction gets its own eAid deadline (from `correctedOn`). Returns the
   * corrections made (none when the grant did not go down or the aid was not de minimis).
   */
  async correctAidOfApplication(
    manager: EntityManager,
    actor: AuditActor,
    input: {
      applicationId: string;
      grantedCents: number;
      finalGrantCents: number;
      correctedOn: string;
      reason: string;
    },
  ): Promise<RegisteredAidView[]> {
    assertCents(input.grantedCents, 'grantedCents');
    assertCents(input.finalGrantCents, 'finalGrantCents');
    if (input.grantedCents <= 0 || input.finalGrantCents >= input.grantedCents) return [];
    const rows = await this.repository.aidOfApplication(manager, input.applicationId);
    const originals = rows.filter((r) => r.correctsAidId === null);
    if (originals.length === 0) return [];
    const net = originals.map(
      (o) =>
        o.amountCents +
        rows.filter((r) => r.correctsAidId === o.id).reduce((sum, r) => sum + r.amountCents, 0),
    );
    const recorded = originals.reduce((sum, o) => sum + o.amountCents, 0);
    const newTotal = Number(
      (BigInt(recorded) * BigInt(Math.max(0, input.finalGrantCents))) / BigInt(input.grantedCents),
    );
    const target = splitProportionally(
      newTotal,
      originals.map((o) => o.amountCents),
    );
    const corrections: RegisteredAidView[] = [];
    for (let i = 0; i < originals.length; i++) {
      const delta = target[i] - net[i];
      if (delta >= 0) continue;
      const o = originals[i];
      const row = await this.repository.insertAid(manager, {
        organisationId: o.organisationId,
        grantor: o.grantor,
        grantedOn: o.grantedOn,
        amountCents: delta,
        regulation: o.regulation,
        source: 'internal',
        applicationId: o.applicationId,
        reference: null,
        description: input.reason,
        createdBy: actor.id,
        registerBy: eaidRegisterBy('internal', o.grantedOn, input.correctedOn),
        correctsAidId: o.id,
        recordedOn: input.correctedOn,
      });
      await this.audit.record(manager, actor, {
        action: 'de_minimis_aid.corrected',
        entity: 'organisation',
        entityId: o.organisationId,
        data: {
          aidId: row.id,
          correctsAidId: o.id,
          applicationId: o.applicationId,
          amountCents: delta,
          netCents: target[i],
          correctedOn: input.correctedOn,
          reason: input.reason,
        },
      });
      corrections.push(toRegisteredView(row));
    }
    return corrections;
  }

  /** `POST /organisations/:id/de-minimis-aid`: staff register aid granted by another grantor. */
  async registerExternalAid(
    actor: AuditActor,
    organisationId: string,
    dto: RegisterExternalAidDto,
  ): Promise<RegisteredAidView> {
    if (dto.grantedOn > this.clock.today()) {
      throw DomainError.validation('grantedOn', 'aid cannot be granted in the future');
    }
    // No single de minimis grant can be above the ceiling of its regulation: a larger amount is a typing
    // error (and would make every later sum of the undertaking meaningless).
    const regulation = dto.regulation ?? regulationOn(dto.grantedOn);
    const ceilingCents = ceilingOf(regulation, dto.grantedOn);
    if (dto.amountCents > ceilingCents) {
      throw DomainError.validation(
        'amountCents',
        `de minimis aid under ${regulation} is at most ${formatEuro(ceilingCents)} (the ceiling of the regulation)`,
      );
    }
    return this.dataSource.transaction((manager) =>
      this.recordAid(manager, actor, {
        organisationId,
        amountCents: dto.amountCents,
        grantedOn: dto.grantedOn,
        grantor: dto.grantor,
        regulation,
        source: 'external',
        reference: dto.reference ?? null,
        description: dto.description ?? null,
      }),
    );
  }

  /** Aid from `grantor` with `reference` for an organisation, if registered (natural key, e.g. for the seed). */
  async findByReference(
    organisationId: string,
    grantor: string,
    reference: string,
  ): Promise<RegisteredAidView | null> {
    const row = await this.repository.findByReference(
      this.dataSource.manager,
      organisationId,
      grantor,
      reference,
    );
    return row ? toRegisteredView(row) : null;
  }

  private async findOrganisationsOrFail(ids: string[], manager: EntityManager): Promise<void> {
    const found = new Set(await this.repository.existingOrganisationIds(manager, ids));
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw DomainError.notFound('Organisation', missing);
  }
}

function assertDate(field: string, value: string): void {
  if (!isCalendarDate(value))
    throw DomainError.validation(field, 'must be an existing date written YYYY-MM-DD');
}

function describeExcess(c: UndertakingCheck): string {
  const names = c.undertaking.map((m) => `${m.name} (${m.enterpriseNumber})`).join(', ');
  return (
    `The de minimis aid of the single undertaking ${names} would pass its ceiling of ` +
    `${formatEuro(c.ceilingCents)} (Regulation (EU) ${c.regulation}, ${c.windowStart} to ${c.windowEnd}): ` +
    `used ${formatEuro(c.usedCents)} (on record ${formatEuro(c.recordedCents)}, declared by the applicant and not yet confirmed ${formatEuro(c.declaredCents)}), ` +
    `this aid ${formatEuro(c.aidCents)}, available ${formatEuro(c.availableCents)}.`
  );
}

function toErrorDetail(c: UndertakingCheck) {
  return {
    rule: 'de_minimis_ceiling',
    message: describeExcess(c),
    undertaking: c.undertaking,
    organisationIds: c.organisationIds,
    regulation: c.regulation,
    ceilingCents: c.ceilingCents,
    usedCents: c.usedCents,
    recordedCents: c.recordedCents,
    declaredCents: c.declaredCents,
    declaredAidIds: c.declaredAidIds,
    aidCents: c.aidCents,
    availableCents: c.availableCents,
    excessCents: c.excessCents,
    windowStart: c.windowStart,
    windowEnd: c.windowEnd,
  };
}

function toAidView(r: AidRecord): DeMinimisAidView {
  return {
    id: r.id,
    organisationId: r.organisationId,
    grantor: r.grantor,
    grantedOn: r.grantedOn,
    amountCents: r.amountCents,
    regulation: r.regulation,
    source: r.source,
    reference: r.reference,
  };
}

function toRegisteredView(r: AidRecord): RegisteredAidView {
  return {
    ...toAidView(r),
    description: r.description,
    applicationId: r.applicationId,
    createdAt: r.createdAt.toISOString(),
  };
}
