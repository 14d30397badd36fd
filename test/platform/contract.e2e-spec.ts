/**
 * Small gaps in the API contract (issue #20, item 8): the simulate body, finding an ERDF project by
 * number, open calls without an account, Brussels times in messages, no caching of personal answers,
 * health details for staff only, and no query strings in the access log.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

let t: TestApp;
let applicant: TestUser;
let staff: TestUser;
const lines: string[] = [];

beforeAll(async () => {
  t = await createTestApp(
    { LOG_LEVEL: 'info' },
    { logDestination: { write: (line: string) => void lines.push(line) } },
  );
  applicant = await t.ctx.newApplicant();
  staff = await t.ctx.newStaff();
}, 60_000);

afterAll(async () => {
  await t.close();
});

describe('API contract', () => {
  it('simulates the same body as an application, callId included', async () => {
    const call = await t.ctx.newCall();
    const coordinator = await t.ctx.newOrganisation(applicant);
    const body = {
      callId: call.id,
      title: 'A project',
      summary: 'What it does',
      cluster: 'health',
      startDate: '2027-01-01',
      endDate: '2028-12-31',
      requestedCents: 1_000_000,
      partners: [
        {
          organisationId: coordinator.id,
          role: 'coordinator',
          costs: [{ category: 'staff', description: 'Engineers', amountCents: 5_000_000 }],
        },
      ],
    };
    const res = await t.http
      .post(`/api/calls/${call.id}/simulate`)
      .set('Authorization', applicant.auth)
      .send(body);
    expect(res.status).toBe(200);
    expect(res.body.figures.requestedCents).toBe(1_000_000);
    const other = await t.ctx.newCall();
    const wrong = await t.http
      .post(`/api/calls/${other.id}/simulate`)
      .set('Authorization', applicant.auth)
      .send(body);
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('VALIDATION_FAILED');
  });

  it('finds an ERDF project by its number', async () => {
    const a = await t.ctx.newErdfProject(staff);
    await t.ctx.newErdfProject(staff);
    const res = await t.http
      .get(`/api/erdf-projects?projectNumber=${encodeURIComponent(a.projectNumber)}`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items.map((p: { id: string }) => p.id)).toEqual([a.id]);
  });

  it('lists open calls without an account, and only open ones', async () => {
    const open = await t.ctx.newCall();
    const res = await t.http.get('/api/calls?status=open').expect(200);
    expect(res.body.items.map((c: { id: string }) => c.id)).toContain(open.id);
    const all = await t.http.get('/api/calls');
    expect(all.status).toBe(401);
    expect(all.body.code).toBe('UNAUTHENTICATED');
    const closed = await t.http.get('/api/calls?status=closed');
    expect(closed.status).toBe(401);
    // Signed in, every status; a bad token on the public route is simply anonymous.
    await t.http.get('/api/calls').set('Authorization', applicant.auth).expect(200);
    await t.http.get('/api/calls?status=open').set('Authorization', 'Bearer nonsense').expect(200);
  });

  it('writes times in messages in Brussels time', async () => {
    // Midnight on 15 January 2027 in Brussels is 23:00 UTC the day before.
    const upcoming = await t.ctx.newCall({
      opensAt: '2027-01-14T23:00:00.000Z',
      closesAt: '2027-06-30T21:59:00.000Z',
    });
    const draft = await t.ctx.newApplication(applicant, { callId: upcoming.id });
    const res = await t.http
      .post(`/api/applications/${draft.id}/submit`)
      .set('Authorization', applicant.auth);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('CALL_CLOSED');
    expect(res.body.message).toContain('opens on 15 January 2027');
    expect(res.body.message).not.toContain('T23:00');
  });

  it('marks authenticated answers Cache-Control: no-store', async () => {
    const me = await t.http.get('/api/auth/me').set('Authorization', applicant.auth).expect(200);
    expect(me.headers['cache-control']).toBe('no-store');
    const denied = await t.http.get('/api/users').set('Authorization', applicant.auth).expect(403);
    expect(denied.headers['cache-control']).toBe('no-store');
  });

  it('shows the public /health status only, and the checks to staff', async () => {
    const anonymous = await t.http.get('/health').expect(200);
    expect(anonymous.body).toEqual({ status: 'ok' });
    const applicantView = await t.http.get('/health').set('Authorization', applicant.auth).expect(200);
    expect(applicantView.body).toEqual({ status: 'ok' });
    const staffView = await t.http.get('/health').set('Authorization', staff.auth).expect(200);
    expect(staffView.body.status).toBe('ok');
    expect(staffView.body.checks).toBeDefined();
  });

  it('leaves query strings out of the access log', async () => {
    await t.http
      .get('/api/organisations/lookup?enterpriseNumber=0123456749&name=Jane')
      .set('Authorization', staff.auth);
    const logged = lines.filter((l) => l.includes('/api/organisations/lookup'));
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) {
      expect(line).not.toContain('0123456749');
      expect(line).not.toContain('Jane');
    }
  });
});
