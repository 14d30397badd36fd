/**
 * The authorization matrix (issue #9): every route of the OpenAPI document, tried as every actor of
 * `route-matrix.ts` against one realistic world, must answer what the table says. A route without a
 * row, or a row without a route, fails the test. Beyond roles, the resource-level rules of SPEC.md §1
 * are checked: an applicant acts only for their own organisations, an evaluator sees only what is
 * assigned to them, and the content only after declaring no conflict.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApplicationView, PartnerDto } from '../../src/domains/applications/dto/application.dto.js';
import { ApplicationsService } from '../../src/domains/applications/applications.service.js';
import type { OrganisationView } from '../../src/domains/organisations/dto/organisation.dto.js';
import type { CallView } from '../../src/domains/programmes/dto/programme.dto.js';
import { ReviewsService } from '../../src/domains/reviews/reviews.service.js';
import { OrganisationsService } from '../../src/domains/organisations/organisations.service.js';
import { PartnerConsentService } from '../../src/domains/applications/partner-consent.service.js';
import { AuthService } from '../../src/platform/identity/auth.service.js';
import type { ErdfProjectView } from '../../src/domains/erdf/dto/erdf.dto.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import {
  samplePdf,
  TEST_PAYEE_IBAN,
  type TestUser,
  uploadApplicationDocument,
  uploadDocument,
} from '../utils/factories.js';
import { ACTORS, type Actor, type Expectation, ROUTE_MATRIX, expectationOf } from './route-matrix.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

interface World {
  users: Record<Exclude<Actor, 'anonymous'>, TestUser>;
  /** A member of the (non-coordinating) partner organisation of the applications. */
  applicantPartner: TestUser;
  ownOrg: OrganisationView;
  partnerOrg: OrganisationView;
  call: CallView;
  /** under_review; evaluatorAssigned declared no conflict, evaluatorConflicted is recused. */
  reviewApp: ApplicationView;
  /** approved, advance paid, final report submitted (not accepted). */
  approvedApp: ApplicationView;
  /** A draft: edited and submitted by the matrix. */
  draftApp: ApplicationView;
  /** Submitted: withdrawn by the matrix. */
  withdrawApp: ApplicationView;
  assignmentId: string;
  recusedAssignmentId: string;
  project: ErdfProjectView;
  expenseId: string;
  claimId: string;
  /** Other de minimis aid declared on the draft, for staff to review. */
  declaredAidId: string;
  indicatorCode: string;
  documentId: string;
  reportDocumentId: string;
  /** The invoice of `expenseId` and a document of `claimId`. */
  expenseDocumentId: string;
  claimDocumentId: string;
  /** A pending join request to ownOrg, and the draft's invitation of partnerOrg. */
  joinRequestId: string;
  partnerInvitationId: string;
}

describe('authorization matrix', () => {
  let t: TestApp;
  let w: World;
  let operations: string[];

  beforeAll(async () => {
    t = await createTestApp();
    const ctx = t.ctx;
    const [staff, admin, applicantOwn, applicantOther, applicantPartner] = await Promise.all([
      ctx.newStaff(),
      ctx.newAdmin(),
      ctx.newApplicant(),
      ctx.newApplicant(),
      ctx.newApplicant(),
    ]);
    const [evaluatorAssigned, evaluatorUnassigned, evaluatorConflicted] = await Promise.all([
      ctx.newEvaluator(),
      ctx.newEvaluator(),
      ctx.newEvaluator(),
    ]);
    const ownOrg = await ctx.newOrganisation(applicantOwn);
    const partnerOrg = await ctx.newOrganisation(applicantPartner, { kind: 'knowledge_institution' });
    await ctx.newOrganisation(applicantOther);
    const call = await ctx.newCall();
    const partners: PartnerDto[] = [
      {
        organisationId: ownOrg.id,
        role: 'coordinator',
        costs: [{ category: 'staff', description: 'Engineers', amountCents: 15_000_000 }],
      },
      {
        organisationId: partnerOrg.id,
        role: 'partner',
        costs: [{ category: 'staff', description: 'Researchers', amountCents: 10_000_000 }],
      },
    ];
    const overrides = { callId: call.id, partners };

    // The application under review, with a document, an assigned and a recused evaluator.
    const reviewDraft = await ctx.newApplication(applicantOwn, overrides);
    const document = await uploadApplicationDocument(t.http, applicantOwn, reviewDraft.id, {
      kind: 'annex',
    }).expect(201);
    await ctx.get(ApplicationsService).submit(applicantOwn.actor, reviewDraft.id);
    const admissible = await ctx
      .get(ApplicationsService)
      .screen(staff.actor, reviewDraft.id, { outcome: 'admissible' });
    const { assignment } = await ctx.assignEvaluator(admissible.id, evaluatorAssigned, staff);
    await ctx.declareNoConflict(evaluatorAssigned, assignment.id);
    const recused = await ctx.assignEvaluator(admissible.id, evaluatorConflicted, staff);
    await ctx
      .get(ReviewsService)
      .declare(evaluatorConflicted.actor, recused.assignment.id, { hasConflict: true });
    await t.dataSource.transaction((manager) =>
      ctx.get(ApplicationsService).transition(manager, admissible.id, 'under_review', staff.actor),
    );
    const reviewApp = { ...admissible, status: 'under_review' as const };

    // An approved application with its advance and a final report.
    const approvedApp = await ctx.underReviewApplication(applicantOwn, overrides);
    await t.http
      .post(`/api/applications/${approvedApp.id}/decision`)
      .set('Authorization', staff.auth)
      .send({ outcome: 'approved', grantedCents: 10_000_000, motivation: 'Goedgekeurd' })
      .expect(201);
    // The coordinator accepts the grant: no payment before.
    await t.http
      .post(`/api/applications/${approvedApp.id}/decision/acceptance`)
      .set('Authorization', applicantOwn.auth)
      .expect(201);
    await t.http
      .post(`/api/applications/${approvedApp.id}/payments`)
      .set('Authorization', staff.auth)
      .send({ kind: 'advance', payeeIban: TEST_PAYEE_IBAN })
      .expect(201);
    await t.http
      .post(`/api/applications/${approvedApp.id}/final-report`)
      .set('Authorization', applicantOwn.auth)
      .send(finalReport(ownOrg.id))
      .expect(200);

    const evidence = await t.http
      .post(`/api/applications/${approvedApp.id}/final-report/documents`)
      .set('Authorization', applicantOwn.auth)
      .field('kind', 'invoice')
      .field('title', 'Factuur')
      .attach('file', samplePdf('Factuur'), 'factuur.pdf')
      .expect(201);

    const draftApp = await ctx.newApplication(applicantOwn, overrides);
    const declared = await t.http
      .post(`/api/applications/${draftApp.id}/declared-aid`)
      .set('Authorization', applicantOwn.auth)
      .send(declaredAid(ownOrg.id))
      .expect(201);
    const withdrawApp = await ctx.submittedApplication(applicantOwn, overrides);

    // An ERDF project in which the applicant's organisation coordinates.
    const project = await ctx.newErdfProject(staff, {
      partners: [
        { organisationId: ownOrg.id, budgetCents: 10_000_000 },
        { organisationId: partnerOrg.id, budgetCents: 5_000_000 },
      ],
    });
    const expense = await t.http
      .post(`/api/erdf-projects/${project.id}/expenses`)
      .set('Authorization', staff.auth)
      .send({
        partnerOrganisationId: ownOrg.id,
        category: 'staff',
        amountCents: 1_680_000,
        incurredOn: '2017-06-01',
        paidOn: '2017-09-28',
        description: 'Business developer',
        invoiceRef: 'SAL-2017-Q3',
      })
      .expect(201);
    const claim = await t.http
      .post(`/api/erdf-projects/${project.id}/claims`)
      .set('Authorization', staff.auth)
      .send({ periodFrom: '2017-06-01', periodTo: '2017-09-30' })
      .expect(201);
    const [expenseDocument, claimDocument] = await Promise.all(
      [`expenses/${expense.body.id}`, `claims/${claim.body.id}`].map((record) =>
        uploadDocument(t.http, staff, `/api/erdf-projects/${project.id}/${record}/documents`, {
          kind: 'invoice',
        }).expect(201),
      ),
    );
    await t.http
      .post(`/api/erdf-projects/${project.id}/indicators`)
      .set('Authorization', staff.auth)
      .send({ code: 'O1', name: 'Companies supported', kind: 'output', unit: 'companies', target: 40 })
      .expect(201);

    const joiner = await ctx.newApplicant();
    const joinRequest = await ctx.get(OrganisationsService).requestJoin(joiner.actor, ownOrg.id, {});
    const [partnerInvitation] = await ctx.get(PartnerConsentService).list(staff.actor, draftApp.id);

    w = {
      joinRequestId: joinRequest.id,
      partnerInvitationId: partnerInvitation.id,
      users: {
        applicantOwn,
        applicantOther,
        evaluatorAssigned,
        evaluatorUnassigned,
        evaluatorConflicted,
        staff,
        admin,
      },
      applicantPartner,
      ownOrg,
      partnerOrg,
      call,
      reviewApp,
      approvedApp,
      draftApp,
      withdrawApp,
      assignmentId: assignment.id,
      recusedAssignmentId: recused.assignment.id,
      project,
      expenseId: expense.body.id as string,
      claimId: claim.body.id as string,
      declaredAidId: declared.body.id as string,
      indicatorCode: 'O1',
      documentId: document.body.id as string,
      reportDocumentId: evidence.body.id as string,
      expenseDocumentId: expenseDocument.body.id as string,
      claimDocumentId: claimDocument.body.id as string,
    };

    const doc = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Partial<Record<Method, unknown>>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${path}`),
    );
  }, 120_000);
  afterAll(() => t.close());

  it('has a row for every route of the OpenAPI document, and no row for a route that is gone', () => {
    const rows = Object.keys(ROUTE_MATRIX);
    expect(operations.filter((op) => !rows.includes(op))).toEqual([]);
    expect(rows.filter((row) => !operations.includes(row))).toEqual([]);
  });

  it('answers every route as the matrix says, for every actor', async () => {
    // Reads first, then writes; within a route the actors in table order (the owner before staff),
    // so that a write that succeeds (withdraw, submit, accept) happens once, and later actors get 409.
    const ordered = [
      ...operations.filter((op) => op.startsWith('GET ')),
      ...operations.filter((op) => !op.startsWith('GET ')),
    ];
    const mismatches: string[] = [];
    let requests = 0;
    for (const op of ordered) {
      const [verb, template] = op.split(' ');
      const method = verb.toLowerCase() as Method;
      const path = fillPath(verb, template);
      for (const actor of ACTORS) {
        const expected = expectationOf(op, actor);
        let req = t.http[method](path).query(queryFor(template));
        if (actor !== 'anonymous') {
          // Logging out revokes the token: the actor logs out a session of its own for the matrix.
          const auth =
            op === 'POST /api/auth/logout'
              ? `Bearer ${await t.ctx.get(AuthService).issueToken(w.users[actor])}`
              : w.users[actor].auth;
          req = req.set('Authorization', auth);
        }
        if (method !== 'get' && method !== 'delete') req = req.send(bodyFor(op));
        const res = await req;
        requests += 1;
        if (!matches(expected, method, res.status)) {
          mismatches.push(
            `${op} as ${actor}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`,
          );
        }
      }
    }
    console.log(
      `authorization matrix: ${operations.length} routes × ${ACTORS.length} actors = ${requests} requests, ${mismatches.length} mismatches`,
    );
    expect(mismatches).toEqual([]);
    expect(requests).toBe(operations.length * ACTORS.length);
  }, 300_000);

  describe('resource-level rules', () => {
    const as = (user: TestUser) => ({
      get: (path: string) => t.http.get(path).set('Authorization', user.auth),
      post: (path: string, body: object = {}) => t.http.post(path).set('Authorization', user.auth).send(body),
      put: (path: string, body: object) => t.http.put(path).set('Authorization', user.auth).send(body),
    });

    it('keeps the content from a recused evaluator, on their own assignment too', async () => {
      const evaluator = as(w.users.evaluatorConflicted);
      const detail = await evaluator.get(`/api/assignments/${w.recusedAssignmentId}`).expect(200);
      expect(detail.body).toMatchObject({ status: 'recused', application: null });
      await evaluator.get(`/api/assignments/${w.recusedAssignmentId}/application`).expect(403);
      await evaluator
        .put(`/api/assignments/${w.recusedAssignmentId}/review`, { scores: [], comment: 'x' })
        .expect(403);
      await evaluator.get(`/api/applications/${w.reviewApp.id}/reviews`).expect(403);
    });

    it('keeps the content from an evaluator until they declare no conflict', async () => {
      const late = await t.ctx.newEvaluator();
      const { assignment } = await t.ctx.assignEvaluator(w.reviewApp.id, late, w.users.staff);
      const detail = await as(late).get(`/api/assignments/${assignment.id}`).expect(200);
      expect(detail.body).toMatchObject({ status: 'assigned', application: null });
      expect(detail.body.consortium).toHaveLength(2);
      await as(late).get(`/api/assignments/${assignment.id}/application`).expect(403);
      await as(late)
        .put(`/api/assignments/${assignment.id}/review`, { scores: [], comment: 'x' })
        .expect(403);
      await as(late)
        .post(`/api/assignments/${assignment.id}/declaration`, { hasConflict: false })
        .expect(200);
      const open = await as(late).get(`/api/assignments/${assignment.id}/application`).expect(200);
      expect(open.body).toMatchObject({ id: w.reviewApp.id, reference: w.reviewApp.reference });
    });

    it('shows evaluators only their own assignments and reviews, whatever they filter on', async () => {
      const mine = await as(w.users.evaluatorAssigned)
        .get(`/api/assignments?applicationId=${w.reviewApp.id}`)
        .expect(200);
      expect(mine.body.items.map((a: { id: string }) => a.id)).toEqual([w.assignmentId]);
      const none = await as(w.users.evaluatorUnassigned)
        .get(`/api/assignments?applicationId=${w.reviewApp.id}&evaluatorId=${w.users.evaluatorAssigned.id}`)
        .expect(200);
      expect(none.body).toEqual({ items: [], total: 0 });
      const reviews = await as(w.users.evaluatorAssigned)
        .get(`/api/applications/${w.reviewApp.id}/reviews`)
        .expect(200);
      for (const r of reviews.body.items) expect(r.evaluatorId).toBe(w.users.evaluatorAssigned.id);
    });

    it('lists for another applicant none of the organisation’s applications, projects or organisations', async () => {
      const other = as(w.users.applicantOther);
      const apps = await other.get('/api/applications?limit=100').expect(200);
      expect(apps.body.total).toBe(0);
      const projects = await other.get('/api/erdf-projects').expect(200);
      expect(projects.body).toEqual({ items: [], total: 0 });
      const orgs = await other.get('/api/organisations?limit=100').expect(200);
      expect(orgs.body.items.map((o: { id: string }) => o.id)).not.toContain(w.ownOrg.id);
      // The decision letter, the payments and the final report of another organisation stay hidden.
      for (const suffix of ['decision-letter', 'payments', 'final-report', 'decision']) {
        const res = await other.get(`/api/applications/${w.approvedApp.id}/${suffix}`);
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('NOT_FOUND');
      }
    });

    it('lets a member of a partner organisation read but not act for the coordinator', async () => {
      const partner = as(w.applicantPartner);
      await partner.get(`/api/applications/${w.reviewApp.id}`).expect(200);
      await partner.get(`/api/applications/${w.approvedApp.id}/payments`).expect(200);
      await partner.get(`/api/applications/${w.approvedApp.id}/decision`).expect(200);
      expect([200, 202]).toContain(
        (await partner.get(`/api/applications/${w.approvedApp.id}/decision-letter`)).status,
      );
      await partner.get(`/api/erdf-projects/${w.project.id}`).expect(200);
      const fresh = await t.ctx.newApplication(w.users.applicantOwn, {
        callId: w.call.id,
        partners: w.reviewApp.partners.map((p) => ({
          organisationId: p.organisationId,
          role: p.role,
          costs: p.costs,
        })),
      });
      const patch = await t.http
        .patch(`/api/applications/${fresh.id}`)
        .set('Authorization', w.applicantPartner.auth)
        .send({ title: 'Taken over' })
        .expect(403);
      expect(patch.body.code).toBe('FORBIDDEN');
      await partner.post(`/api/applications/${fresh.id}/submit`).expect(403);
      await partner.post(`/api/applications/${fresh.id}/withdraw`, {}).expect(403);
      await partner
        .post(`/api/applications/${w.approvedApp.id}/final-report`, finalReport(w.ownOrg.id))
        .expect(403);
      // ERDF: partners read, never write.
      await partner
        .post(`/api/erdf-projects/${w.project.id}/claims`, {
          periodFrom: '2017-10-01',
          periodTo: '2018-01-31',
        })
        .expect(403);
      const still = await as(w.users.staff).get(`/api/applications/${fresh.id}`).expect(200);
      expect(still.body).toMatchObject({ status: 'draft', title: fresh.title });
    });

    it('refuses a draft whose coordinator the applicant is not a member of', async () => {
      const res = await as(w.users.applicantOther)
        .post('/api/applications', {
          callId: w.call.id,
          title: 'Hijack',
          summary: 'Applying in the name of someone else',
          cluster: 'health',
          startDate: '2027-01-01',
          endDate: '2028-12-31',
          requestedCents: 1_000_000,
          partners: w.reviewApp.partners.map((p) => ({
            organisationId: p.organisationId,
            role: p.role,
            costs: p.costs,
          })),
        })
        .expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });
  });

  /** Path parameters filled from the world, by route and parameter name. */
  function fillPath(verb: string, template: string): string {
    const app = applicationFor(verb, template);
    const values: Record<string, string> = {
      expenseId: w.expenseId,
      claimId: w.claimId,
      code: w.indicatorCode,
      documentId: w.documentId,
      userId: w.users.applicantOwn.id,
      requestId: w.joinRequestId,
    };
    return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
      if (name === 'documentId' && template.includes('/final-report/')) return w.reportDocumentId;
      if (name === 'documentId' && template.includes('/expenses/')) return w.expenseDocumentId;
      if (name === 'documentId' && template.includes('/claims/')) return w.claimDocumentId;
      if (name !== 'id') return encodeURIComponent(values[name]);
      if (template.startsWith('/api/applications/')) return app.id;
      if (template.startsWith('/api/calls/')) return w.call.id;
      if (template.startsWith('/api/programmes/')) return w.call.programmeId;
      if (template.startsWith('/api/organisations/')) return w.ownOrg.id;
      if (template.startsWith('/api/users/')) return w.users.applicantOwn.id;
      if (template.startsWith('/api/assignments/')) return w.assignmentId;
      if (template.startsWith('/api/erdf-projects/')) return w.project.id;
      if (template.startsWith('/api/reports/erdf/')) return w.project.id;
      if (template.startsWith('/api/jobs/')) return randomUUID();
      if (template.startsWith('/api/notifications/')) return randomUUID();
      if (template.startsWith('/api/declared-aid/')) return w.declaredAidId;
      if (template.startsWith('/api/partner-invitations/')) return w.partnerInvitationId;
      throw new Error(`no value for {id} in ${template}: add one to fillPath`);
    });
  }

  /** Which application a route is tried on: the one whose state makes the check meaningful. */
  function applicationFor(verb: string, template: string): ApplicationView {
    const suffix = template.replace('/api/applications/{id}', '');
    if (/^\/(decision|payments|final-report|decision-letter)/.test(suffix)) return w.approvedApp;
    if (suffix === '/submit' || suffix === '/declared-aid' || (suffix === '' && verb === 'PATCH')) {
      return w.draftApp;
    }
    if (suffix === '/withdraw') return w.withdrawApp;
    return w.reviewApp;
  }

  function queryFor(template: string): Record<string, string> {
    if (template === '/api/organisations/lookup') return { enterpriseNumber: w.ownOrg.enterpriseNumber };
    return {};
  }

  /**
   * A body that gets past validation where the route checks the resource in its service (so that
   * applicantOther is refused for the right reason), and that cannot break the world the later rows
   * read: it hits a 409 (already decided, paid, assigned, declared) or changes only what it owns.
   */
  function bodyFor(op: string): object {
    switch (op) {
      case 'PATCH /api/applications/{id}':
        return { title: 'Renamed by the matrix' };
      case 'POST /api/applications/{id}/withdraw':
        return { reason: 'Authorization matrix' };
      case 'POST /api/applications/{id}/screening':
        return { outcome: 'admissible' };
      case 'POST /api/applications/{id}/assignments':
        return { evaluatorId: w.users.evaluatorAssigned.id };
      case 'POST /api/assignments/{id}/declaration':
        return { hasConflict: false };
      case 'PUT /api/assignments/{id}/review':
        return { scores: [], comment: 'Draft by the matrix' };
      case 'POST /api/applications/{id}/decision':
        return { outcome: 'approved', grantedCents: 1_000_000, motivation: 'Again' };
      case 'POST /api/applications/{id}/payments':
        return { kind: 'advance', payeeIban: TEST_PAYEE_IBAN };
      case 'POST /api/applications/{id}/declared-aid':
        return declaredAid(w.ownOrg.id);
      case 'POST /api/applications/{id}/final-report/accept':
        return { version: 1 };
      case 'POST /api/erdf-projects/{id}/claims/{claimId}/submit':
        return { submittedOn: '2017-10-02' };
      case 'POST /api/applications/{id}/final-report':
        return finalReport(w.ownOrg.id);
      case 'PATCH /api/organisations/{id}/members/{userId}':
        return { role: 'administrator' }; // already: nothing changes
      case 'POST /api/organisations/{id}/join-requests/{requestId}/decision':
        return { decision: 'refuse' };
      case 'POST /api/organisations/{id}/invitations':
        return { email: 'kandidaat@example.be' };
      case 'POST /api/partner-invitations/{id}/email':
        return { email: 'directie@partner.example.be' };
      default:
        return {};
    }
  }
});

function declaredAid(organisationId: string) {
  return {
    organisationId,
    grantor: 'Stad Leuven',
    grantedOn: '2025-06-02',
    amountCents: 500_000,
    onHonour: true,
  };
}

function finalReport(organisationId: string) {
  return {
    summary: 'Het prototype is gevalideerd.',
    costs: [{ organisationId, category: 'staff', description: 'Ingenieurs', amountCents: 15_000_000 }],
  };
}

function matches(expected: Expectation, method: Method, status: number): boolean {
  if (status >= 500) return false;
  switch (expected) {
    case 'unauth':
      return status === 401;
    case 'deny':
      return status === 403;
    case 'hidden':
      return status === 404;
    case 'allow':
      return method === 'get' ? status >= 200 && status < 300 : status !== 401 && status !== 403;
  }
}
