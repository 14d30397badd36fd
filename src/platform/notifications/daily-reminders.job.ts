import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  Inject,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../kernel/clock.js';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { JobProcessor } from '../jobs/job-processor.decorator.js';
import type { JobContext, JobHandler } from '../jobs/job.types.js';
import { JobsService } from '../jobs/jobs.service.js';
import { type NotifyInput, NotificationsService } from './notifications.service.js';

export const DAILY_REMINDERS_JOB = 'reminders.daily';

export interface DailyRemindersPayload {
  /** The day (`YYYY-MM-DD`, Brussels) the reminders are for. */
  day: string;
}

declare module '../jobs/job.types.js' {
  interface JobPayloads {
    [DAILY_REMINDERS_JOB]: DailyRemindersPayload;
  }
}

/** A reminder a source finds due on a day; the job notifies it once per (event, resource, recipient, day). */
export type Reminder = Omit<NotifyInput, 'dedupeKey'>;

/** A domain's reminders: what is due (soon) or overdue on `day`, read in the job's transaction. */
export type ReminderSource = (manager: EntityManager, day: string) => Promise<Reminder[]>;

/** Where domains register their reminder sources (at module init); the daily job asks each of them. */
@Injectable()
export class ReminderRegistry {
  private readonly sources = new Map<string, ReminderSource>();

  register(name: string, source: ReminderSource): void {
    if (this.sources.has(name)) throw new Error(`Two reminder sources named "${name}"`);
    this.sources.set(name, source);
  }

  entries(): [string, ReminderSource][] {
    return [...this.sources.entries()];
  }
}

/**
 * The daily reminders: asks every registered source what is due on the day and notifies it. Each
 * notification's dedupe key is `reminder:<event>:<resource id>:<day>` (+ the recipient), unique in
 * the database: running the job twice on a day (a retry, a manual run) notifies nobody twice.
 */
@Injectable()
@JobProcessor(DAILY_REMINDERS_JOB, { attempts: 5, backoffMs: 60_000 })
export class DailyRemindersJob implements JobHandler<typeof DAILY_REMINDERS_JOB> {
  private readonly logger = new Logger(DailyRemindersJob.name);

  constructor(
    private readonly registry: ReminderRegistry,
    private readonly notifications: NotificationsService,
  ) {}

  async handle(payload: DailyRemindersPayload, { manager }: JobContext): Promise<void> {
    let sent = 0;
    for (const [name, source] of this.registry.entries()) {
      for (const reminder of await source(manager, payload.day)) {
        const notified = await this.notifications.notify(manager, {
          ...reminder,
          dedupeKey: `reminder:${reminder.event}:${reminder.resource.id}:${payload.day}`,
        });
        sent += notified.length;
      }
      this.logger.debug(`Reminder source ${name} done for ${payload.day}`);
    }
    this.logger.log(`Daily reminders of ${payload.day}: ${sent} notification(s)`);
  }
}

const TICK_MS = 10 * 60_000;

/**
 * Requests the daily reminders once a day, whatever the number of processes: every process with
 * workers tries every 10 minutes (and at start) to enqueue the job with the dedupe key
 * `reminders.daily:<day>`, which the outbox holds at most once. So one run per day across all
 * processes, through PostgreSQL; the first process to tick after midnight (Brussels) starts it.
 */
@Injectable()
export class DailyRemindersScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DailyRemindersScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.runWorkers || this.config.nodeEnv === 'test') return;
    void this.tick();
    this.timer = setInterval(() => void this.tick(), TICK_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Enqueues the run of `day` (today by default) unless it exists; true when this call created it. */
  async request(day: string = this.clock.today()): Promise<boolean> {
    const job = await this.dataSource.transaction((manager) =>
      this.jobs.enqueue(
        manager,
        DAILY_REMINDERS_JOB,
        { day },
        { dedupeKey: `${DAILY_REMINDERS_JOB}:${day}` },
      ),
    );
    return job.created;
  }

  private async tick(): Promise<void> {
    try {
      if (await this.request()) this.logger.log(`Daily reminders of ${this.clock.today()} requested`);
    } catch (err) {
      this.logger.warn(`Could not request the daily reminders: ${String(err)}`);
    }
  }
}
