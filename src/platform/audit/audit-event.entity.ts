import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('audit_event')
export class AuditEvent {
  @PrimaryColumn({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
  seq: string;

  @Column({ type: 'uuid', insert: false, update: false })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  actorRole: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entity: string;

  @Column({ type: 'text' })
  entityId: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  /** Place in the hash chain; null until `AuditChain` links the committed event (milliseconds). */
  @Column({ type: 'bigint', nullable: true, insert: false })
  chainSeq: string | null;

  @Column({ type: 'char', length: 64, nullable: true, insert: false })
  prevHash: string | null;

  @Column({ type: 'char', length: 64, nullable: true, insert: false })
  hash: string | null;
}
