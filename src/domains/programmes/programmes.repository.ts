import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CallStatus } from './programme-rules.js';
import { Call, Programme } from './programme.entity.js';

export interface CallFilter {
  /** Calls open, upcoming or closed at `now`. */
  status?: CallStatus;
  now: Date;
  programmeId?: string;
  year?: number;
  limit: number;
  offset: number;
}

/**
 * The space of the programmes' rules locks (advisory, two-key form: this number and the hash of the
 * programme's id; a hash shared by two programmes only makes them wait for each other).
 */
export const PROGRAMME_RULES_LOCK = 22_001;

/** The SQL of programmes and calls. */
@Injectable()
export class ProgrammesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listProgrammes(limit: number, offset: number): Promise<[Programme[], number]> {
    return this.dataSource.getRepository(Programme).findAndCount({
      order: { code: 'ASC' },
      take: limit,
      skip: offset,
    });
  }

  /** A page of calls with their programmes (one join), latest closing first, and the total. */
  async listCalls(filter: CallFilter): Promise<[{ call: Call; programme: Programme }[], number]> {
    const qb = this.dataSource
      .getRepository(Call)
      .createQueryBuilder('c')
      .innerJoinAndMapOne('c.programme', Programme, 'p', 'p.id = c.programme_id');
    const now = filter.now;
    if (filter.status === 'open') qb.andWhere('c.opens_at <= :now AND c.closes_at > :now', { now });
    if (filter.status === 'upcoming') qb.andWhere('c.opens_at > :now', { now });
    if (filter.status === 'closed') qb.andWhere('c.closes_at <= :now', { now });
    if (filter.programmeId) qb.andWhere('c.programme_id = :programmeId', { programmeId: filter.programmeId });
    if (filter.year !== undefined) qb.andWhere('c.year = :year', { year: filter.year });
    const [rows, total] = await qb
      .orderBy('c.closes_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
    return [
      rows.map((c) => ({ call: c, programme: (c as Call & { programme: Programme }).programme })),
      total,
    ];
  }

  /**
   * The programme, its row locked for the rest of the transaction, and its rules' lock taken
   * exclusively (a submission in progress finishes first; the next ones wait: `shareProgrammeRules`);
   * undefined when there is no such programme.
   */
  async lockProgramme(manager: EntityManager, id: string): Promise<Programme | undefined> {
    const programme = await manager.findOne(Programme, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!programme) return undefined;
    await manager.query(`SELECT pg_advisory_xact_lock(${PROGRAMME_RULES_LOCK}, hashtext($1::text))`, [id]);
    return programme;
  }

  /**
   * Holds the rules' lock of the call's programme, shared, until the transaction ends. A submission
   * takes it before it reads the rules it is judged against, so that it and a change of those rules
   * (`lockProgramme`) are serialised, while submissions do not wait for each other. An advisory lock,
   * not `FOR SHARE` on the programme's row: that writes the row (a lock in its header, WAL-logged, a
   * multixact as soon as two submissions hold it) on every submission.
   */
  async shareProgrammeRules(manager: EntityManager, callId: string): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_xact_lock_shared(${PROGRAMME_RULES_LOCK}, hashtext(c.programme_id::text))
         FROM call c WHERE c.id = $1`,
      [callId],
    );
  }

  /**
   * Per programme, how many applications in its calls have left draft: submitted once (so checked
   * against the rules), whatever their state now. A draft withdrawn before submission does not count.
   */
  async submittedApplicationCounts(
    manager: EntityManager,
    programmeIds: string[],
  ): Promise<Map<string, number>> {
    if (programmeIds.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT c.programme_id, count(*)::int AS n FROM application a JOIN call c ON c.id = a.call_id
        WHERE c.programme_id = ANY($1::uuid[]) AND a.status <> 'draft'
          AND (a.status <> 'withdrawn' OR a.submitted_at IS NOT NULL)
        GROUP BY c.programme_id`,
      [programmeIds],
    )) as { programme_id: string; n: number | string }[];
    return new Map(rows.map((r) => [r.programme_id, Number(r.n)]));
  }

  /** The call, locked for the rest of the transaction; undefined when there is no such call. */
  async lockCall(manager: EntityManager, id: string): Promise<Call | undefined> {
    return (await manager.findOne(Call, { where: { id }, lock: { mode: 'pessimistic_write' } })) ?? undefined;
  }

  /**
   * What the call has committed (`call.committed_cents`, kept by the budget ledger of decisions). Read
   * it after `lockCall`: the row lock is the one approvals take, so the figure cannot move meanwhile.
   */
  async committedCents(manager: EntityManager, id: string): Promise<number> {
    const rows = (await manager.query(`SELECT committed_cents FROM call WHERE id = $1`, [id])) as {
      committed_cents: string | number;
    }[];
    return Number(rows[0]?.committed_cents ?? 0);
  }

  /** Of the given calls, those with an evaluator assigned to one of their applications. */
  async callsWithAssignments(manager: EntityManager, callIds: string[]): Promise<Set<string>> {
    if (callIds.length === 0) return new Set();
    const rows = (await manager.query(
      `SELECT DISTINCT a.call_id FROM review_assignment ra JOIN application a ON a.id = ra.application_id
        WHERE a.call_id = ANY($1::uuid[])`,
      [callIds],
    )) as { call_id: string }[];
    return new Set(rows.map((r) => r.call_id));
  }

  /** Whether an evaluator has been assigned to any application of the call. */
  async hasAssignments(manager: EntityManager, callId: string): Promise<boolean> {
    return (await this.callsWithAssignments(manager, [callId])).has(callId);
  }

  /** The call and its programme in one statement; undefined when there is no such call. */
  async findCallWithProgramme(
    manager: EntityManager,
    id: string,
  ): Promise<{ call: Call; programme: Programme } | undefined> {
    const found = (await manager
      .createQueryBuilder(Call, 'call')
      .innerJoinAndMapOne('call.programme', Programme, 'programme', 'programme.id = call.programmeId')
      .where('call.id = :id', { id })
      .getOne()) as (Call & { programme?: Programme }) | null;
    if (!found?.programme) return undefined;
    const { programme, ...call } = found;
    return { call: Object.assign(new Call(), call), programme };
  }
}
