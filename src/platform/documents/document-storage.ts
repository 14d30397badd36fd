import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
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

export class S3DocumentStorage extends DocumentStorage {
  readonly description: string;
  private readonly client: S3Client;

  constructor(private readonly s3: NonNullable<AppConfig['s3']>) {
    super();
    this.description = `S3 bucket ${s3.bucket} at ${s3.endpoint}`;
    this.client = new S3Client({
      endpoint: s3.endpoint,
      region: s3.region,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
      // MinIO, s3rver, Ceph and most S3-compatible servers address buckets by path, and not all of
      // them take the SDK's default streaming checksums (aws-chunked with trailers).
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private key(sha256: string): string {
    return `documents/${sha256}`;
  }

  async put(sha256: string, path: string, size: number, contentType: string): Promise<void> {
    if (await this.exists(sha256)) return;
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.s3.bucket,
        Key: this.key(sha256),
        Body: createReadStream(path),
        ContentLength: size,
        ContentType: contentType,
      }),
    );
  }

  async open(sha256: string): Promise<Readable> {
    const out = await this.client.send(
      new GetObjectCommand({ Bucket: this.s3.bucket, Key: this.key(sha256) }),
    );
    return out.Body as Readable;
  }

  async remove(sha256: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.s3.bucket, Key: this.key(sha256) }));
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.s3.bucket, Key: this.key(sha256) }));
      return true;
    } catch (err) {
      if (err instanceof NotFound || err instanceof NoSuchKey) return false;
      if ((err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
        return false;
      throw err;
    }
  }

  destroy(): void {
    this.client.destroy();
  }
}

export function documentStorageFor(config: AppConfig): DocumentStorage {
  return config.s3
    ? new S3DocumentStorage(config.s3)
    : new DirectoryDocumentStorage(join(config.dataDir, 'documents'));
}
