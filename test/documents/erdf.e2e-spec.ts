import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ErdfProjectView } from '../../src/domains/erdf/dto/erdf.dto.js';
import { ErdfService } from '../../src/domains/erdf/erdf.service.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { binaryBody, samplePdf, type TestUser, uploadDocument } from '../utils/factories.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const MAX_BYTES = 256 * 1024;

/**
 * The invoice behind an ERDF expense and the documents of a claim (issue #19): staff attach them,
 * the project's readers download them, a submitted claim fixes them and its audit event lists them.
 */
describe('documents of ERDF expenses and claims', () => {
  let t: TestApp;
  let staff: TestUser;
  let partnerMember: TestUser;
  let other: TestUser;
  let evaluator: TestUser;
  let admin: TestUser;
  let project: ErdfProjectView;
  let partnerOrgId: string;
  let secondOrgId: string;
  let invoiceCounter = 0;

  beforeAll(async () => {
    // A small limit, so that the 413 needs no large file.
    t = await createTestApp({ DOCUMENT_MAX_BYTES: String(MAX_BYTES) });
    [staff, partnerMember, other, evaluator, admin] = await Promise.all([
      t.ctx.newStaff(),
      t.ctx.newApplicant(),
      t.ctx.newApplicant(),
      t.ctx.newEvaluator(),
      t.ctx.newAdmin(),
    ]);
    partnerOrgId = (await t.ctx.newOrganisation(partnerMember, { kind: 'non_profit' })).id;
    await t.ctx.newOrganisation(other);
    secondOrgId = (await t.ctx.newOrganisation(undefined, { kind: 'non_profit' })).id;
    project = await newProject();
  });
  afterAll(() => t.close());

  /** A project of the partner member's organisation and a second partner. */
  const newProject = () =>
    t.ctx.newErdfProject(staff, {
      partners: [
        { organisationId: partnerOrgId, budgetCents: 10_000_000 },
        { organisationId: secondOrgId, budgetCents: 5_000_000 },
      ],
    });

  /** An expense of the partner, paid in the first reporting period (June – September 2017). */
  async function newExpense(projectId = project.id, partner = partnerOrgId) {
    invoiceCounter += 1;
    return t.ctx.get(ErdfService).addExpense(staff.actor, projectId, {
      partnerOrganisationId: partner,
      category: 'travel',
      amountCents: 48_650,
      incurredOn: '2017-07-03',
      paidOn: '2017-07-20',
      description: 'Travel to a matchmaking event',
      invoiceRef: `INV-${invoiceCounter}-${randomBytes(3).toString('hex')}`,
    });
  }

  const expensePath = (expenseId: string, projectId = project.id) =>
    `/api/erdf-projects/${projectId}/expenses/${expenseId}/documents`;
  const claimPath = (claimId: string, projectId = project.id) =>
    `/api/erdf-projects/${projectId}/claims/${claimId}/documents`;
  const invoice = (user: TestUser, path: string, content = samplePdf('Factuur')) =>
    uploadDocument(t.http, user, path, {
      kind: 'invoice',
      title: 'Factuur',
      content,
      fileName: 'factuur 2017-07.pdf',
    });
  const get = (user: TestUser, path: string) => t.http.get(path).set('Authorization', user.auth);
  const download = (user: TestUser, path: string) => get(user, path).buffer(true).parse(binaryBody);

  it('attaches the invoice to an expense; staff and partner members list and download the identical bytes', async () => {
    const expense = await newExpense();
    const content = samplePdf('Invoice FB-TRV-2017-014');
    const up = await invoice(staff, expensePath(expense.id), content).expect(201);
    expect(up.body).toMatchObject({
      kind: 'invoice',
      sha256: sha256(content),
      sizeBytes: content.length,
      contentType: 'application/pdf',
      scanStatus: 'unscanned',
      fileName: 'factuur_2017-07.pdf',
      uploadedBy: staff.id,
    });
    for (const reader of [staff, partnerMember]) {
      const list = await get(reader, expensePath(expense.id)).expect(200);
      expect(list.body).toEqual([up.body]);
      const down = await download(reader, `${expensePath(expense.id)}/${up.body.id}`).expect(200);
      expect(Buffer.compare(down.body as Buffer, content)).toBe(0);
      expect(sha256(down.body as Buffer)).toBe(up.body.sha256);
      expect(down.headers['content-disposition']).toMatch(/^attachment; filename="factuur_2017-07\.pdf"/);
      expect(down.headers['x-content-type-options']).toBe('nosniff');
      expect(down.headers.etag).toBe(`"${sha256(content)}"`);
    }
    const audit = await get(staff, `/api/audit?entity=document&entityId=${up.body.id}`).expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        action: 'document.uploaded',
        data: expect.objectContaining({
          sha256: sha256(content),
          owner: { type: 'erdf_expense', id: expense.id },
        }) as unknown,
      }),
    ]);
  });

  it('keeps the documents from whoever may not read the project: 404 for other applicants, 403 for other roles', async () => {
    const expense = await newExpense();
    const up = await invoice(staff, expensePath(expense.id)).expect(201);
    const one = `${expensePath(expense.id)}/${up.body.id}`;
    for (const path of [expensePath(expense.id), one]) {
      const hidden = await get(other, path);
      expect(hidden.status).toBe(404);
      expect(hidden.body.code).toBe('NOT_FOUND');
      // ERDF is the staff's: evaluators and admins have no route there.
      for (const user of [evaluator, admin]) expect((await get(user, path)).status).toBe(403);
    }
    // Partner members read, never write.
    const write = await invoice(partnerMember, expensePath(expense.id));
    expect(write.status).toBe(403);
    expect((await invoice(other, expensePath(expense.id))).status).toBe(403);
    const remove = await t.http.delete(one).set('Authorization', partnerMember.auth);
    expect(remove.status).toBe(403);
    // A document is found only under its own record: not under another expense, nor another project.
    const sibling = await newExpense();
    await get(staff, `${expensePath(sibling.id)}/${up.body.id}`).expect(404);
    const elsewhere = await t.ctx.newErdfProject(staff);
    await get(staff, `${expensePath(expense.id, elsewhere.id)}/${up.body.id}`).expect(404);
    await get(staff, expensePath(randomUuid())).expect(404);
    const badId = await get(staff, expensePath('not-a-uuid'));
    expect(badId.status).toBe(400);
  });

  it('refuses a file over DOCUMENT_MAX_BYTES (413) and a renamed executable (415), as on applications', async () => {
    const expense = await newExpense();
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MAX_BYTES, 0x20)]);
    const tooLarge = await invoice(staff, expensePath(expense.id), big).expect(413);
    expect(tooLarge.body.code).toBe('PAYLOAD_TOO_LARGE');
    const elf = Buffer.concat([Buffer.from('7f454c46020101000000000000000000', 'hex'), randomBytes(256)]);
    const renamed = await invoice(staff, expensePath(expense.id), elf).expect(415);
    expect(renamed.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const list = await get(staff, expensePath(expense.id)).expect(200);
    expect(list.body).toEqual([]);
  });

  it('fixes the documents once the claim is submitted, and the submission lists their hashes', async () => {
    // A project of its own: the claim takes every unclaimed expense of the period.
    const own = await newProject();
    const claimed = await newExpense(own.id);
    const early = samplePdf('Invoice attached before the claim');
    const first = await invoice(staff, expensePath(claimed.id, own.id), early).expect(201);
    const draft = await t.http
      .post(`/api/erdf-projects/${own.id}/claims`)
      .set('Authorization', staff.auth)
      .send({ periodFrom: '2017-06-01', periodTo: '2017-09-30' })
      .expect(201);
    const claimId = draft.body.id as string;
    expect(draft.body.expenseIds).toContain(claimed.id);

    // A draft claim still gathers its documents, and those of its expenses.
    const late = samplePdf('Invoice attached to a draft claim');
    const second = await invoice(staff, expensePath(claimed.id, own.id), late).expect(201);
    const request = samplePdf('Betalingsaanvraag');
    const claimDoc = await uploadDocument(t.http, staff, claimPath(claimId, own.id), {
      kind: 'payment_request',
      title: 'Betalingsaanvraag (ondertekend)',
      content: request,
      fileName: 'betalingsaanvraag.pdf',
    }).expect(201);
    const wrongPartner = await uploadDocument(t.http, staff, claimPath(claimId, own.id), {
      kind: 'statement',
      organisationId: randomUuid(),
    });
    expect(wrongPartner.status).toBe(400);
    const gone = await invoice(staff, expensePath(claimed.id, own.id)).expect(201);
    await t.http
      .delete(`${expensePath(claimed.id, own.id)}/${gone.body.id}`)
      .set('Authorization', staff.auth)
      .expect(204);

    // A document still being scanned holds the submission back.
    await t.dataSource.query(`UPDATE document SET scan_status = 'pending' WHERE id = $1`, [claimDoc.body.id]);
    const pending = await t.http
      .post(`/api/erdf-projects/${own.id}/claims/${claimId}/submit`)
      .set('Authorization', staff.auth)
      .send({ submittedOn: '2017-10-02' });
    expect(pending.status).toBe(409);
    expect(pending.body.code).toBe('DOCUMENT_PENDING');
    await t.dataSource.query(`UPDATE document SET scan_status = 'unscanned' WHERE id = $1`, [
      claimDoc.body.id,
    ]);

    await t.http
      .post(`/api/erdf-projects/${own.id}/claims/${claimId}/submit`)
      .set('Authorization', staff.auth)
      .send({ submittedOn: '2017-10-02' })
      .expect(200);
    const audit = await get(staff, `/api/audit?entity=erdf_claim&entityId=${claimId}`).expect(200);
    const submitted = audit.body.items.find((e: { action: string }) => e.action === 'erdf_claim.submitted');
    const listed = (submitted.data.documents as { id: string; ownerType: string; sha256: string }[]).map(
      (d) => [d.id, d.ownerType, d.sha256],
    );
    expect(listed).toEqual(
      expect.arrayContaining([
        [claimDoc.body.id, 'claim', sha256(request)],
        [first.body.id, 'erdf_expense', sha256(early)],
        [second.body.id, 'erdf_expense', sha256(late)],
      ]),
    );
    expect(listed).toHaveLength(3);

    // Submitted: nothing changes any more, on the claim or on its expenses (409); reads go on.
    for (const path of [expensePath(claimed.id, own.id), claimPath(claimId, own.id)]) {
      const refused = await invoice(staff, path);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('INVALID_TRANSITION');
    }
    const removeInvoice = await t.http
      .delete(`${expensePath(claimed.id, own.id)}/${first.body.id}`)
      .set('Authorization', staff.auth);
    expect(removeInvoice.status).toBe(409);
    const removeRequest = await t.http
      .delete(`${claimPath(claimId, own.id)}/${claimDoc.body.id}`)
      .set('Authorization', staff.auth);
    expect(removeRequest.status).toBe(409);
    const down = await download(partnerMember, `${claimPath(claimId, own.id)}/${claimDoc.body.id}`).expect(
      200,
    );
    expect(sha256(down.body as Buffer)).toBe(sha256(request));
    const still = await get(staff, expensePath(claimed.id, own.id)).expect(200);
    expect(still.body.map((d: { id: string }) => d.id)).toEqual([first.body.id, second.body.id]);
  });

  it('removes a document of an open expense (audited) and fixes those of a withdrawn one', async () => {
    const expense = await newExpense();
    const up = await invoice(staff, expensePath(expense.id)).expect(201);
    await t.http
      .delete(`${expensePath(expense.id)}/${up.body.id}`)
      .set('Authorization', staff.auth)
      .expect(204);
    expect((await get(staff, expensePath(expense.id)).expect(200)).body).toEqual([]);
    const audit = await get(staff, `/api/audit?entity=document&entityId=${up.body.id}`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('document.removed');

    const kept = await invoice(staff, expensePath(expense.id)).expect(201);
    await t.http
      .post(`/api/erdf-projects/${project.id}/expenses/${expense.id}/withdraw`)
      .set('Authorization', staff.auth)
      .send({ reason: 'Double entry' })
      .expect(200);
    const refused = await invoice(staff, expensePath(expense.id));
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('INVALID_TRANSITION');
    const remove = await t.http
      .delete(`${expensePath(expense.id)}/${kept.body.id}`)
      .set('Authorization', staff.auth);
    expect(remove.status).toBe(409);
    // The expense's partner only: a partner annex of another organisation does not belong here.
    const other = await newExpense();
    const wrong = await uploadDocument(t.http, staff, expensePath(other.id), {
      kind: 'payslip',
      organisationId: secondOrgId,
    });
    expect(wrong.status).toBe(400);
    await uploadDocument(t.http, staff, expensePath(other.id), {
      kind: 'payslip',
      organisationId: partnerOrgId,
    }).expect(201);
  });
});

function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}
