import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { ErdfService } from '../../src/domains/erdf/erdf.service.js';
import { samplePdf, type TestUser, uploadApplicationDocument, uploadDocument } from '../utils/factories.js';

/** The EICAR anti-virus test file: harmless, and detected by every scanner that knows its signature. */
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

const clamd = ['/usr/sbin/clamd', '/usr/bin/clamd', '/usr/local/sbin/clamd'].find((p) => existsSync(p));
if (!clamd) {
  process.stdout.write(
    'clamav.e2e-spec: SKIPPED — clamd is not installed (apt-get install clamav-daemon; .ci/run does)\n',
  );
}
const describeWithClamd = clamd ? describe : describe.skip;

describeWithClamd('documents scanned by a real clamd', () => {
  let t: TestApp;
  let applicant: TestUser;
  let staff: TestUser;
  let dir: string;
  let daemon: ChildProcess;
  let exited = false;

  beforeAll(async () => {
    // A private clamd: a signature database with one hash signature (`.hdb`: md5:size:name), the
    // one of the EICAR file, as `sigtool --md5` writes it; no signature download is needed.
    dir = mkdtempSync(join(tmpdir(), 'clamd-'));
    mkdirSync(join(dir, 'db'));
    const md5 = createHash('md5').update(EICAR).digest('hex');
    writeFileSync(join(dir, 'db', 'test.hdb'), `${md5}:${EICAR.length}:Eicar-Test-Signature\n`);
    const sigtool = spawnSync('sigtool', ['--md5', '-'], { input: EICAR });
    if (sigtool.status === 0) expect(sigtool.stdout.toString()).toContain(`${md5}:${EICAR.length}:`);
    const port = await freePort();
    writeFileSync(
      join(dir, 'clamd.conf'),
      [
        `TCPSocket ${port}`,
        'TCPAddr 127.0.0.1',
        `DatabaseDirectory ${join(dir, 'db')}`,
        `TemporaryDirectory ${dir}`,
        `LogFile ${join(dir, 'clamd.log')}`,
        'Foreground yes',
        'StreamMaxLength 30M',
        '',
      ].join('\n'),
    );
    daemon = spawn(clamd!, ['-c', join(dir, 'clamd.conf')], { stdio: 'ignore' });
    daemon.on('exit', () => (exited = true));
    await waitForClamd(port, () => exited);

    t = await createTestApp({ CLAMAV_HOST: '127.0.0.1', CLAMAV_PORT: String(port) });
    [applicant, staff] = await Promise.all([t.ctx.newApplicant(), t.ctx.newStaff()]);
  }, 120_000);
  afterAll(async () => {
    if (!exited) daemon?.kill('SIGTERM');
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('marks a clean file `clean` and keeps it', async () => {
    const app = await t.ctx.newApplication(applicant);
    const res = await uploadApplicationDocument(t.http, applicant, app.id, { kind: 'annex' }).expect(201);
    expect(res.body).toMatchObject({ scanStatus: 'clean', contentType: 'application/pdf' });
    await t.http
      .get(`/api/applications/${app.id}/documents/${res.body.id}`)
      .set('Authorization', applicant.auth)
      .expect(200);
  });

  it('refuses the EICAR file with 422 DOCUMENT_REJECTED, keeps nothing and audits it', async () => {
    const app = await t.ctx.newApplication(applicant);
    const res = await uploadApplicationDocument(t.http, applicant, app.id, {
      kind: 'annex',
      content: Buffer.from(EICAR),
      fileName: 'invoice.pdf',
    }).expect(422);
    expect(res.body.code).toBe('DOCUMENT_REJECTED');
    expect(res.body.details.signature).toMatch(/Eicar-Test-Signature/);
    const list = await t.http
      .get(`/api/applications/${app.id}/documents`)
      .set('Authorization', applicant.auth);
    expect(list.body).toEqual([]);
    const sha = createHash('sha256').update(EICAR).digest('hex');
    expect(existsSync(join(t.config.dataDir, 'documents', sha.slice(0, 2), sha.slice(2, 4), sha))).toBe(
      false,
    );
    const audit = await t.http
      .get('/api/audit?entity=document&limit=200')
      .set('Authorization', staff.auth)
      .expect(200);
    const rejected = audit.body.items.find(
      (e: { action: string; data: { sha256?: string } }) =>
        e.action === 'document.rejected' && e.data.sha256 === sha,
    );
    expect(rejected).toMatchObject({ data: { signature: expect.stringMatching(/Eicar/) as unknown } });
  });

  it('scans the invoice of an ERDF expense the same way: clean kept, EICAR refused with 422', async () => {
    const project = await t.ctx.newErdfProject(staff);
    const expense = await t.ctx.get(ErdfService).addExpense(staff.actor, project.id, {
      partnerOrganisationId: project.partners[0].organisationId,
      category: 'travel',
      amountCents: 48_650,
      incurredOn: '2017-07-03',
      paidOn: '2017-07-20',
      description: 'Travel',
      invoiceRef: 'TRV-2017-001',
    });
    const path = `/api/erdf-projects/${project.id}/expenses/${expense.id}/documents`;
    const clean = await uploadDocument(t.http, staff, path, { kind: 'invoice' }).expect(201);
    expect(clean.body.scanStatus).toBe('clean');
    const infected = await uploadDocument(t.http, staff, path, {
      kind: 'invoice',
      content: Buffer.from(EICAR),
      fileName: 'invoice.pdf',
    }).expect(422);
    expect(infected.body).toMatchObject({
      code: 'DOCUMENT_REJECTED',
      details: { signature: expect.stringMatching(/Eicar-Test-Signature/) as unknown },
    });
    const list = await t.http.get(path).set('Authorization', staff.auth).expect(200);
    expect(list.body.map((d: { id: string }) => d.id)).toEqual([clean.body.id]);
  });

  it('answers 503 and keeps nothing pending when clamd cannot be reached', async () => {
    const app = await t.ctx.newApplication(applicant);
    daemon.kill('SIGTERM');
    for (let i = 0; i < 100 && !exited; i++) await new Promise((r) => setTimeout(r, 50));
    const res = await uploadApplicationDocument(t.http, applicant, app.id, {
      kind: 'annex',
      content: samplePdf('x'),
    });
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('SERVICE_UNAVAILABLE');
    const list = await t.http
      .get(`/api/applications/${app.id}/documents`)
      .set('Authorization', applicant.auth);
    expect(list.body).toEqual([]);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Waits until clamd answers PING (it loads its database first). */
async function waitForClamd(port: number, died: () => boolean): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (died()) throw new Error('clamd exited while starting (see its log in the test directory)');
    const pong = await new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port }, () => socket.write('zPING\0'));
      let reply = '';
      socket.on('data', (d) => (reply += d.toString()));
      socket.on('end', () => resolve(reply));
      socket.on('close', () => resolve(reply));
      socket.on('error', () => resolve(''));
      socket.setTimeout(1000, () => socket.destroy());
    });
    if (pong.startsWith('PONG')) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('clamd did not start within 90 s');
}
