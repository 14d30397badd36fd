import { Column, Entity, PrimaryColumn } from 'typeorm';

export type JobStatus = 'pending' | 'dispatched' | 'completed' | 'failed';

/** A job requested inside a business transaction (see `JobsService.enqueue`) and its outcome. */
@Entity('job_outbox')
export class JobOutbox {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: unknown;

  @Column({ type: 'text', nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'text' })
  status: JobStatus;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'integer' })
  dispatchAttempts: number;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
