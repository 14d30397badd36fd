import { Column, Entity, PrimaryColumn } from 'typeorm';

export type JobStatus = 'pending' | 'dispatched' | 'completed' | 'failed';

/** A job requested inside a business transaction (see `JobsService.enqueue`) and its outcome. */
@Entity('job_outbox')
export class JobOutbox {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: unknown;

  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'text' })
  status: JobStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'dispatch_attempts', type: 'integer' })
  dispatchAttempts: number;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
