import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The stored decision letter of one decision: the exact bytes served on every download. */
@Entity('decision_letter')
export class DecisionLetter {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @Column({ type: 'uuid' })
  decisionId: string;

  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'text' })
  templateVersion: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea' })
  content: Buffer;

  @Column({ type: 'integer' })
  sizeBytes: number;

  /** 1 for the first letter; raised by every regeneration that changed the bytes. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
