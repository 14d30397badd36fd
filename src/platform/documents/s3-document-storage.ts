import { createReadStream } from 'node:fs';
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
import { DocumentStorage } from './document-storage.js';

/** Documents in an S3-compatible bucket (`S3_ENDPOINT`, `S3_BUCKET`, credentials). */
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

  override destroy(): void {
    this.client.destroy();
  }
}
