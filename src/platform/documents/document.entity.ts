import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CentsColumn } from '../../kernel/db/columns.js';

/** The records a document can be attached to. */
export const DOCUMENT_OWNER_TYPES = ['application', 'final_report', 'erdf_expense', 'claim'] as const;
export type DocumentOwnerType = (typeof DOCUMENT_OWNER_TYPES)[number];

/**
 * `pending`: uploaded, clamd is scanning it (it cannot be downloaded nor join a submission);
 * `clean`: clamd found nothing; `unscanned`: no clamd is configured (staff see it).
 * An infected file is never kept.
 */
export const SCAN_STATUSES = ['pending', 'clean', 'unscanned'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

/** One attachment of a file to a record. */
@Entity('document')
export class Document {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  ownerType: DocumentOwnerType;

  @Column({ type: 'uuid' })
  ownerId: string;

  /** What the document is, e.g. `partnership_agreement` (the programme's required annexes name kinds). */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  title: string;

  /** The sanitised name it was uploaded under, used for the download. */
  @Column({ type: 'text' })
  fileName: string;

  /** The partner the document belongs to, for annexes required of every partner. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'text' })
  sha256: string;

  /** A byte count, read back as a number (a bigint column; files are far below 2^53 bytes). */
  @CentsColumn()
  sizeBytes: number;

  /** The type found in the content (never the one the client claimed). */
  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'text' })
  scanStatus: ScanStatus;

  @Column({ type: 'timestamptz', nullable: true })
  scannedAt: Date | null;

  @Column({ type: 'uuid' })
  uploadedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  removedBy: string | null;
}

/** The content of a file, stored once under its SHA-256. */
@Entity('document_blob')
export class DocumentBlob {
  @PrimaryColumn({ type: 'text' })
  sha256: string;

  @CentsColumn()
  sizeBytes: number;

  @Column({ type: 'text' })
  contentType: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
