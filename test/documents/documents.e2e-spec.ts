import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ApplicationView } from '../../src/domains/applications/dto/application.dto.js';
import type { CallView } from '../../src/domains/programmes/dto/programme.dto.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import {
  binaryBody as binary,
  samplePdf,
  type TestUser,
  uploadApplicationDocument,
} from '../utils/factories.js';

const MB = 1024 * 1024;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** A real 1×1 PNG (signature, IHDR, IDAT, IEND with their CRCs). */
const PNG = (() => {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.from('0000000100000001080600000000', 'hex');
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr.subarray(0, 13)),
    chunk('IDAT', deflateSync(Buffer.from([0, 11, 110, 79, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
})();

describe('documents', () => {
  let t: TestApp;
  let applicant: TestUser;
  let other: TestUser;
  let staff: TestUser;
  let call: CallView;
  let work: string;

  beforeAll(async () => {
    // 20 MB is the default limit; one MB more here so that a 20 MB file is accepted and 22 MB is not.
    t = await createTestApp({ DOCUMENT_MAX_BYTES: String(21 * MB) });
    [applicant, other, staff] = await Promise.all([
      t.ctx.newApplicant(),
      t.ctx.newApplicant(),
      t.ctx.newStaff(),
    ]);
    await t.ctx.newOrganisation(other);
    const programme = await t.ctx.newProgramme({
      rules: {
        requiredDocuments: [
          { kind: 'partnership_agreement', label: 'Samenwerkingsovereenkomst' },
          { kind: 'cost_substantiation', label: 'Kostenonderbouwing', perPartner: true },
        ],
      },
    });
    call = await t.ctx.newCall({ programmeId: programme.id });
    work = mkdtempSync(join(tmpdir(), 'documents-test-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(work, { recursive: true, force: true });
  });

  const draft = () => t.ctx.newApplication(applicant, { callId: call.id });

  async function uploadAll(app: ApplicationView) {
    const agreement = samplePdf(`Agreement ${app.reference}`);
    await uploadApplicationDocument(t.http, applicant, app.id, {
      kind: 'partnership_agreement',
      title: 'Samenwerkingsovereenkomst',
      content: agreement,
      fileName: 'overeenkomst.pdf',
    }).expect(201);
    for (const p of app.partners) {
      await uploadApplicationDocument(t.http, applicant, app.id, {
        kind: 'cost_substantiation',
        title: `Kostenonderbouwing ${p.name}`,
        content: samplePdf(`Costs ${p.organisationId}`),
        organisationId: p.organisationId,
      }).expect(201);
    }
  }

  it('uploads, lists and downloads the identical bytes under their SHA-256', async () => {
    const app = await draft();
    const content = samplePdf('Identical bytes');
    const up = await uploadApplicationDocument(t.http, applicant, app.id, {
      kind: 'partnership_agreement',
      title: 'Samenwerkingsovereenkomst',
      content,
      fileName: '../../etc/Overeenkomst <definitief> é.exe.pdf',
    }).expect(201);
    expect(up.body).toMatchObject({
      kind: 'partnership_agreement',
      sha256: sha256(content),
      sizeBytes: content.length,
      contentType: 'application/pdf',
      scanStatus: 'unscanned',
      fileName: 'Overeenkomst_definitief_e.exe.pdf',
    });
    const list = await t.http
      .get(`/api/applications/${app.id}/documents`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(list.body).toEqual([up.body]);
    const down = await t.http
      .get(`/api/applications/${app.id}/documents/${up.body.id}`)
      .set('Authorization', applicant.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(down.body as Buffer, content)).toBe(0);
    expect(sha256(down.body as Buffer)).toBe(up.body.sha256);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['content-disposition']).toMatch(
      /^attachment; filename="Overeenkomst_definitief_e\.exe\.pdf"/,
    );
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.headers.etag).toBe(`"${sha256(content)}"`);

    // The type comes from the content: a PNG named .pdf is a PNG.
    const png = await uploadApplicationDocument(t.http, applicant, app.id, {
      kind: 'photo',
      content: PNG,
      fileName: 'photo.pdf',
    }).expect(201);
    expect(png.body).toMatchObject({ contentType: 'image/png', fileName: 'photo.png' });

    // The audit trail records each upload.
    const audit = await t.http
      .get(`/api/audit?entity=document&entityId=${up.body.id}`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('document.uploaded');
  });

  it('refuses a file over DOCUMENT_MAX_BYTES with 413', async () => {
    const app = await draft();
    const big = join(work, 'big.pdf');
    writeFileSync(big, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(22 * MB, 0x20)]));
    const res = await t.http
      .post(`/api/applications/${app.id}/documents`)
      .set('Authorization', applicant.auth)
      .field('kind', 'annex')
      .field('title', 'Too large')
      .attach('file', big)
      .expect(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    const list = await t.http
      .get(`/api/applications/${app.id}/documents`)
      .set('Authorization', applicant.auth);
    expect(list.body).toEqual([]);
  });

  it('refuses a renamed executable with 415, judged on the content', async () => {
    const app = await draft();
    const elf = Buffer.concat([
      Buffer.from('7f454c46020101000000000000000000', 'hex'),
      Buffer.from('02003e0001000000', 'hex'),
      randomBytes(512),
    ]);
    const res = await uploadApplicationDocument(t.http, applicant, app.id, {
      kind: 'annex',
      content: elf,
      fileName: 'begroting.pdf',
    }).expect(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const text = await uploadApplicationDocument(t.http, applicant, app.id, {
      kind: 'annex',
      content: Buffer.from('just text, not a PDF'),
      fileName: 'notes.pdf',
    }).expect(415);
    expect(text.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('blocks submission while a required annex is missing, naming the rule, live and on submit', async () => {
    const app = await draft();
    const live = await t.http
      .get(`/api/applications/${app.id}`)
      .set('Authorization', applicant.auth)
      .expect(200);
    expect(live.body.eligibility.ok).toBe(false);
    expect(live.body.eligibility.violations.map((v: { rule: string }) => v.rule)).toEqual([
      'required_documents',
    ]);
    // Only the agreement: every partner's cost substantiation is still missing.
    await uploadApplicationDocument(t.http, applicant, app.id, { kind: 'partnership_agreement' }).expect(201);
    const refused = await t.http
      .post(`/api/applications/${app.id}/submit`)
      .set('Authorization', applicant.auth)
      .expect(422);
    expect(refused.body.code).toBe('ELIGIBILITY_FAILED');
    expect(refused.body.details).toEqual([
      expect.objectContaining({
        rule: 'required_documents',
        message: expect.stringContaining('Kostenonderbouwing (cost_substantiation)') as unknown,
      }),
    ]);
    // A partner's document must name a partner of this application.
    const stranger = await t.ctx.newOrganisation(other);
    const wrong = await uploadApplicationDocument(t.http, applicant, app.id, {
      kind: 'cost_substantiation',
      organisationId: stranger.id,
    }).expect(400);
    expect(wrong.body.code).toBe('VALIDATION_FAILED');
  });

  it('freezes the documents in the snapshot; a submitted application’s documents cannot change', async () => {
    const app = await draft();
    await uploadAll(app);
    const submitted = await t.http
      .post(`/api/applications/${app.id}/submit`)
      .set('Authorization', applicant.auth)
      .expect(200);
    const list = await t.http
      .get(`/api/applications/${app.id}/documents`)
      .set('Authorization', applicant.auth);
    expect(submitted.body.snapshot.documents).toHaveLength(3);
    expect(submitted.body.snapshot.documents).toEqual(
      list.body.map((d: Record<string, unknown>) => ({
        id: d.id,
        kind: d.kind,
        title: d.title,
        fileName: d.fileName,
        organisationId: d.organisationId,
        sha256: d.sha256,
        sizeBytes: d.sizeBytes,
        contentType: d.contentType,
        scanStatus: d.scanStatus,
      })),
    );
    const upload = await uploadApplicationDocument(t.http, applicant, app.id, { kind: 'annex' }).expect(409);
    expect(upload.body.code).toBe('INVALID_TRANSITION');
    const remove = await t.http
      .delete(`/api/applications/${app.id}/documents/${list.body[0].id}`)
      .set('Authorization', applicant.auth)
      .expect(409);
    expect(remove.body.code).toBe('INVALID_TRANSITION');
    const after = await t.http
      .get(`/api/applications/${app.id}/documents`)
      .set('Authorization', applicant.auth);
    expect(after.body).toEqual(list.body);
  });

  it('hides the documents from another applicant (404)', async () => {
    const app = await draft();
    const up = await uploadApplicationDocument(t.http, applicant, app.id, { kind: 'annex' }).expect(201);
    for (const path of [`documents`, `documents/${up.body.id}`, 'submission.pdf']) {
      const res = await t.http.get(`/api/applications/${app.id}/${path}`).set('Authorization', other.auth);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
    const upload = await uploadApplicationDocument(t.http, other, app.id, { kind: 'annex' });
    expect(upload.status).toBe(404);
    const remove = await t.http
      .delete(`/api/applications/${app.id}/documents/${up.body.id}`)
      .set('Authorization', other.auth);
    expect(remove.status).toBe(404);
    // A document id of another application is not found through this one.
    const mine = await draft();
    await t.http
      .get(`/api/applications/${mine.id}/documents/${up.body.id}`)
      .set('Authorization', applicant.auth)
      .expect(404);
  });

  it('removes a draft’s document, and its content only when no other document uses it', async () => {
    const [a, b] = await Promise.all([draft(), draft()]);
    const shared = samplePdf('Shared content');
    const onA = await uploadApplicationDocument(t.http, applicant, a.id, {
      kind: 'annex',
      content: shared,
    }).expect(201);
    const onB = await uploadApplicationDocument(t.http, applicant, b.id, {
      kind: 'annex',
      content: shared,
    }).expect(201);
    const own = samplePdf('Own content');
    const onlyA = await uploadApplicationDocument(t.http, applicant, a.id, {
      kind: 'annex',
      content: own,
    }).expect(201);
    const file = (sha: string) => join(t.config.dataDir, 'documents', sha.slice(0, 2), sha.slice(2, 4), sha);
    expect(existsSync(file(sha256(shared)))).toBe(true);

    await t.http
      .delete(`/api/applications/${a.id}/documents/${onA.body.id}`)
      .set('Authorization', applicant.auth)
      .expect(204);
    await t.http
      .delete(`/api/applications/${a.id}/documents/${onlyA.body.id}`)
      .set('Authorization', applicant.auth)
      .expect(204);
    expect(existsSync(file(sha256(shared)))).toBe(true);
    expect(existsSync(file(sha256(own)))).toBe(false);
    const down = await t.http
      .get(`/api/applications/${b.id}/documents/${onB.body.id}`)
      .set('Authorization', applicant.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(sha256(down.body as Buffer)).toBe(sha256(shared));
    const listA = await t.http
      .get(`/api/applications/${a.id}/documents`)
      .set('Authorization', applicant.auth);
    expect(listA.body).toEqual([]);
    const audit = await t.http
      .get(`/api/audit?entity=document&entityId=${onA.body.id}`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('document.removed');
  });

  it('renders the submission receipt listing the documents as the snapshot holds them', async () => {
    const app = await draft();
    await uploadAll(app);
    const submitted = await t.http
      .post(`/api/applications/${app.id}/submit`)
      .set('Authorization', applicant.auth)
      .expect(200);
    const res = await t.http
      .get(`/api/applications/${app.id}/submission.pdf`)
      .set('Authorization', staff.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Ontvangstbewijs van uw aanvraag');
    expect(text).toContain(app.reference);
    const documents = submitted.body.snapshot.documents as { sha256: string; title: string }[];
    expect(documents).toHaveLength(3);
    for (const d of documents) {
      expect(text).toContain(d.sha256);
      expect(text).toContain(d.title);
    }
    // Exactly the snapshot's hashes, none other.
    expect(new Set(text.match(/\b[0-9a-f]{64}\b/g))).toEqual(new Set(documents.map((d) => d.sha256)));
    // The applicant downloads it too; a draft has none.
    await t.http
      .get(`/api/applications/${app.id}/submission.pdf`)
      .set('Authorization', applicant.auth)
      .expect(200);
    const fresh = await draft();
    await t.http
      .get(`/api/applications/${fresh.id}/submission.pdf`)
      .set('Authorization', applicant.auth)
      .expect(404);
  });

  it('keeps memory flat while a 20 MB file streams in', async () => {
    const app = await draft();
    const path = join(work, 'twenty.pdf');
    // Written and hashed a megabyte at a time: the test itself holds no 20 MB buffer.
    const hash = createHash('sha256');
    const out = openSync(path, 'w');
    const header = Buffer.from('%PDF-1.4\n');
    for (let i = 0; i < 20; i++) {
      const part = i === 0 ? Buffer.concat([header, randomBytes(MB - header.length)]) : randomBytes(MB);
      hash.update(part);
      writeSync(out, part);
    }
    closeSync(out);
    const expected = hash.digest('hex');
    // Chunks already written but not yet collected count as Buffer memory too, and on a loaded machine
    // the collector can fall behind (+18 MB seen on PGlite): collect every 50 ms, so what stays is what
    // the server holds. A file held whole would survive every collection.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakBuffers = before.arrayBuffers;
    let ticks = 0;
    const timer = setInterval(() => {
      if (++ticks % 25 === 0) gc();
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakBuffers = Math.max(peakBuffers, now.arrayBuffers);
    }, 2);
    const res = await t.http
      .post(`/api/applications/${app.id}/documents`)
      .set('Authorization', applicant.auth)
      .field('kind', 'annex')
      .field('title', 'Twenty megabytes')
      .attach('file', path)
      .expect(201);
    clearInterval(timer);
    const rssGrowthMb = (peakRss - before.rss) / MB;
    const buffersGrowthMb = (peakBuffers - before.arrayBuffers) / MB;
    process.stdout.write(
      `Uploading 20 MB: RSS ${(before.rss / MB).toFixed(0)} MB before, peak +${rssGrowthMb.toFixed(1)} MB; ` +
        `Buffer memory peak +${buffersGrowthMb.toFixed(1)} MB\n`,
    );
    expect(res.body).toMatchObject({ sha256: expected, sizeBytes: 20 * MB });
    // Client and server run in this process: the client streams the file from disk, the server
    // streams it to disk, 64 KiB at a time (chunks not yet collected show up as Buffer memory, up to
    // ~10 MB measured). Holding the file whole would add at least its 20 MB.
    expect(rssGrowthMb).toBeLessThan(20);
    expect(buffersGrowthMb).toBeLessThan(20);
  });
});

function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
}
