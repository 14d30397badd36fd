import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { AppConfig } from '../../kernel/config/config.js';

/**
 * Where the bytes of documents live, addressed by their SHA-256. Writing the same content twice
 * stores it once. Implementations: a directory (`DATA_DIR/documents`, the embedded default) and an
 * S3-compatible bucket (`S3_ENDPOINT`, `S3_BUCKET`, credentials).
 */
export abstract class DocumentStorage {
  /** Stores the file at `path` (already hashed to `sha256`) unless that content is there already. */
  abstract put(sha256: string, path: string, size: number, contentType: string): Promise<void>;
  /** The content as a stream; rejects when it is missing. */
  abstract open(sha256: string): Promise<Readable>;
  abstract remove(sha256: string): Promise<void>;
  abstract exists(sha256: string): Promise<boolean>;
  /** What the health check and the logs call it. */
  abstract readonly description: string;
  /** Releases connections at shutdown. */
  destroy(): void {}
}

export class DirectoryDocumentStorage extends DocumentStorage {
  readonly description: string;

  constructor(private readonly root: string) {
    super();
    this.description = `directory ${root}`;
  }

  /** `ab/cd/abcd…`: two levels of 256 folders keep directories small. */
  private pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(sha256: string, path: string): Promise<void> {
    const target = this.pathOf(sha256);
    if (await this.exists(sha256)) return;
    await mkdir(join(target, '..'), { recursive: true });
    // Copy to a private name, then rename: a reader never sees half a file.
    const part = `${target}.${process.pid}.${Date.now()}.part`;
    await copyFile(path, part);
    await rename(part, target);
  }

  async open(sha256: string): Promise<Readable> {
    const path = this.pathOf(sha256);
    await stat(path);
    return createReadStream(path);
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await stat(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * The storage of the configuration. The AWS SDK (about a megabyte of code) loads only when a bucket
 * is configured (issue #23: memory).
 */
export async function documentStorageFor(config: AppConfig): Promise<DocumentStorage> {
  if (!config.s3) return new DirectoryDocumentStorage(join(config.dataDir, 'documents'));
  const { S3DocumentStorage } = await import('./s3-document-storage.js');
  return new S3DocumentStorage(config.s3);
}
