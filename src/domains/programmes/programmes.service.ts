import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../kernel/clock.js';
import { DEFAULT_LEGAL_CITATIONS } from './legal-basis.js';
import { DomainError } from '../../kernel/errors.js';
import { formatEuro } from '../../kernel/money.js';
import type { Page } from '../../kernel/pagination.js';
import type {
  CallListQueryDto,
  CallView,
  CreateCallDto,
  CreateProgrammeDto,
  ExtendCallDto,
  ProgrammeView,
  UpdateCallDto,
  UpdateProgrammeDto,
} from './dto/programme.dto.js';
import {
  callEndOf,
  callStatus,
  closingDayOf,
  type ProgrammeRules,
  resolveProgrammeRules,
} from './programme-rules.js';
import { Call, Programme, type ReviewCriterion } from './programme.entity.js';
import { ProgrammesRepository } from './programmes.repository.js';
import type { Actor, AuditActor } from '../../kernel/actor.js';

export const DEFAULT_LEGAL_BASIS = 'Reglement Innovatiesubsidie Vlaams-Brabant, provincieraad 16 mei 2017';

@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly repository: ProgrammesRepository,
  ) {}

  async createProgramme(actor: AuditActor, dto: CreateProgrammeDto): Promise<ProgrammeView> {
    const rules = validRules(dto.rules ?? {});
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Programme, { code: dto.code })) {
        throw new DomainError('ALREADY_EXISTS', `A programme with code ${dto.code} exists`, [
          { field: 'code', message: 'already used' },
        ]);
      }
      const programme = await manager.save(
        manager.create(Programme, {
          code: dto.code,
          name: dto.name,
          aidBasis: dto.aidBasis,
          legalBasis: dto.legalBasis ?? DEFAULT_LEGAL_BASIS,
          legalCitations: dto.legalCitations ?? DEFAULT_LEGAL_CITATIONS.map((c) => ({ ...c })),
          nameEn: dto.nameEn ?? null,
          rules,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'programme.created',
        entity: 'programme',
        entityId: programme.id,
        data: { code: programme.code, aidBasis: programme.aidBasis, rules },
      });
      return toProgrammeView(programme, true);
    });
  }

  /**
   * Staff change a programme (issue #22). The names may always change. The aid basis, legal basis,
   * citations and rules only while no application in a call of the programme has left draft: those
   * applications were checked, ranked and decided against the rules in force (409 INVALID_TRANSITION).
   * Drafts see changed rules at once (the live calculator and eligibility read them). `rules` is merged
   * onto the current rules, then resolved and validated as at creation. One transaction on the
   * programme's row locked `FOR UPDATE` and its rules' lock taken; a submission holds that lock shared while it judges the
   * application (`ApplicationsService.submit`), so a change of the rules and a submission are serialised:
   * either the submission waits and is judged against the new rules, or the change waits, sees the
   * submitted application and is refused. Audited as `programme.updated` with the old and new values of
   * what changed (a rule as `rules.<name>`); nothing changed, nothing audited.
   */
  async updateProgramme(actor: AuditActor, id: string, dto: UpdateProgrammeDto): Promise<ProgrammeView> {
    for (const k of ['name', 'aidBasis', 'legalBasis', 'legalCitations', 'rules'] as const) {
      if (dto[k] === null) throw DomainError.validation(k, 'must not be null');
    }
    const overrides = plain(dto.rules ?? {}) as Partial<ProgrammeRules>;
    for (const [k, v] of Object.entries(overrides)) {
      if (v === null) throw DomainError.validation(`rules.${k}`, 'must not be null');
    }
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.repository.lockProgramme(manager, id);
      if (!programme) throw DomainError.notFound('Programme', id);
      const current = resolveProgrammeRules(programme.rules);
      const rules = validRules({ ...current, ...overrides });
      const from: Record<string, unknown> = {
        name: programme.name,
        nameEn: programme.nameEn,
        aidBasis: programme.aidBasis,
        legalBasis: programme.legalBasis,
        legalCitations: programme.legalCitations,
      };
      const to: Record<string, unknown> = {};
      if (dto.name !== undefined) to.name = dto.name;
      if (dto.nameEn !== undefined) to.nameEn = dto.nameEn;
      if (dto.aidBasis !== undefined) to.aidBasis = dto.aidBasis;
      if (dto.legalBasis !== undefined) to.legalBasis = dto.legalBasis;
      if (dto.legalCitations !== undefined) to.legalCitations = plain(dto.legalCitations);
      const changed = Object.keys(to).filter((k) => !sameJson(from[k], to[k]));
      const changedRules = (Object.keys(rules) as (keyof ProgrammeRules)[]).filter(
        (k) => !sameJson(current[k], rules[k]),
      );
      const bound = changed.filter((k) => k !== 'name' && k !== 'nameEn');
      if (changedRules.length > 0) bound.push('rules');
      // Stable while the row is locked: a submission waits for it (`holdProgrammeRules`).
      const submitted = (await this.repository.submittedApplicationCounts(manager, [id])).get(id) ?? 0;
      if (bound.length > 0 && submitted > 0) {
        throw new DomainError(
          'INVALID_TRANSITION',
          `${submitted} application(s) in the calls of this programme have been submitted and judged ` +
            'against its rules: its aid basis, legal basis and rules can no longer change (its names can)',
          { submittedApplications: submitted, fields: bound },
        );
      }
      if (changed.length > 0 || changedRules.length > 0) {
        const changes = {
          ...Object.fromEntries(changed.map((k) => [k, to[k]])),
          ...(changedRules.length > 0 ? { rules } : {}),
        } as Partial<Programme>;
        await manager.update(Programme, { id }, changes);
        await this.audit.record(manager, actor, {
          action: 'programme.updated',
          entity: 'programme',
          entityId: id,
          data: Object.fromEntries([
            ...changed.map((k) => [k, { from: from[k], to: to[k] }]),
            ...changedRules.map((k) => [`rules.${k}`, { from: current[k], to: rules[k] }]),
          ]),
        });
        Object.assign(programme, changes);
      }
      return toProgrammeView(programme, submitted === 0);
    });
  }

  async listProgrammes(query: { limit: number; offset: number }): Promise<Page<ProgrammeView>> {
    const [rows, total] = await this.repository.listProgrammes(query.limit, query.offset);
    const submitted = await this.repository.submittedApplicationCounts(
      this.dataSource.manager,
      rows.map((p) => p.id),
    );
    return { items: rows.map((p) => toProgrammeView(p, !submitted.has(p.id))), total };
  }

  async getProgramme(id: string): Promise<ProgrammeView> {
    const programme = await this.findProgramme(id);
    const submitted = await this.repository.submittedApplicationCounts(this.dataSource.manager, [id]);
    return toProgrammeView(programme, !submitted.has(id));
  }

  /**
   * Holds the rules' lock of the call's programme, shared, for the rest of the transaction: a submission
   * takes it before it reads the rules it is judged against, so that a change of those rules
   * (`updateProgramme`) cannot pass it (`ProgrammesRepository.shareProgrammeRules`).
   */
  holdProgrammeRules(manager: EntityManager, callId: string): Promise<void> {
    return this.repository.shareProgrammeRules(manager, callId);
  }

  async findProgramme(id: string, manager: EntityManager = this.dataSource.manager): Promise<Programme> {
    const programme = await manager.findOneBy(Programme, { id });
    if (!programme) throw DomainError.notFound('Programme', id);
    return programme;
  }

  async findProgrammeByCode(code: string): Promise<Programme | null> {
    return this.dataSource.getRepository(Programme).findOneBy({ code });
  }

  async createCall(actor: AuditActor, dto: CreateCallDto): Promise<CallView> {
    const opensAt = new Date(dto.opensAt);
    if ((dto.closesOn === undefined) === (dto.closesAt === undefined)) {
      throw DomainError.validation('closesOn', 'give the closing day (closesOn) or closesAt, not both');
    }
    // The call closes at the end of its closing day, Brussels time, whatever moment of it was given.
    const closesOn = dto.closesOn ?? closingDayOf(new Date(dto.closesAt!));
    const closesAt = callEndOf(closesOn);
    if (closesAt.getTime() <= opensAt.getTime()) {
      throw DomainError.validation(dto.closesOn ? 'closesOn' : 'closesAt', 'must be after opensAt');
    }
    const criteria = validateCriteria(dto.criteria);
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.findProgramme(dto.programmeId, manager);
      const call = await manager.save(
        manager.create(Call, {
          programmeId: programme.id,
          title: dto.title,
          titleEn: dto.titleEn ?? null,
          year: dto.year,
          opensAt,
          closesOn,
          closesAt,
          description: dto.description ?? null,
          reviewsDuringCall: dto.reviewsDuringCall ?? false,
          budgetCents: dto.budgetCents,
          minReviewsPerApplication: dto.minReviewsPerApplication,
          reviewDeadline: dto.reviewDeadline ?? null,
          criteria,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'call.created',
        entity: 'call',
        entityId: call.id,
        data: {
          programmeId: programme.id,
          year: call.year,
          opensAt: call.opensAt,
          closesOn: call.closesOn,
          closesAt: call.closesAt,
          reviewsDuringCall: call.reviewsDuringCall,
          budgetCents: call.budgetCents,
          minReviewsPerApplication: call.minReviewsPerApplication,
          criteria,
        },
      });
      return this.toCallView(call, programme, true);
    });
  }

  /**
   * Staff extend a call that has not closed: a later closing day (issue #18, item 10). After the
   * call closed, applicants who let it pass could not be treated equally: 409 CALL_CLOSED. Audited.
   */
  async extendCall(actor: AuditActor, id: string, dto: ExtendCallDto): Promise<CallView> {
    return this.dataSource.transaction(async (manager) => {
      const call = await this.repository.lockCall(manager, id);
      if (!call) throw DomainError.notFound('Call', id);
      if (callStatus(call, this.clock.now()) === 'closed') {
        throw new DomainError(
          'CALL_CLOSED',
          `This call closed at the end of ${call.closesOn}: it cannot be extended`,
          {
            closesOn: call.closesOn,
            closesAt: call.closesAt.toISOString(),
          },
        );
      }
      if (dto.closesOn <= call.closesOn) {
        throw DomainError.validation('closesOn', `must be after the current closing day ${call.closesOn}`);
      }
      // The same rule as a change of the review deadline: never before the closing day. Staff move the
      // review deadline first (PATCH /api/calls/:id), then extend.
      if (call.reviewDeadline !== null && call.reviewDeadline < dto.closesOn) {
        throw DomainError.validation(
          'closesOn',
          `must not be after the review deadline ${call.reviewDeadline}: move the review deadline first`,
        );
      }
      const changes = { closesOn: dto.closesOn, closesAt: callEndOf(dto.closesOn) };
      await manager.update(Call, { id }, changes);
      await this.audit.record(manager, actor, {
        action: 'call.extended',
        entity: 'call',
        entityId: id,
        data: {
          from: { closesOn: call.closesOn, closesAt: call.closesAt },
          to: changes,
          reason: dto.reason,
        },
      });
      return this.callView(manager, id);
    });
  }

  /**
   * Staff change a call's texts (title, English title, description), its review setting, budget,
   * review deadline, opening moment or criteria (issue #22). One transaction on the call's row locked
   * `FOR UPDATE` — the lock the budget ledger takes for an approval — so a lower budget and an approval
   * cannot pass each other. Audited with old and new values:
   * - the budget never below what the call has committed: 422 BUDGET_EXCEEDED;
   * - the review deadline not before the closing day;
   * - the opening moment only while the call has not opened (409 INVALID_TRANSITION), before it closes;
   * - the criteria only while no evaluator is assigned in the call (409 INVALID_TRANSITION).
   */
  async updateCall(actor: AuditActor, id: string, dto: UpdateCallDto): Promise<CallView> {
    if (dto.title === null) throw DomainError.validation('title', 'a call keeps a title');
    if (dto.budgetCents === null) throw DomainError.validation('budgetCents', 'a call keeps a budget');
    if (dto.opensAt === null) throw DomainError.validation('opensAt', 'a call keeps an opening moment');
    if (dto.criteria === null) throw DomainError.validation('criteria', 'a call keeps its criteria');
    const criteria = dto.criteria === undefined ? undefined : validateCriteria(dto.criteria);
    return this.dataSource.transaction(async (manager) => {
      const call = await this.repository.lockCall(manager, id);
      if (!call) throw DomainError.notFound('Call', id);
      const next: Partial<Call> = {};
      if (dto.title !== undefined) next.title = dto.title;
      if (dto.titleEn !== undefined) next.titleEn = dto.titleEn;
      if (dto.description !== undefined) next.description = dto.description;
      if (dto.reviewsDuringCall !== undefined) next.reviewsDuringCall = dto.reviewsDuringCall;
      if (dto.budgetCents !== undefined && dto.budgetCents !== call.budgetCents) {
        const committedCents = await this.repository.committedCents(manager, id);
        if (dto.budgetCents < committedCents) {
          throw new DomainError(
            'BUDGET_EXCEEDED',
            `The budget cannot be lower than what the call has committed: ${formatEuro(committedCents)}`,
            { budgetCents: dto.budgetCents, committedCents, currentBudgetCents: call.budgetCents },
          );
        }
        next.budgetCents = dto.budgetCents;
      }
      if (dto.reviewDeadline !== undefined) {
        if (dto.reviewDeadline !== null && dto.reviewDeadline < call.closesOn) {
          throw DomainError.validation(
            'reviewDeadline',
            `must not be before the closing day ${call.closesOn}`,
          );
        }
        next.reviewDeadline = dto.reviewDeadline;
      }
      if (dto.opensAt !== undefined) {
        const opensAt = new Date(dto.opensAt);
        if (opensAt.getTime() !== call.opensAt.getTime()) {
          if (callStatus(call, this.clock.now()) !== 'upcoming') {
            throw new DomainError(
              'INVALID_TRANSITION',
              `This call opened at ${call.opensAt.toISOString()}: its opening moment can no longer change`,
              { opensAt: call.opensAt.toISOString() },
            );
          }
          if (opensAt.getTime() >= call.closesAt.getTime()) {
            throw DomainError.validation(
              'opensAt',
              `must be before the call closes (end of ${call.closesOn})`,
            );
          }
          next.opensAt = opensAt;
        }
      }
      if (criteria !== undefined && !sameCriteria(criteria, call.criteria)) {
        if (await this.repository.hasAssignments(manager, id)) {
          throw new DomainError(
            'INVALID_TRANSITION',
            'An evaluator has been assigned in this call: its criteria can no longer change',
          );
        }
        next.criteria = criteria;
      }
      const changed = (Object.keys(next) as (keyof Call)[]).filter((k) => !sameValue(next[k], call[k]));
      if (changed.length > 0) {
        const changes = Object.fromEntries(changed.map((k) => [k, next[k]])) as Partial<Call>;
        await manager.update(Call, { id }, changes);
        await this.audit.record(manager, actor, {
          action: 'call.updated',
          entity: 'call',
          entityId: id,
          data: Object.fromEntries(changed.map((k) => [k, { from: call[k], to: next[k] }])),
        });
      }
      return this.callView(manager, id);
    });
  }

  /** Open calls are public: without an account (`actor` undefined) only `status=open` may be listed. */
  async listCalls(query: CallListQueryDto, actor?: Actor): Promise<Page<CallView>> {
    if (!actor && query.status !== 'open') {
      throw new DomainError(
        'UNAUTHENTICATED',
        'Sign in to list calls that are not open (or ask for ?status=open)',
      );
    }
    const [rows, total] = await this.repository.listCalls({
      status: query.status,
      now: this.clock.now(),
      programmeId: query.programmeId,
      year: query.year,
      limit: query.limit,
      offset: query.offset,
    });
    const assigned = await this.repository.callsWithAssignments(
      this.dataSource.manager,
      rows.map(({ call }) => call.id),
    );
    return {
      items: rows.map(({ call, programme }) => this.toCallView(call, programme, !assigned.has(call.id))),
      total,
    };
  }

  getCall(id: string): Promise<CallView> {
    return this.callView(this.dataSource.manager, id);
  }

  /** The view of the call as `manager` sees it now (its criteria editable while no evaluator is assigned). */
  private async callView(manager: EntityManager, id: string): Promise<CallView> {
    const { call, programme } = await this.findCall(id, manager);
    return this.toCallView(call, programme, !(await this.repository.hasAssignments(manager, id)));
  }

  /** The call and its programme, or 404. */
  async findCall(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ call: Call; programme: Programme }> {
    // One statement: every create, submission, view and decision reads its call and programme.
    const found = await this.repository.findCallWithProgramme(manager, id);
    if (!found) throw DomainError.notFound('Call', id);
    return found;
  }

  /** `criteriaEditable`: no evaluator has been assigned in the call yet (its criteria may change). */
  private toCallView(call: Call, programme: Programme, criteriaEditable: boolean): CallView {
    return {
      id: call.id,
      programmeId: programme.id,
      programmeCode: programme.code,
      programmeName: programme.name,
      title: call.title,
      year: call.year,
      opensAt: call.opensAt.toISOString(),
      closesOn: call.closesOn,
      closesAt: call.closesAt.toISOString(),
      titleEn: call.titleEn,
      description: call.description,
      reviewsDuringCall: call.reviewsDuringCall,
      status: callStatus(call, this.clock.now()),
      budgetCents: call.budgetCents,
      minReviewsPerApplication: call.minReviewsPerApplication,
      reviewDeadline: call.reviewDeadline,
      criteria: call.criteria,
      criteriaEditable,
      rules: resolveProgrammeRules(programme.rules),
      createdAt: call.createdAt.toISOString(),
    };
  }
}

/** Equal values of a call's column: dates by their moment, criteria by their content. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b))
    return sameCriteria(a as ReviewCriterion[], b as ReviewCriterion[]);
  return a === b;
}

/** The same criteria in the same order, field by field (jsonb does not keep the order of the keys). */
function sameCriteria(a: ReviewCriterion[], b: ReviewCriterion[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (c, i) =>
        c.key === b[i].key &&
        c.label === b[i].label &&
        c.weight === b[i].weight &&
        c.maxScore === b[i].maxScore &&
        c.threshold === b[i].threshold,
    )
  );
}

/** Unique keys and a threshold within the score range; returns plain objects for the jsonb column. */
function validateCriteria(criteria: ReviewCriterion[]): ReviewCriterion[] {
  const seen = new Set<string>();
  return criteria.map((c, i) => {
    if (seen.has(c.key)) throw DomainError.validation(`criteria.${i}.key`, `duplicate key ${c.key}`);
    seen.add(c.key);
    if (c.threshold !== undefined && c.threshold > c.maxScore) {
      throw DomainError.validation(`criteria.${i}.threshold`, 'must not be higher than maxScore');
    }
    return {
      key: c.key,
      label: c.label,
      weight: c.weight,
      maxScore: c.maxScore,
      ...(c.threshold === undefined ? {} : { threshold: c.threshold }),
    };
  });
}

/** The rules resolved onto the defaults; 400 when the rate without an SME exceeds the rate with one. */
function validRules(overrides: Partial<ProgrammeRules>): ProgrammeRules {
  const rules = resolveProgrammeRules(overrides);
  if (rules.maxFundingRateWithoutSmePct > rules.maxFundingRatePct) {
    throw DomainError.validation(
      'rules.maxFundingRateWithoutSmePct',
      'must not be higher than maxFundingRatePct',
    );
  }
  return rules;
}

/** A DTO as plain JSON (no class instances, no undefined members), as the jsonb columns hold it. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Equal as JSON, whatever the order of the keys (jsonb does not keep it). */
function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

/** `rulesEditable`: no application in a call of the programme has left draft yet. */
function toProgrammeView(p: Programme, rulesEditable: boolean): ProgrammeView {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    aidBasis: p.aidBasis,
    legalBasis: p.legalBasis,
    legalCitations: p.legalCitations,
    nameEn: p.nameEn,
    rules: resolveProgrammeRules(p.rules),
    rulesEditable,
    createdAt: p.createdAt.toISOString(),
  };
}
