import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import { percentOfCents } from '../../kernel/money.js';
import { AccessService } from '../../platform/access/access.service.js';
import type { Page } from '../../kernel/pagination.js';
import { reportingPeriods } from './claims.js';
import type {
  ActivityView,
  CreateActivityDto,
  CreateCorrectionDto,
  CreateErdfProjectDto,
  CreateExpenseDto,
  CreateIndicatorDto,
  CreateIndicatorValueDto,
  ErdfProjectView,
  ExpenseView,
  IndicatorValueView,
  IndicatorView,
  PeriodView,
  WithdrawExpenseDto,
} from './dto/erdf.dto.js';
import { type ExpenseCategory, expenseViolations } from './eligibility.js';
import {
  ErdfActivity,
  ErdfActivityIndicator,
  ErdfExpense,
  ErdfIndicator,
  ErdfIndicatorValue,
  ErdfPartner,
  ErdfProject,
} from './erdf.entity.js';
import { type ExpenseRow, type PartnerRow, type ProjectFacts, ErdfRepository } from './erdf.repository.js';
import { financingViolations } from './financing.js';
import type { Actor, AuditActor } from '../../kernel/actor.js';

/** ERDF projects: the project and its partners, expenses (with corrections), indicators and activities. */
@Injectable()
export class ErdfService {
  private readonly logger = new Logger(ErdfService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: ErdfRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // ------------------------------------------------------------ projects

  async createProject(actor: AuditActor, dto: CreateErdfProjectDto): Promise<ErdfProjectView> {
    if (dto.endDate < dto.startDate) {
      throw DomainError.validation('endDate', 'the project cannot end before it starts');
    }
    const partnerIds = dto.partners.map((p) => p.organisationId);
    if (new Set(partnerIds).size !== partnerIds.length) {
      throw DomainError.validation('partners', 'an organisation is listed twice');
    }
    if (!partnerIds.includes(dto.coordinatorOrganisationId)) {
      throw DomainError.validation(
        'coordinatorOrganisationId',
        'the coordinator must be one of the partners',
      );
    }
    const violations = financingViolations(dto.financing);
    if (violations.length > 0) {
      throw new DomainError(
        'ELIGIBILITY_FAILED',
        `The financing plan breaks ${violations.length} rule(s): ${violations.map((v) => v.message).join('; ')}`,
        violations,
      );
    }
    const budgetCents = dto.partners.reduce((sum, p) => sum + p.budgetCents, 0);
    const maxErdfCents = percentOfCents(budgetCents, dto.financing.erdfRatePct);
    const erdfApprovedCents = dto.erdfApprovedCents ?? maxErdfCents;
    if (erdfApprovedCents > maxErdfCents) {
      throw new DomainError(
        'ELIGIBILITY_FAILED',
        `The approved ERDF amount (${erdfApprovedCents} cents) is above the ERDF rate of the budget (${maxErdfCents} cents)`,
        [{ rule: 'erdf_approved_max', message: `at most ${maxErdfCents} cents` }],
      );
    }
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(ErdfProject, { projectNumber: dto.projectNumber })) {
        throw new DomainError('ALREADY_EXISTS', `ERDF project ${dto.projectNumber} exists`, [
          { field: 'projectNumber', message: 'already registered' },
        ]);
      }
      const found = await this.repository.existingOrganisationIds(manager, partnerIds);
      const missing = partnerIds.find((id) => !found.has(id));
      if (missing) throw DomainError.notFound('Organisation', missing);

      const project = await manager.save(
        manager.create(ErdfProject, {
          projectNumber: dto.projectNumber,
          title: dto.title,
          startDate: dto.startDate,
          endDate: dto.endDate,
          coordinatorOrganisationId: dto.coordinatorOrganisationId,
          erdfRatePct: dto.financing.erdfRatePct,
          provinceRatePct: dto.financing.provinceRatePct,
          ownContributionRatePct: dto.financing.ownContributionRatePct,
          erdfApprovedCents,
          officeFlatRate: dto.officeFlatRate ?? true,
          demo: dto.demo ?? false,
        }),
      );
      await manager.insert(
        ErdfPartner,
        dto.partners.map((p) => ({
          projectId: project.id,
          organisationId: p.organisationId,
          budgetCents: p.budgetCents,
        })),
      );
      await this.audit.record(manager, actor, {
        action: 'erdf_project.created',
        entity: 'erdf_project',
        entityId: project.id,
        data: {
          projectNumber: dto.projectNumber,
          title: dto.title,
          startDate: dto.startDate,
          endDate: dto.endDate,
          coordinatorOrganisationId: dto.coordinatorOrganisationId,
          financing: { ...dto.financing },
          erdfApprovedCents,
          officeFlatRate: dto.officeFlatRate ?? true,
          demo: dto.demo ?? false,
          partners: dto.partners.map((p) => ({
            organisationId: p.organisationId,
            budgetCents: p.budgetCents,
          })),
        },
      });
      this.logger.log({ projectId: project.id, projectNumber: dto.projectNumber }, 'ERDF project created');
      return this.projectView(manager, project.id);
    });
  }

  async getProject(actor: Actor, id: string): Promise<ErdfProjectView> {
    await this.access.requireErdfProject(this.dataSource.manager, actor, id);
    return this.projectView(this.dataSource.manager, id);
  }

  /** Staff see every project; applicants the projects of their organisations. */
  async listProjects(
    actor: Actor,
    query: { limit: number; offset: number; projectNumber?: string },
  ): Promise<Page<ErdfProjectView>> {
    const visible = this.access.visibleErdfProjects(actor, 'p.id', ':userId');
    const [rows, total] = await this.repository.listProjects(this.dataSource.manager, {
      where: visible ? { sql: visible, params: { userId: actor.id } } : undefined,
      projectNumber: query.projectNumber,
      limit: query.limit,
      offset: query.offset,
    });
    // The partners of the whole page in one query, instead of two queries per project.
    const partners =
      rows.length === 0
        ? []
        : await this.repository.partners(
            this.dataSource.manager,
            rows.map((r) => r.id),
          );
    const items = rows.map((row) =>
      toProjectView(
        row,
        partners.filter((p) => p.projectId === row.id),
      ),
    );
    return { items, total };
  }

  async periods(actor: Actor, id: string): Promise<PeriodView[]> {
    await this.access.requireErdfProject(this.dataSource.manager, actor, id);
    const facts = await this.projectFacts(this.dataSource.manager, id);
    return reportingPeriods(facts.startDate, facts.endDate);
  }

  /** Finds a project by its number (e.g. for the seed); null when there is none. */
  async findIdByNumber(projectNumber: string): Promise<string | null> {
    const row = await this.dataSource.getRepository(ErdfProject).findOneBy({ projectNumber });
    return row?.id ?? null;
  }

  private async projectView(manager: EntityManager, id: string): Promise<ErdfProjectView> {
    const project = await manager.findOneBy(ErdfProject, { id });
    if (!project) throw DomainError.notFound('ERDF project', id);
    return toProjectView(project, await this.repository.partners(manager, [id]));
  }

  /** The project's facts (locked with `lock`, see ErdfRepository.projectFacts); 404 when there is none. */
  private async projectFacts(
    manager: EntityManager,
    projectId: string,
    options: { lock?: boolean } = {},
  ): Promise<ProjectFacts> {
    const facts = await this.repository.projectFacts(manager, projectId, options);
    if (!facts) throw DomainError.notFound('ERDF project', projectId);
    return facts;
  }

  // ------------------------------------------------------------ expenses

  /**
   * Records an expense; 422 EXPENSE_NOT_ELIGIBLE listing every broken rule; 409 ALREADY_EXISTS when the
   * partner already recorded this invoice in the project (a change goes through a correction).
   */
  async addExpense(actor: AuditActor, projectId: string, dto: CreateExpenseDto): Promise<ExpenseView> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.projectFacts(manager, projectId, { lock: true });
      const violations = expenseViolations(dto, facts);
      if (violations.length > 0) {
        throw new DomainError(
          'EXPENSE_NOT_ELIGIBLE',
          `The expense is not eligible: ${violations.map((v) => v.message).join('; ')}`,
          violations,
        );
      }
      const recorded = await this.repository.expenseByInvoice(
        manager,
        projectId,
        dto.partnerOrganisationId,
        dto.invoiceRef,
      );
      if (recorded) {
        throw new DomainError(
          'ALREADY_EXISTS',
          `Invoice ${dto.invoiceRef} of this partner is already recorded as expense ${recorded}; correct that expense instead`,
          [{ field: 'invoiceRef', message: `already recorded as expense ${recorded}` }],
        );
      }
      const expense = await manager.save(
        manager.create(ErdfExpense, {
          projectId,
          partnerOrganisationId: dto.partnerOrganisationId,
          category: dto.category as ExpenseCategory,
          amountCents: dto.amountCents,
          incurredOn: dto.incurredOn,
          paidOn: dto.paidOn,
          description: dto.description,
          invoiceRef: dto.invoiceRef,
          correctsExpenseId: null,
          withdrawnAt: null,
          withdrawnReason: null,
          createdBy: actor.id,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'erdf_expense.recorded',
        entity: 'erdf_expense',
        entityId: expense.id,
        data: { projectId, ...dto },
      });
      return this.expenseView(manager, expense.id);
    });
  }

  /**
   * A correction of an earlier expense (e.g. a credit note): a new row with the same partner and
   * category that points to it, usually negative. The original stays as it was; the net of an
   * expense and its corrections never goes below zero.
   */
  async correctExpense(
    actor: AuditActor,
    projectId: string,
    expenseId: string,
    dto: CreateCorrectionDto,
  ): Promise<ExpenseView> {
    if (dto.amountCents === 0) throw DomainError.validation('amountCents', 'a correction cannot be zero');
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.projectFacts(manager, projectId, { lock: true });
      const original = await manager.findOneBy(ErdfExpense, { id: expenseId, projectId });
      if (!original) throw DomainError.notFound('Expense', expenseId);
      if (original.correctsExpenseId !== null) {
        throw DomainError.validation('expenseId', 'correct the original expense, not a correction');
      }
      if (original.withdrawnAt !== null) {
        throw new DomainError('INVALID_TRANSITION', 'A withdrawn expense cannot be corrected');
      }
      const violations = expenseViolations(
        {
          partnerOrganisationId: original.partnerOrganisationId,
          category: original.category,
          incurredOn: dto.incurredOn,
          paidOn: dto.paidOn,
        },
        facts,
      );
      const net = await this.repository.expenseNetCents(manager, expenseId);
      if (net + dto.amountCents < 0) {
        violations.push({
          rule: 'correction_within_expense',
          message: `The correction would bring the expense below zero (net now ${net} cents)`,
        });
      }
      if (violations.length > 0) {
        throw new DomainError(
          'EXPENSE_NOT_ELIGIBLE',
          `The correction is not eligible: ${violations.map((v) => v.message).join('; ')}`,
          violations,
        );
      }
      const correction = await manager.save(
        manager.create(ErdfExpense, {
          projectId,
          partnerOrganisationId: original.partnerOrganisationId,
          category: original.category,
          amountCents: dto.amountCents,
          incurredOn: dto.incurredOn,
          paidOn: dto.paidOn,
          description: dto.description,
          invoiceRef: dto.invoiceRef,
          correctsExpenseId: original.id,
          withdrawnAt: null,
          withdrawnReason: null,
          createdBy: actor.id,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'erdf_expense.corrected',
        entity: 'erdf_expense',
        entityId: correction.id,
        data: { projectId, correctsExpenseId: original.id, ...dto },
      });
      return this.expenseView(manager, correction.id);
    });
  }

  /**
   * Withdraws an expense that is in no claim (it stays, marked withdrawn, and no longer counts).
   * A claimed expense is lowered with a correction instead, so that the claim stays as submitted.
   */
  async withdrawExpense(
    actor: AuditActor,
    projectId: string,
    expenseId: string,
    dto: WithdrawExpenseDto,
  ): Promise<ExpenseView> {
    return this.dataSource.transaction(async (manager) => {
      await this.projectFacts(manager, projectId, { lock: true });
      const expense = await manager.findOneBy(ErdfExpense, { id: expenseId, projectId });
      if (!expense) throw DomainError.notFound('Expense', expenseId);
      if (expense.withdrawnAt !== null) {
        throw new DomainError('INVALID_TRANSITION', 'The expense is already withdrawn');
      }
      if (await this.repository.isExpenseClaimed(manager, expenseId)) {
        throw new DomainError(
          'INVALID_TRANSITION',
          'The expense is in a claim; record a correction instead of withdrawing it',
        );
      }
      if (await this.repository.hasOpenCorrections(manager, expenseId)) {
        throw new DomainError('INVALID_TRANSITION', 'Withdraw the corrections of this expense first');
      }
      await manager.update(
        ErdfExpense,
        { id: expenseId },
        { withdrawnAt: this.clock.now(), withdrawnReason: dto.reason },
      );
      await this.audit.record(manager, actor, {
        action: 'erdf_expense.withdrawn',
        entity: 'erdf_expense',
        entityId: expenseId,
        data: { projectId, reason: dto.reason, amountCents: expense.amountCents },
      });
      return this.expenseView(manager, expenseId);
    });
  }

  async listExpenses(
    actor: Actor,
    projectId: string,
    query: { partnerOrganisationId?: string; limit: number; offset: number },
  ): Promise<Page<ExpenseView>> {
    await this.access.requireErdfProject(this.dataSource.manager, actor, projectId);
    const { rows, total } = await this.repository.expenses(this.dataSource.manager, projectId, query);
    return { items: rows.map(toExpenseView), total };
  }

  /** The view of an expense just written in this transaction. */
  private async expenseView(manager: EntityManager, id: string): Promise<ExpenseView> {
    return toExpenseView((await this.repository.expense(manager, id))!);
  }

  // ------------------------------------------------------------ indicators

  async addIndicator(actor: AuditActor, projectId: string, dto: CreateIndicatorDto): Promise<IndicatorView> {
    return this.dataSource.transaction(async (manager) => {
      await this.projectFacts(manager, projectId);
      if (await manager.existsBy(ErdfIndicator, { projectId, code: dto.code })) {
        throw new DomainError('ALREADY_EXISTS', `Indicator ${dto.code} exists in this project`, [
          { field: 'code', message: 'already used in this project' },
        ]);
      }
      const indicator = await manager.save(manager.create(ErdfIndicator, { projectId, ...dto }));
      await this.audit.record(manager, actor, {
        action: 'erdf_indicator.created',
        entity: 'erdf_indicator',
        entityId: indicator.id,
        data: { projectId, ...dto },
      });
      return toIndicatorView(indicator);
    });
  }

  async addIndicatorValue(
    actor: AuditActor,
    projectId: string,
    code: string,
    dto: CreateIndicatorValueDto,
  ): Promise<IndicatorValueView> {
    return this.dataSource.transaction(async (manager) => {
      await this.projectFacts(manager, projectId);
      const indicator = await manager.findOneBy(ErdfIndicator, { projectId, code });
      if (!indicator) throw DomainError.notFound('Indicator', code);
      const value = await manager.save(
        manager.create(ErdfIndicatorValue, {
          indicatorId: indicator.id,
          on: dto.on,
          value: dto.value,
          note: dto.note ?? null,
          createdBy: actor.id,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'erdf_indicator.value_recorded',
        entity: 'erdf_indicator',
        entityId: indicator.id,
        data: { projectId, code, valueId: value.id, on: dto.on, value: dto.value, note: dto.note ?? null },
      });
      return { id: value.id, indicatorCode: code, on: value.on, value: value.value, note: value.note };
    });
  }

  async listIndicatorValues(actor: Actor, projectId: string, code: string): Promise<IndicatorValueView[]> {
    await this.access.requireErdfProject(this.dataSource.manager, actor, projectId);
    const indicator = await this.dataSource.getRepository(ErdfIndicator).findOneBy({ projectId, code });
    if (!indicator) throw DomainError.notFound('Indicator', code);
    const values = await this.repository.indicatorValues(this.dataSource.manager, indicator.id);
    return values.map((v) => ({ id: v.id, indicatorCode: code, on: v.on, value: v.value, note: v.note }));
  }

  // ------------------------------------------------------------ activities

  async addActivity(actor: AuditActor, projectId: string, dto: CreateActivityDto): Promise<ActivityView> {
    if (dto.endDate !== undefined && dto.endDate < dto.startDate) {
      throw DomainError.validation('endDate', 'an activity cannot end before it starts');
    }
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.projectFacts(manager, projectId);
      const last = dto.endDate ?? dto.startDate;
      if (dto.startDate < facts.startDate || last > facts.endDate) {
        throw DomainError.validation(
          'startDate',
          `the activity must take place within the project period ${facts.startDate} – ${facts.endDate}`,
        );
      }
      const codes = dto.indicatorCodes ?? [];
      const indicators =
        codes.length === 0 ? [] : await this.repository.indicatorsByCode(manager, projectId, codes);
      const unknown = codes.filter((c) => !indicators.some((i) => i.code === c));
      if (unknown.length > 0) {
        throw DomainError.validation('indicatorCodes', `unknown indicator(s): ${unknown.join(', ')}`);
      }
      const activity = await manager.save(
        manager.create(ErdfActivity, {
          projectId,
          kind: dto.kind,
          title: dto.title,
          startDate: dto.startDate,
          endDate: dto.endDate ?? null,
          place: dto.place,
          participants: dto.participants ?? null,
        }),
      );
      if (indicators.length > 0) {
        await manager.insert(
          ErdfActivityIndicator,
          indicators.map((i) => ({ activityId: activity.id, indicatorId: i.id })),
        );
      }
      await this.audit.record(manager, actor, {
        action: 'erdf_activity.created',
        entity: 'erdf_activity',
        entityId: activity.id,
        data: { projectId, ...dto },
      });
      return toActivityView(activity, [...codes].sort());
    });
  }

  async listActivities(
    actor: Actor,
    projectId: string,
    query: { limit: number; offset: number },
  ): Promise<Page<ActivityView>> {
    await this.access.requireErdfProject(this.dataSource.manager, actor, projectId);
    const [rows, total] = await this.repository.activities(this.dataSource.manager, projectId, query);
    const links =
      rows.length === 0
        ? []
        : await this.repository.activityIndicatorCodes(
            this.dataSource.manager,
            rows.map((r) => r.id),
          );
    return {
      items: rows.map((r) =>
        toActivityView(
          r,
          links.filter((l) => l.activityId === r.id).map((l) => l.code),
        ),
      ),
      total,
    };
  }
}

function toProjectView(project: ErdfProject, partners: PartnerRow[]): ErdfProjectView {
  const partnerViews = partners.map((p) => ({
    organisationId: p.organisationId,
    name: p.name,
    budgetCents: p.budgetCents,
  }));
  return {
    id: project.id,
    projectNumber: project.projectNumber,
    title: project.title,
    startDate: project.startDate,
    endDate: project.endDate,
    coordinatorOrganisationId: project.coordinatorOrganisationId,
    financing: {
      erdfRatePct: project.erdfRatePct,
      provinceRatePct: project.provinceRatePct,
      ownContributionRatePct: project.ownContributionRatePct,
    },
    partners: partnerViews,
    budgetCents: partnerViews.reduce((sum, p) => sum + p.budgetCents, 0),
    erdfApprovedCents: project.erdfApprovedCents,
    officeFlatRate: project.officeFlatRate,
    demo: project.demo,
    periods: reportingPeriods(project.startDate, project.endDate),
    createdAt: project.createdAt.toISOString(),
  };
}

function toExpenseView(r: ExpenseRow): ExpenseView {
  return {
    id: r.id,
    projectId: r.projectId,
    partnerOrganisationId: r.partnerOrganisationId,
    category: r.category,
    amountCents: r.amountCents,
    incurredOn: r.incurredOn,
    paidOn: r.paidOn,
    description: r.description,
    invoiceRef: r.invoiceRef,
    correctsExpenseId: r.correctsExpenseId,
    withdrawnAt: r.withdrawnAt === null ? null : r.withdrawnAt.toISOString(),
    withdrawnReason: r.withdrawnReason,
    claimId: r.claimId,
    createdAt: r.createdAt.toISOString(),
  };
}

function toIndicatorView(i: ErdfIndicator): IndicatorView {
  return { id: i.id, code: i.code, name: i.name, kind: i.kind, unit: i.unit, target: Number(i.target) };
}

function toActivityView(a: ErdfActivity, indicatorCodes: string[]): ActivityView {
  return {
    id: a.id,
    kind: a.kind,
    title: a.title,
    startDate: a.startDate,
    endDate: a.endDate,
    place: a.place,
    participants: a.participants,
    indicatorCodes,
  };
}
