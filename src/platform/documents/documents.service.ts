import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { Actor } from '../../kernel/actor.js';
import { Clock } from '../../kernel/clock.js';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { DomainError } from '../../kernel/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { ClamavScanner, type ScanVerdict } from './clamav-scanner.js';
import { Document, type DocumentOwnerType, type ScanStatus } from './document.entity.js';
import { DocumentStorage } from './document-storage.js';
import { ALLOWED_DOCUMENT_TYPES, isAllowedDocumentType, sanitizeFileName } from './document-types.js';
import { DocumentsRepository } from './documents.repository.js';
import type { DocumentView } from './dto/document.dto.js';
import { type ParsedUpload, parseUpload, type ReceivedFile } from './upload-parser.js';

/** The record a document is attached to. */
export interface DocumentOwner {
  type: DocumentOwnerType;
  id: string;
}

/** What the owner's domain checks, inside the transaction that changes its documents. */
export interface DocumentGuard {
  /**
   * Locks the owner and throws when its documents may not change now (access, status), or when the
   * upload's partner organisation does not belong to it.
   */
  assertMayChange(manager: EntityManager, upload?: { organisationId: string | null }): Promise<void>;
}

/**
 * How one kind of record holds documents, for the generic routes (`document-routes.ts`) and the
 * `…For` methods below. `ids` are the route's path parameters (e.g. `{ id, expenseId }`).
 */
export interface DocumentOwnerPolicy {
  owner(ids: Record<string, string>): DocumentOwner;
  /**
   * Through the access policy, before anything is read: 404 when the actor may not know the record,
   * 403 when it may read but not change (`edit`) its documents.
   */
  check(actor: Actor, ids: Record<string, string>, access: 'read' | 'edit'): Promise<void>;
  guard(actor: Actor, ids: Record<string, string>): DocumentGuard;
  /** Whether a removed document must stay (a submission's snapshot lists it); never, when absent. */
  keep?(manager: EntityManager, ids: Record<string, string>, document: Document): Promise<boolean>;
}

/** The text fields of a local file to attach, and the file. */
type AttachFields = { kind: string; title: string; organisationId?: string | null };
type LocalFile = { path: string; fileName: string };

/** The upload's text fields, checked. */
interface UploadFields {
  kind: string;
  title: string;
  organisationId: string | null;
}

const KIND = /^[a-z][a-z0-9_]{0,59}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Documents of any record: streamed upload, type checked on the content, stored once per SHA-256,
 * scanned by clamd when configured, attached in a transaction with an audit event. The owner's
 * domain decides who may see and change them (through the access policy) and passes a guard.
 */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly storage: DocumentStorage,
    private readonly scanner: ClamavScanner,
    private readonly repository: DocumentsRepository,
  ) {}

  /**
   * Receives one file from a multipart request and attaches it to `owner`. 413 beyond
   * DOCUMENT_MAX_BYTES; with clamd configured, every upload is scanned first, whatever its type, and
   * is `pending` meanwhile (422 DOCUMENT_REJECTED and an audit event when infected, 503 when clamd
   * cannot scan); then 415 for a type outside the allow-list. The caller has checked access before
   * (so an outsider learns nothing from the upload's errors); `guard` checks it again, locked.
   */
  async upload(
    actor: Actor,
    owner: DocumentOwner,
    req: IncomingMessage,
    guard: DocumentGuard,
  ): Promise<DocumentView> {
    const upload = await this.receive(req);
    try {
      return await this.attachReceived(actor, owner, checkFields(upload.fields), upload.file, guard);
    } finally {
      await upload.discard();
    }
  }

  /**
   * The documents of one record of `policy` (`ids`: its route's path parameters). Each operation
   * checks access first: an upload before its body is read, so an outsider learns nothing from it.
   */
  of(policy: DocumentOwnerPolicy, ids: Record<string, string>) {
    const owner = policy.owner(ids);
    const read = (actor: Actor) => policy.check(actor, ids, 'read');
    const edit = async (actor: Actor) => {
      await policy.check(actor, ids, 'edit');
      return policy.guard(actor, ids);
    };
    return {
      upload: async (actor: Actor, req: IncomingMessage) => this.upload(actor, owner, req, await edit(actor)),
      /** The seed's demo documents, with the same checks as an upload. */
      attachFile: async (actor: Actor, fields: AttachFields, file: LocalFile) =>
        this.attachFile(actor, owner, fields, file, await edit(actor)),
      list: async (actor: Actor) => {
        await read(actor);
        return this.listViews(owner);
      },
      open: async (actor: Actor, documentId: string) => {
        await read(actor);
        const { document, content } = await this.open(owner, documentId);
        return { document: toDocumentView(document), content };
      },
      remove: async (actor: Actor, documentId: string) =>
        this.remove(actor, owner, documentId, {
          ...(await edit(actor)),
          keep: (manager, document) => policy.keep?.(manager, ids, document) ?? Promise.resolve(false),
        }),
    };
  }

  /**
   * Attaches a local file (the seed's demo documents, imports): read in chunks to hash it, then the
   * same checks, scan and storage as an upload. The file stays where it is.
   */
  async attachFile(
    actor: Actor,
    owner: DocumentOwner,
    fields: AttachFields,
    file: LocalFile,
    guard: DocumentGuard,
  ): Promise<DocumentView> {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(file.path)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    if (size > this.config.documentMaxBytes) {
      throw new DomainError(
        'PAYLOAD_TOO_LARGE',
        `A document may be at most ${this.config.documentMaxBytes} bytes`,
      );
    }
    const checked = checkFields({
      kind: fields.kind,
      title: fields.title,
      ...(fields.organisationId ? { organisationId: fields.organisationId } : {}),
    });
    return this.attachReceived(
      actor,
      owner,
      checked,
      { path: file.path, sha256: hash.digest('hex'), size, clientName: file.fileName },
      guard,
    );
  }

  private async attachReceived(
    actor: Actor,
    owner: DocumentOwner,
    fields: UploadFields,
    file: ReceivedFile,
    guard: DocumentGuard,
  ): Promise<DocumentView> {
    // file-type (and its tokenizers) load with the first upload (issue #23: memory).
    const { fileTypeFromFile } = await import('file-type');
    const found = (await fileTypeFromFile(file.path))?.mime;
    if (!this.scanner.configured) {
      const contentType = allowedType(found);
      const document = await this.dataSource.transaction(async (manager) => {
        await guard.assertMayChange(manager, { organisationId: fields.organisationId });
        const row = await this.attach(manager, actor, owner, fields, file, contentType, 'unscanned');
        await this.storeBlob(manager, row, file.path);
        await this.recordUpload(manager, actor, owner, row);
        return row;
      });
      return toDocumentView(document);
    }
    // Attached as `pending` (it cannot be downloaded nor join a submission), then scanned.
    const pending = await this.dataSource.transaction(async (manager) => {
      await guard.assertMayChange(manager, { organisationId: fields.organisationId });
      return this.attach(manager, actor, owner, fields, file, found ?? 'application/octet-stream', 'pending');
    });
    return toDocumentView(await this.scan(actor, owner, pending, file.path, found));
  }

  /** The current documents of a record (not the removed ones), oldest first. */
  list(manager: EntityManager, owner: DocumentOwner): Promise<Document[]> {
    return manager.find(Document, {
      where: { ownerType: owner.type, ownerId: owner.id, removedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async listViews(owner: DocumentOwner): Promise<DocumentView[]> {
    return (await this.list(this.dataSource.manager, owner)).map(toDocumentView);
  }

  /** The current documents of several records of one type (e.g. the expenses of a claim). */
  listOfAll(manager: EntityManager, type: DocumentOwnerType, ownerIds: string[]): Promise<Document[]> {
    if (ownerIds.length === 0) return Promise.resolve([]);
    return manager.find(Document, {
      where: { ownerType: type, ownerId: In(ownerIds), removedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * One document of the record and its content (a stream). A document removed after a submission
   * stays downloadable: the snapshot lists it. 409 DOCUMENT_PENDING while it is being scanned.
   */
  async open(owner: DocumentOwner, documentId: string): Promise<{ document: Document; content: Readable }> {
    const document = await this.find(this.dataSource.manager, owner, documentId);
    if (document.scanStatus === 'pending') {
      throw new DomainError(
        'DOCUMENT_PENDING',
        'The document is being scanned for viruses; try again shortly',
      );
    }
    return { document, content: await this.storage.open(document.sha256) };
  }

  /**
   * Removes a document from its record. `keep`: the document is part of a submission (a snapshot
   * lists it), so it is only marked removed; otherwise the row goes, and the content too when no
   * other document uses it.
   */
  async remove(
    actor: Actor,
    owner: DocumentOwner,
    documentId: string,
    guard: DocumentGuard & { keep(manager: EntityManager, document: Document): Promise<boolean> },
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await guard.assertMayChange(manager);
      await this.repository.lock(manager, documentId);
      const document = await this.find(manager, owner, documentId);
      if (document.removedAt) throw DomainError.notFound('Document', documentId);
      const keep = await guard.keep(manager, document);
      if (keep) {
        await manager.update(
          Document,
          { id: documentId },
          { removedAt: this.clock.now(), removedBy: actor.id },
        );
      } else {
        await manager.delete(Document, { id: documentId });
        if (await this.repository.releaseBlob(manager, document.sha256)) {
          // Last step before the commit, under the blob row's lock.
          await this.storage.remove(document.sha256);
        }
      }
      await this.audit.record(manager, actor, {
        action: 'document.removed',
        entity: 'document',
        entityId: documentId,
        data: { ...describe(document), owner, kept: keep },
      });
    });
  }

  private async find(manager: EntityManager, owner: DocumentOwner, id: string): Promise<Document> {
    const document = UUID.test(id) ? await manager.findOneBy(Document, { id }) : null;
    if (!document || document.ownerType !== owner.type || document.ownerId !== owner.id) {
      throw DomainError.notFound('Document', id);
    }
    return document;
  }

  private receive(req: IncomingMessage): Promise<ParsedUpload> {
    return parseUpload(req, {
      maxBytes: this.config.documentMaxBytes,
      tmpDir: join(this.config.dataDir, 'documents-tmp'),
    });
  }

  /**
   * Scans a pending document: infected → removed, audited, 422; clamd failing → removed, 503; a type
   * outside the allow-list → removed, 415; else stored, `clean`, audited.
   */
  private async scan(
    actor: Actor,
    owner: DocumentOwner,
    document: Document,
    path: string,
    found: string | undefined,
  ): Promise<Document> {
    const drop = () =>
      this.dataSource.transaction((manager) => manager.delete(Document, { id: document.id }));
    let verdict: ScanVerdict;
    try {
      verdict = await this.scanner.scanFile(path);
    } catch (err) {
      this.logger.error({ documentId: document.id, err: (err as Error).message }, 'Virus scan failed');
      await drop();
      throw new DomainError('SERVICE_UNAVAILABLE', 'The virus scanner is not available; try again later');
    }
    if (verdict.infected) {
      const { signature } = verdict;
      await this.dataSource.transaction(async (manager) => {
        await manager.delete(Document, { id: document.id });
        await this.audit.record(manager, actor, {
          action: 'document.rejected',
          entity: 'document',
          entityId: document.id,
          data: { ...describe(document), owner, signature },
        });
      });
      this.logger.warn({ documentId: document.id, signature }, 'Infected upload refused');
      throw new DomainError(
        'DOCUMENT_REJECTED',
        `The file was refused: the virus scanner found ${signature}`,
        {
          signature,
        },
      );
    }
    let contentType: string;
    try {
      contentType = allowedType(found);
    } catch (err) {
      await drop();
      throw err;
    }
    return this.dataSource.transaction(async (manager) => {
      const scannedAt = this.clock.now();
      const fileName = sanitizeFileName(document.fileName, contentType);
      await manager.update(Document, { id: document.id }, { scanStatus: 'clean', scannedAt, fileName });
      const clean = Object.assign(document, { scanStatus: 'clean' as const, scannedAt, fileName });
      await this.storeBlob(manager, clean, path);
      await this.recordUpload(manager, actor, owner, clean);
      return clean;
    });
  }

  /** Inserts the attachment row (the content is stored by the caller once it may be). */
  private attach(
    manager: EntityManager,
    actor: Actor,
    owner: DocumentOwner,
    fields: UploadFields,
    file: ReceivedFile,
    contentType: string,
    scanStatus: ScanStatus,
  ): Promise<Document> {
    return manager.save(
      manager.create(Document, {
        ownerType: owner.type,
        ownerId: owner.id,
        kind: fields.kind,
        title: fields.title,
        fileName: sanitizeFileName(file.clientName, contentType),
        organisationId: fields.organisationId,
        sha256: file.sha256,
        sizeBytes: file.size,
        contentType,
        scanStatus,
        scannedAt: null,
        uploadedBy: actor.id,
        removedAt: null,
        removedBy: null,
      }),
    );
  }

  private recordUpload(manager: EntityManager, actor: Actor, owner: DocumentOwner, row: Document) {
    return this.audit.record(manager, actor, {
      action: 'document.uploaded',
      entity: 'document',
      entityId: row.id,
      data: { ...describe(row), owner },
    });
  }

  private async storeBlob(manager: EntityManager, document: Document, path: string): Promise<void> {
    await this.repository.claimBlob(manager, document);
    await this.storage.put(document.sha256, path, document.sizeBytes, document.contentType);
  }
}

/** The found type when it is on the allow-list, else 415. */
function allowedType(found: string | undefined): string {
  if (isAllowedDocumentType(found)) return found;
  throw new DomainError(
    'UNSUPPORTED_MEDIA_TYPE',
    `Only PDF, PNG, JPEG, ODT, DOCX and XLSX files are accepted (found: ${found ?? 'unknown'})`,
    { found: found ?? null, allowed: Object.keys(ALLOWED_DOCUMENT_TYPES) },
  );
}

function checkFields(fields: Record<string, string>): UploadFields {
  const kind = (fields.kind ?? '').trim();
  if (!KIND.test(kind)) throw DomainError.validation('kind', 'a snake_case key of at most 60 characters');
  const title = (fields.title ?? '').trim();
  if (title.length < 1 || title.length > 200) throw DomainError.validation('title', '1 to 200 characters');
  const organisationId = (fields.organisationId ?? '').trim() || null;
  if (organisationId !== null && !UUID.test(organisationId)) {
    throw DomainError.validation('organisationId', 'must be a UUID');
  }
  const unknown = Object.keys(fields).filter((f) => !['kind', 'title', 'organisationId'].includes(f));
  if (unknown.length > 0) throw DomainError.validation(unknown[0], 'unknown field');
  return { kind, title, organisationId };
}

function describe(d: Document) {
  return {
    kind: d.kind,
    title: d.title,
    fileName: d.fileName,
    sha256: d.sha256,
    sizeBytes: d.sizeBytes,
    contentType: d.contentType,
    scanStatus: d.scanStatus,
    organisationId: d.organisationId,
  };
}

export function toDocumentView(d: Document): DocumentView {
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    fileName: d.fileName,
    organisationId: d.organisationId,
    sha256: d.sha256,
    sizeBytes: d.sizeBytes,
    contentType: d.contentType,
    scanStatus: d.scanStatus,
    uploadedBy: d.uploadedBy,
    createdAt: d.createdAt.toISOString(),
    removedAt: d.removedAt?.toISOString() ?? null,
  };
}
