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

  /** `act` (the Dutch letter, the decision) or `translation` (the English courtesy translation). */
  @Column({ type: 'text' })
  kind: 'act' | 'translation';

  /** The version this one corrects (null for the first). */
  @Column({ type: 'uuid', nullable: true })
  supersedesId: string | null;

  /** The letter's own dispatch date. */
  @Column({ type: 'date' })
  dispatchedOn: string;

  /** 1 for the first letter; each regeneration that changes the bytes adds a new row with the next version. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
