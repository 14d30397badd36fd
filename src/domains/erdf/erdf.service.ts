import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../platform/access/access.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
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
import { loadProjectFacts } from './erdf-projects.repository.js';
import { financingViolations } from './financing.js';
import type { Actor, AuditActor } from '../../kernel/actor.js';

/** ERDF projects: the project and its partners, expenses (with corrections), indicators and activities. */
@Injectable()
export class ErdfService {
  private readonly logger = new Logger(ErdfService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly access: AccessService,
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
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(ErdfProject, { projectNumber: dto.projectNumber })) {
        throw new DomainError('ALREADY_EXISTS', `ERDF project ${dto.projectNumber} exists`, [
          { field: 'projectNumber', message: 'already registered' },
        ]);
      }
      const found = (await manager.query('SELECT id FROM organisation WHERE id = ANY($1::uuid[])', [
        partnerIds,
      ])) as { id: string }[];
      const missing = partnerIds.find((id) => !found.some((f) => f.id === id));
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
  async listProjects(actor: Actor, query: { limit: number; offset: number }): Promise<Page<ErdfProjectView>> {
    const qb = this.dataSource.getRepository(ErdfProject).createQueryBuilder('p');
    const visible = this.access.visibleErdfProjects(actor, 'p.id', ':userId');
    if (visible) qb.where(visible, { userId: actor.id });
    const [rows, total] = await qb
      .orderBy('p.project_number', 'ASC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    const items: ErdfProjectView[] = [];
    for (const row of rows) items.push(await this.projectView(this.dataSource.manager, row.id));
    return { items, total };
  }

  async periods(actor: Actor, id: string): Promise<PeriodView[]> {
    await this.access.requireErdfProject(this.dataSource.manager, actor, id);
    const facts = await loadProjectFacts(this.dataSource.manager, id);
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
    const partners = (await manager.query(
      `SELECT p.organisation_id, o.name, p.budget_cents::text AS budget_cents
         FROM erdf_partner p JOIN organisation o ON o.id = p.organisation_id
        WHERE p.project_id = $1
        ORDER BY (p.organisation_id = $2) DESC, o.name, p.organisation_id`,
      [id, project.coordinatorOrganisationId],
    )) as { organisation_id: string; name: string; budget_cents: string }[];
    const partnerViews = partners.map((p) => ({
      organisationId: p.organisation_id,
      name: p.name,
      budgetCents: Number(p.budget_cents),
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
      periods: reportingPeriods(project.startDate, project.endDate),
      createdAt: project.createdAt.toISOString(),
    };
  }

  // ------------------------------------------------------------ expenses

  /** Records an expense; 422 EXPENSE_NOT_ELIGIBLE listing every broken rule. */
  async addExpense(actor: AuditActor, projectId: string, dto: CreateExpenseDto): Promise<ExpenseView> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await loadProjectFacts(manager, projectId, { lock: true });
      const violations = expenseViolations(dto, facts);
      if (violations.length > 0) {
        throw new DomainError(
          'EXPENSE_NOT_ELIGIBLE',
          `The expense is not eligible: ${violations.map((v) => v.message).join('; ')}`,
          violations,
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
      const facts = await loadProjectFacts(manager, projectId, { lock: true });
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
      const [{ net }] = (await manager.query(
        `SELECT COALESCE(SUM(amount_cents), 0)::text AS net FROM erdf_expense
          WHERE (id = $1 OR corrects_expense_id = $1) AND withdrawn_at IS NULL`,
        [expenseId],
      )) as { net: string }[];
      if (Number(net) + dto.amountCents < 0) {
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
      await loadProjectFacts(manager, projectId, { lock: true });
      const expense = await manager.findOneBy(ErdfExpense, { id: expenseId, projectId });
      if (!expense) throw DomainError.notFound('Expense', expenseId);
      if (expense.withdrawnAt !== null) {
        throw new DomainError('INVALID_TRANSITION', 'The expense is already withdrawn');
      }
      const claimed = (await manager.query('SELECT claim_id FROM erdf_claim_line WHERE expense_id = $1', [
        expenseId,
      ])) as { claim_id: string }[];
      if (claimed.length > 0) {
        throw new DomainError(
          'INVALID_TRANSITION',
          'The expense is in a claim; record a correction instead of withdrawing it',
        );
      }
      const corrections = (await manager.query(
        'SELECT 1 FROM erdf_expense WHERE corrects_expense_id = $1 AND withdrawn_at IS NULL LIMIT 1',
        [expenseId],
      )) as unknown[];
      if (corrections.length > 0) {
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
    const params: unknown[] = [projectId];
    let where = 'e.project_id = $1';
    if (query.partnerOrganisationId) {
      params.push(query.partnerOrganisationId);
      where += ` AND e.partner_organisation_id = $${params.length}`;
    }
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM erdf_expense e WHERE ${where}`,
      params,
    )) as { total: number }[];
    const rows = (await this.dataSource.query(
      `${EXPENSE_SELECT} WHERE ${where} ORDER BY e.paid_on, e.created_at, e.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    )) as RawExpense[];
    return { items: rows.map(toExpenseView), total };
  }

  private async expenseView(manager: EntityManager, id: string): Promise<ExpenseView> {
    const rows = (await manager.query(`${EXPENSE_SELECT} WHERE e.id = $1`, [id])) as RawExpense[];
    return toExpenseView(rows[0]);
  }

  // ------------------------------------------------------------ indicators

  async addIndicator(actor: AuditActor, projectId: string, dto: CreateIndicatorDto): Promise<IndicatorView> {
    return this.dataSource.transaction(async (manager) => {
      await loadProjectFacts(manager, projectId);
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
      await loadProjectFacts(manager, projectId);
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
    const values = await this.dataSource
      .getRepository(ErdfIndicatorValue)
      .find({ where: { indicatorId: indicator.id }, order: { on: 'ASC', createdAt: 'ASC' } });
    return values.map((v) => ({ id: v.id, indicatorCode: code, on: v.on, value: v.value, note: v.note }));
  }

  // ------------------------------------------------------------ activities

  async addActivity(actor: AuditActor, projectId: string, dto: CreateActivityDto): Promise<ActivityView> {
    if (dto.endDate !== undefined && dto.endDate < dto.startDate) {
      throw DomainError.validation('endDate', 'an activity cannot end before it starts');
    }
    return this.dataSource.transaction(async (manager) => {
      const facts = await loadProjectFacts(manager, projectId);
      const last = dto.endDate ?? dto.startDate;
      if (dto.startDate < facts.startDate || last > facts.endDate) {
        throw DomainError.validation(
          'startDate',
          `the activity must take place within the project period ${facts.startDate} – ${facts.endDate}`,
        );
      }
      const codes = dto.indicatorCodes ?? [];
      const indicators =
        codes.length === 0
          ? []
          : ((await manager.query(
              'SELECT id, code FROM erdf_indicator WHERE project_id = $1 AND code = ANY($2::text[])',
              [projectId, codes],
            )) as { id: string; code: string }[]);
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
    const [rows, total] = await this.dataSource.getRepository(ErdfActivity).findAndCount({
      where: { projectId },
      order: { startDate: 'ASC', createdAt: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    const links =
      rows.length === 0
        ? []
        : ((await this.dataSource.query(
            `SELECT ai.activity_id, i.code FROM erdf_activity_indicator ai
               JOIN erdf_indicator i ON i.id = ai.indicator_id
              WHERE ai.activity_id = ANY($1::uuid[]) ORDER BY i.code`,
            [rows.map((r) => r.id)],
          )) as { activity_id: string; code: string }[]);
    return {
      items: rows.map((r) =>
        toActivityView(
          r,
          links.filter((l) => l.activity_id === r.id).map((l) => l.code),
        ),
      ),
      total,
    };
  }
}

const EXPENSE_SELECT = `
  SELECT e.id, e.project_id, e.partner_organisation_id, e.category, e.amount_cents::text AS amount_cents,
         e.incurred_on::text AS incurred_on, e.paid_on::text AS paid_on, e.description, e.invoice_ref,
         e.corrects_expense_id, e.withdrawn_at, e.withdrawn_reason, e.created_at, l.claim_id
    FROM erdf_expense e LEFT JOIN erdf_claim_line l ON l.expense_id = e.id`;

interface RawExpense {
  id: string;
  project_id: string;
  partner_organisation_id: string;
  category: ExpenseCategory;
  amount_cents: string;
  incurred_on: string;
  paid_on: string;
  description: string;
  invoice_ref: string;
  corrects_expense_id: string | null;
  withdrawn_at: Date | string | null;
  withdrawn_reason: string | null;
  created_at: Date | string;
  claim_id: string | null;
}

function toExpenseView(r: RawExpense): ExpenseView {
  return {
    id: r.id,
    projectId: r.project_id,
    partnerOrganisationId: r.partner_organisation_id,
    category: r.category,
    amountCents: Number(r.amount_cents),
    incurredOn: r.incurred_on,
    paidOn: r.paid_on,
    description: r.description,
    invoiceRef: r.invoice_ref,
    correctsExpenseId: r.corrects_expense_id,
    withdrawnAt: r.withdrawn_at === null ? null : new Date(r.withdrawn_at).toISOString(),
    withdrawnReason: r.withdrawn_reason,
    claimId: r.claim_id,
    createdAt: new Date(r.created_at).toISOString(),
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
