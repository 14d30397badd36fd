import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The stored decision letter of one decision: the exact bytes served on every download. */
@Entity('decision_letter')
export class DecisionLetter {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId: string;

  @Column({ type: 'text' })
  language: string;

  @Column({ name: 'template_version', type: 'text' })
  templateVersion: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea' })
  content: Buffer;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  /** 1 for the first letter; raised by every regeneration that changed the bytes. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
