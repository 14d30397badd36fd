import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import S3rver from 's3rver';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { samplePdf, type TestUser, uploadApplicationDocument } from '../utils/factories.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Documents in an S3-compatible bucket: s3rver, started in this process, never the internet. */
describe('documents in an S3 bucket', () => {
  let t: TestApp;
  let server: S3rver;
  let dir: string;
  let client: S3Client;
  let applicant: TestUser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 's3rver-'));
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: dir,
      configureBuckets: [{ name: 'documents' }],
    });
    const { port } = await server.run();
    const endpoint = `http://127.0.0.1:${port}`;
    t = await createTestApp({
      S3_ENDPOINT: endpoint,
      S3_BUCKET: 'documents',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    });
    client = new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    applicant = await t.ctx.newApplicant();
  });
  afterAll(async () => {
    client?.destroy();
    await t?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const exists = async (sha: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket: 'documents', Key: `documents/${sha}` }));
      return true;
    } catch {
      return false;
    }
  };

  it('stores the content once under its SHA-256, serves the same bytes and removes it when unused', async () => {
    const app = await t.ctx.newApplication(applicant);
    const content = samplePdf('Stored in S3');
    const up = await uploadApplicationDocument(t.http, applicant, app.id, { kind: 'annex', content }).expect(
      201,
    );
    expect(up.body.sha256).toBe(sha256(content));
    expect(await exists(sha256(content))).toBe(true);
    const down = await t.http
      .get(`/api/applications/${app.id}/documents/${up.body.id}`)
      .set('Authorization', applicant.auth)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(down.body as Buffer, content)).toBe(0);
    // Nothing under DATA_DIR: the bucket holds it.
    expect(existsSync(join(t.config.dataDir, 'documents'))).toBe(false);
    await t.http
      .delete(`/api/applications/${app.id}/documents/${up.body.id}`)
      .set('Authorization', applicant.auth)
      .expect(204);
    expect(await exists(sha256(content))).toBe(false);
  });
});
