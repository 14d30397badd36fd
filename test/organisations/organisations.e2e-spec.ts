import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { type TestUser, uniqueEnterpriseNumber } from '../utils/factories.js';

describe('organisations', () => {
  let t: TestApp;
  let applicant: TestUser;
  let other: TestUser;
  let staff: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    [applicant, other, staff] = await Promise.all([
      t.ctx.newApplicant(),
      t.ctx.newApplicant(),
      t.ctx.newStaff(),
    ]);
  });
  afterAll(() => t.close());

  const body = (overrides: Record<string, unknown> = {}) => ({
    name: 'Vitalis Diagnostics',
    enterpriseNumber: uniqueEnterpriseNumber(),
    kind: 'sme',
    smeSize: 'small',
    address: { street: 'Kapeldreef 60', postalCode: '3001', city: 'Leuven', country: 'be' },
    iban: 'BE68 5390 0754 7034',
    ...overrides,
  });

  it('creates an organisation and makes the applicant a member', async () => {
    const res = await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .send(body({ enterpriseNumber: '0123456749' }))
      .expect(201);
    expect(res.body).toMatchObject({
      enterpriseNumber: '0123.456.749',
      kind: 'sme',
      smeSize: 'small',
      iban: 'BE68539007547034',
      address: { city: 'Leuven', country: 'BE' },
    });
    const list = await t.http.get('/api/organisations').set('Authorization', applicant.auth).expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).toContain(res.body.id);
    await t.http.get(`/api/organisations/${res.body.id}`).set('Authorization', applicant.auth).expect(200);
  });

  it('accepts an enterprise number that starts with 1', async () => {
    await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .send(body({ enterpriseNumber: '1000.000.021' }))
      .expect(201);
  });

  it('rejects a bad enterprise-number checksum with 400 naming the field', async () => {
    const res = await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .send(body({ enterpriseNumber: '0123.456.748' }))
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'enterpriseNumber' })]);
  });

  it('rejects a bad IBAN checksum with 400 naming the field', async () => {
    const res = await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .send(body({ iban: 'BE69539007547034' }))
      .expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'iban' })]);
  });

  it('rejects unknown fields, including nested ones', async () => {
    const top = await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .send(body({ vatRate: 21 }))
      .expect(400);
    expect(top.body.details).toEqual([expect.objectContaining({ field: 'vatRate' })]);
    const nested = await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .send(body({ address: { street: 'x', postalCode: '3000', city: 'Leuven', country: 'BE', box: 2 } }))
      .expect(400);
    expect(nested.body.details).toEqual([expect.objectContaining({ field: 'address.box' })]);
  });

  it('rejects an SME size on an organisation that is not an SME', async () => {
    const res = await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .send(body({ kind: 'knowledge_institution', smeSize: 'small' }))
      .expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'smeSize' })]);
  });

  it('answers a duplicate enterprise number with 409 ALREADY_EXISTS', async () => {
    const number = uniqueEnterpriseNumber();
    await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .send(body({ enterpriseNumber: number }))
      .expect(201);
    const res = await t.http
      .post('/api/organisations')
      .set('Authorization', other.auth)
      .send(body({ enterpriseNumber: number.replace(/\./g, '') }))
      .expect(409);
    expect(res.body.code).toBe('ALREADY_EXISTS');
  });

  it("keeps an applicant out of another applicant's organisation", async () => {
    const mine = await t.ctx.newOrganisation(applicant);
    const res = await t.http
      .get(`/api/organisations/${mine.id}`)
      .set('Authorization', other.auth)
      .expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
    const list = await t.http.get('/api/organisations').set('Authorization', other.auth).expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).not.toContain(mine.id);
  });

  it('lets staff see every organisation, paginated', async () => {
    const res = await t.http
      .get('/api/organisations?limit=2&offset=0')
      .set('Authorization', staff.auth)
      .expect(200);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.total).toBeGreaterThanOrEqual(4);
    await t.http.get('/api/organisations?limit=0').set('Authorization', staff.auth).expect(400);
  });

  it('answers 404 for an organisation that does not exist and 400 for a malformed id', async () => {
    const missing = await t.http
      .get('/api/organisations/7a0c3c5e-3f7e-4b8a-9b0e-1d2c3b4a5f60')
      .set('Authorization', staff.auth)
      .expect(404);
    expect(missing.body.code).toBe('NOT_FOUND');
    await t.http.get('/api/organisations/not-a-uuid').set('Authorization', staff.auth).expect(400);
  });

  it('finds an organisation by enterprise number for any signed-in user', async () => {
    const org = await t.ctx.newOrganisation(applicant);
    const res = await t.http
      .get(`/api/organisations/lookup?enterpriseNumber=${org.enterpriseNumber}`)
      .set('Authorization', other.auth)
      .expect(200);
    expect(res.body).toEqual({
      id: org.id,
      name: org.name,
      enterpriseNumber: org.enterpriseNumber,
      kind: 'sme',
      status: 'verified',
    });
  });

  describe('links (single undertaking)', () => {
    it('lets staff link organisations and computes the single undertaking transitively', async () => {
      const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => t.ctx.newOrganisation()));
      await t.http
        .post(`/api/organisations/${a.id}/links`)
        .set('Authorization', staff.auth)
        .send({ linkedOrganisationId: b.id, relation: 'subsidiary' })
        .expect(201);
      await t.http
        .post(`/api/organisations/${c.id}/links`)
        .set('Authorization', staff.auth)
        .send({ linkedOrganisationId: b.id, relation: 'linked' })
        .expect(201);
      const su = await t.http
        .get(`/api/organisations/${a.id}/single-undertaking`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(su.body.members.map((m: { id: string }) => m.id).sort()).toEqual([a.id, b.id, c.id].sort());
      expect(su.body.members.map((m: { id: string }) => m.id)).not.toContain(d.id);
    });

    it('refuses a link made by an applicant, a self-link and a duplicate link', async () => {
      const mine = await t.ctx.newOrganisation(applicant);
      const theirs = await t.ctx.newOrganisation(other);
      await t.http
        .post(`/api/organisations/${mine.id}/links`)
        .set('Authorization', applicant.auth)
        .send({ linkedOrganisationId: theirs.id, relation: 'parent' })
        .expect(403);
      await t.http
        .post(`/api/organisations/${mine.id}/links`)
        .set('Authorization', staff.auth)
        .send({ linkedOrganisationId: mine.id, relation: 'parent' })
        .expect(400);
      await t.http
        .post(`/api/organisations/${mine.id}/links`)
        .set('Authorization', staff.auth)
        .send({ linkedOrganisationId: theirs.id, relation: 'parent' })
        .expect(201);
      const dup = await t.http
        .post(`/api/organisations/${theirs.id}/links`)
        .set('Authorization', staff.auth)
        .send({ linkedOrganisationId: mine.id, relation: 'subsidiary' })
        .expect(409);
      expect(dup.body.code).toBe('ALREADY_EXISTS');
    });

    it('answers 404 when linking to an organisation that does not exist', async () => {
      const org = await t.ctx.newOrganisation();
      await t.http
        .post(`/api/organisations/${org.id}/links`)
        .set('Authorization', staff.auth)
        .send({ linkedOrganisationId: '7a0c3c5e-3f7e-4b8a-9b0e-1d2c3b4a5f60', relation: 'parent' })
        .expect(404);
    });
  });
});
