import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import type { Page } from '../../kernel/pagination.js';
import { belgianWorkingDaysBetween } from '../../kernel/working-days.js';
import type { RecordEaidRegistrationDto, RegisterEntryView } from './dto/eaid-register.dto.js';
import { type RegisterRow, type RegisterStatus, StateAidRepository } from './state-aid.repository.js';
import type { AuditActor } from '../../kernel/actor.js';

/** Export rows are read in pages of this size; the register grows by a few hundred grants a year. */
const EXPORT_PAGE = 500;

/**
 * The eAid register (from 1 January 2026): every de minimis grant of the province, and every correction
 * of one, is entered in the European eAid register within 20 Belgian working days of the decision.
 * Staff work from the worklist (due, overdue, registered), type the CSV fields into eAid, and record the
 * reference eAid gave. The notifications domain may remind staff from the same worklist.
 */
@Injectable()
export class EaidRegisterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: StateAidRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async worklist(query: {
    status?: RegisterStatus;
    limit: number;
    offset: number;
  }): Promise<Page<RegisterEntryView>> {
    const today = this.clock.today();
    const { rows, total } = await this.repository.registerWorklist(this.dataSource.manager, {
      ...query,
      today,
    });
    return { items: rows.map((r) => toEntry(r, today)), total };
  }

  /** Records the eAid reference and registration date of an aid (audited); 409 when already registered. */
  async record(actor: AuditActor, aidId: string, dto: RecordEaidRegistrationDto): Promise<RegisterEntryView> {
    const today = this.clock.today();
    if (dto.registeredOn > today) throw DomainError.validation('registeredOn', 'cannot be in the future');
    return this.dataSource.transaction(async (manager) => {
      const aid = await this.repository.aid(manager, aidId, { lock: true });
      if (!aid) throw DomainError.notFound('De minimis aid', aidId);
      if (aid.registerBy === null) {
        throw new DomainError(
          'INVALID_TRANSITION',
          'Only de minimis aid granted by the province from 2026-01-01 on is registered in eAid',
        );
      }
      if (aid.registeredOn !== null) {
        throw new DomainError(
          'INVALID_TRANSITION',
          `This aid was registered in eAid on ${aid.registeredOn} as ${aid.eaidReference}`,
        );
      }
      if (dto.registeredOn < aid.recordedOn) {
        throw DomainError.validation('registeredOn', `cannot be before the record of ${aid.recordedOn}`);
      }
      await this.repository.markRegistered(manager, aidId, dto.eaidReference, dto.registeredOn);
      await this.audit.record(manager, actor, {
        action: 'de_minimis_aid.registered_in_eaid',
        entity: 'organisation',
        entityId: aid.organisationId,
        data: {
          aidId,
          eaidReference: dto.eaidReference,
          registeredOn: dto.registeredOn,
          registerBy: aid.registerBy,
          late: dto.registeredOn > aid.registerBy,
        },
      });
      const { rows } = await this.repository.registerWorklist(manager, {
        today,
        limit: 1,
        offset: 0,
        aidId,
      });
      return toEntry(rows[0], today);
    });
  }

  /** The worklist as CSV (semicolon-separated, UTF-8 with BOM, amounts in euro with a decimal comma). */
  async exportCsv(status?: RegisterStatus): Promise<StreamableFile> {
    const today = this.clock.today();
    const lines = [CSV_COLUMNS.map(([header]) => header).join(';')];
    for (let offset = 0; ; offset += EXPORT_PAGE) {
      const { rows } = await this.repository.registerWorklist(this.dataSource.manager, {
        status,
        today,
        limit: EXPORT_PAGE,
        offset,
      });
      for (const row of rows) {
        const entry = toEntry(row, today);
        lines.push(CSV_COLUMNS.map(([, value]) => csvField(value(entry, row))).join(';'));
      }
      if (rows.length < EXPORT_PAGE) break;
    }
    const bytes = Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
    return new StreamableFile(bytes, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="eaid-register-${status ?? 'all'}-${today}.csv"`,
      length: bytes.length,
    });
  }
}

function statusOf(r: RegisterRow, today: string): RegisterStatus {
  if (r.registeredOn !== null) return 'registered';
  return r.registerBy! < today ? 'overdue' : 'due';
}

function toEntry(r: RegisterRow, today: string): RegisterEntryView {
  return {
    aidId: r.id,
    status: statusOf(r, today),
    registerBy: r.registerBy!,
    workingDaysLeft: r.registeredOn !== null ? 0 : belgianWorkingDaysBetween(today, r.registerBy!),
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    enterpriseNumber: r.enterpriseNumber,
    grantor: r.grantor,
    grantedOn: r.grantedOn,
    recordedOn: r.recordedOn,
    amountCents: r.amountCents,
    regulation: r.regulation,
    applicationId: r.applicationId,
    programmeCode: r.programmeCode,
    callTitle: r.callTitle,
    correctsAidId: r.correctsAidId,
    eaidReference: r.eaidReference,
    registeredOn: r.registeredOn,
  };
}

function euro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** The fields staff type into eAid, in the order of its form, with Dutch headers. */
const CSV_COLUMNS: [string, (e: RegisterEntryView, r: RegisterRow) => string][] = [
  ['registreren_uiterlijk_op', (e) => e.registerBy],
  ['status', (e) => e.status],
  ['begunstigde', (e) => e.organisationName],
  ['ondernemingsnummer', (e) => e.enterpriseNumber],
  ['soort_organisatie', (_e, r) => r.kind],
  ['steunverlener', (e) => e.grantor],
  ['datum_toekenning', (e) => e.grantedOn],
  ['datum_registratie_record', (e) => e.recordedOn],
  ['steunbedrag_eur', (e) => euro(e.amountCents)],
  ['steuninstrument', () => 'subsidie'],
  ['verordening', (e) => (e.regulation === 'other' ? 'other' : `(EU) ${e.regulation}`)],
  ['programma', (e) => e.programmeCode ?? ''],
  ['oproep', (e) => e.callTitle ?? ''],
  ['aanvraag', (e) => e.applicationId ?? ''],
  ['corrigeert_steun', (e) => e.correctsAidId ?? ''],
  ['eaid_referentie', (e) => e.eaidReference ?? ''],
  ['geregistreerd_op', (e) => e.registeredOn ?? ''],
  ['steun_id', (e) => e.aidId],
];

/** Quotes a field when needed and defuses text a spreadsheet would run as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-\d/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
