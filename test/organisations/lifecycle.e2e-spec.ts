/**
 * Who acts for which organisation (issue #15): verification, join requests, teams, partner consent,
 * the de minimis guard and conflicts of interest checked again after assignment.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { type TestUser, uniqueEnterpriseNumber } from '../utils/factories.js';

describe('organisation lifecycle', () => {
  let t: TestApp;
  let staff: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.ctx.newStaff();
  });
  afterAll(() => t.close());

  const register = (user: TestUser, enterpriseNumber: string, kind = 'sme') =>
    t.http
      .post('/api/organisations')
      .set('Authorization', user.auth)
      .send({
        name: 'Brabant Sensors',
        enterpriseNumber,
        kind,
        ...(kind === 'sme' ? { smeSize: 'small' } : {}),
      });

  const partnersOf = (coordinatorId: string, partnerId: string) => [
    {
      organisationId: coordinatorId,
      role: 'coordinator',
      costs: [{ category: 'staff', description: 'Engineers', amountCents: 15_000_000 }],
    },
    {
      organisationId: partnerId,
      role: 'partner',
      costs: [{ category: 'staff', description: 'Researchers', amountCents: 10_000_000 }],
    },
  ];

  const draft = async (applicant: TestUser, partners: unknown) => {
    const call = await t.ctx.newCall();
    const res = await t.http
      .post('/api/applications')
      .set('Authorization', applicant.auth)
      .send({
        callId: call.id,
        title: 'Sensoren voor zorg',
        summary: 'Samenwerking in Vlaams-Brabant',
        cluster: 'health',
        startDate: '2027-01-01',
        endDate: '2028-12-31',
        requestedCents: 10_000_000,
        partners,
      })
      .expect(201);
    return res.body as { id: string };
  };

  const submit = (applicant: TestUser, id: string) =>
    t.http.post(`/api/applications/${id}/submit`).set('Authorization', applicant.auth);

  const invitations = async (user: TestUser, applicationId: string) =>
    (
      await t.http
        .get(`/api/applications/${applicationId}/partner-invitations`)
        .set('Authorization', user.auth)
        .expect(200)
    ).body as { id: string; organisationId: string; status: string }[];

  describe('registration and verification', () => {
    it('gives a second registrant of an existing enterprise number a join request, not ownership', async () => {
      const [first, second] = await Promise.all([t.ctx.newApplicant(), t.ctx.newApplicant()]);
      const number = uniqueEnterpriseNumber();
      const created = await register(first, number).expect(201);
      expect(created.body).toMatchObject({ status: 'pending', enterpriseNumber: number });

      const again = await register(second, number, 'knowledge_institution').expect(409);
      expect(again.body.code).toBe('ALREADY_EXISTS');
      expect(again.body.message).toMatch(/exists; ask to join/);
      const joinRequestId = again.body.details[1].joinRequestId as string;

      // Not a member: the organisation stays hidden, its facts unchanged, nothing to act for.
      await t.http.get(`/api/organisations/${created.body.id}`).set('Authorization', second.auth).expect(404);
      await t.http
        .patch(`/api/organisations/${created.body.id}`)
        .set('Authorization', second.auth)
        .send({ kind: 'knowledge_institution' })
        .expect(404);

      // The administrator sees the request and approves it: the second registrant becomes a member.
      const pending = await t.http
        .get(`/api/organisations/${created.body.id}/join-requests?status=pending`)
        .set('Authorization', first.auth)
        .expect(200);
      expect(pending.body).toEqual([expect.objectContaining({ id: joinRequestId, userId: second.id })]);
      await t.http
        .post(`/api/organisations/${created.body.id}/join-requests/${joinRequestId}/decision`)
        .set('Authorization', first.auth)
        .send({ decision: 'approve' })
        .expect(200);
      const members = await t.http
        .get(`/api/organisations/${created.body.id}/members`)
        .set('Authorization', second.auth)
        .expect(200);
      expect(members.body.map((m: { userId: string; role: string }) => [m.userId, m.role]).sort()).toEqual(
        [
          [first.id, 'administrator'],
          [second.id, 'member'],
        ].sort(),
      );
      // A member is not an administrator: no changes to the team or the facts.
      await t.http
        .patch(`/api/organisations/${created.body.id}`)
        .set('Authorization', second.auth)
        .send({ kind: 'knowledge_institution' })
        .expect(403);
      await t.http
        .delete(`/api/organisations/${created.body.id}/members/${first.id}`)
        .set('Authorization', second.auth)
        .expect(403);
    });

    it('lets administrators change the facts before verification and only staff after, audited', async () => {
      const admin = await t.ctx.newApplicant();
      const org = (await register(admin, uniqueEnterpriseNumber()).expect(201)).body as { id: string };
      await t.http
        .patch(`/api/organisations/${org.id}`)
        .set('Authorization', admin.auth)
        .send({ smeSize: 'micro', iban: 'BE68 5390 0754 7034' })
        .expect(200);
      const queue = await t.http
        .get('/api/organisations?status=pending&limit=100')
        .set('Authorization', staff.auth)
        .expect(200);
      expect(queue.body.items.map((o: { id: string }) => o.id)).toContain(org.id);
      await t.http.post(`/api/organisations/${org.id}/verify`).set('Authorization', admin.auth).expect(403);
      const verified = await t.http
        .post(`/api/organisations/${org.id}/verify`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(verified.body).toMatchObject({ status: 'verified', smeSize: 'micro', iban: 'BE68539007547034' });
      const refused = await t.http
        .patch(`/api/organisations/${org.id}`)
        .set('Authorization', admin.auth)
        .send({ kind: 'knowledge_institution' })
        .expect(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      await t.http
        .patch(`/api/organisations/${org.id}`)
        .set('Authorization', staff.auth)
        .send({ kind: 'large_enterprise' })
        .expect(200);
      const audit = await t.http
        .get(`/api/audit?entity=organisation&entityId=${org.id}`)
        .set('Authorization', staff.auth)
        .expect(200);
      const updates = audit.body.items.filter((e: { action: string }) => e.action === 'organisation.updated');
      expect(updates.map((e: { data: { changes: object } }) => e.data.changes)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ smeSize: { from: 'small', to: 'micro' } }),
          expect.objectContaining({ kind: { from: 'sme', to: 'large_enterprise' } }),
        ]),
      );
      expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('organisation.verified');
    });

    it('keeps at least one administrator, and lets the role be handed over', async () => {
      const [admin, colleague] = await Promise.all([t.ctx.newApplicant(), t.ctx.newApplicant()]);
      const org = await t.ctx.newOrganisation(admin);
      const request = await t.http
        .post(`/api/organisations/${org.id}/join-requests`)
        .set('Authorization', colleague.auth)
        .send({ message: 'Ik werk hier sinds maart' })
        .expect(201);
      await t.http
        .post(`/api/organisations/${org.id}/join-requests/${request.body.id}/decision`)
        .set('Authorization', staff.auth)
        .send({ decision: 'approve' })
        .expect(200);
      const last = await t.http
        .patch(`/api/organisations/${org.id}/members/${admin.id}`)
        .set('Authorization', admin.auth)
        .send({ role: 'member' })
        .expect(409);
      expect(last.body.message).toMatch(/at least one administrator/);
      await t.http
        .patch(`/api/organisations/${org.id}/members/${colleague.id}`)
        .set('Authorization', admin.auth)
        .send({ role: 'administrator' })
        .expect(200);
      await t.http
        .delete(`/api/organisations/${org.id}/members/${admin.id}`)
        .set('Authorization', admin.auth)
        .expect(204);
      await t.http.get(`/api/organisations/${org.id}`).set('Authorization', admin.auth).expect(404);
    });

    it('lets an unverified organisation draft but not submit', async () => {
      const applicant = await t.ctx.newApplicant();
      const coordinator = (await register(applicant, uniqueEnterpriseNumber()).expect(201)).body as {
        id: string;
      };
      const partner = await t.ctx.newOrganisation(applicant, { kind: 'knowledge_institution' });
      const application = await draft(applicant, partnersOf(coordinator.id, partner.id));
      const refused = await submit(applicant, application.id).expect(422);
      expect(refused.body.code).toBe('ELIGIBILITY_FAILED');
      expect(refused.body.details).toEqual([expect.objectContaining({ rule: 'organisation_verified' })]);

      await t.http
        .post(`/api/organisations/${coordinator.id}/verify`)
        .set('Authorization', staff.auth)
        .expect(200);
      await submit(applicant, application.id).expect(200);
    });
  });

  describe('team invitations', () => {
    it('lists the open invitations to the administrators: address, role and expiry', async () => {
      const admin = await t.ctx.newApplicant();
      const org = await t.ctx.newOrganisation(admin);
      const invite = async (email: string, role = 'member') =>
        (
          await t.http
            .post(`/api/organisations/${org.id}/invitations`)
            .set('Authorization', admin.auth)
            .send({ email, role })
            .expect(201)
        ).body as { id: string };
      const stamp = Date.now();
      const open = await invite(`open-${stamp}@team.example`, 'administrator');
      const accepted = await invite(`accepted-${stamp}@team.example`);
      const expired = await invite(`expired-${stamp}@team.example`);
      const colleague = await t.ctx.newUser('applicant', { email: `accepted-${stamp}@team.example` });
      await t.http
        .post('/api/organisation-invitations/accept')
        .set('Authorization', colleague.auth)
        .send({ token: await t.ctx.mailedToken(colleague.email, 'organisation-invitation') })
        .expect(200);
      await t.dataSource.query(
        `UPDATE organisation_invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`,
        [expired.id],
      );

      const list = await t.http
        .get(`/api/organisations/${org.id}/invitations`)
        .set('Authorization', admin.auth)
        .expect(200);
      expect(list.body).toEqual([
        {
          id: open.id,
          organisationId: org.id,
          email: `open-${stamp}@team.example`,
          role: 'administrator',
          expiresAt: expect.any(String),
          acceptedAt: null,
        },
      ]);
      expect(new Date(list.body[0].expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
      expect(accepted.id).not.toBe(open.id);

      // The colleague who joined as a member is no administrator: 403; an outsider: 404; staff see them.
      await t.http
        .get(`/api/organisations/${org.id}/invitations`)
        .set('Authorization', colleague.auth)
        .expect(403);
      const outsider = await t.ctx.newApplicant();
      await t.http
        .get(`/api/organisations/${org.id}/invitations`)
        .set('Authorization', outsider.auth)
        .expect(404);
      await t.http
        .get(`/api/organisations/${org.id}/invitations`)
        .set('Authorization', staff.auth)
        .expect(200);
    });
  });

  describe('partner consent', () => {
    it('keeps an application naming a stranger from submission until that organisation accepts', async () => {
      const [applicant, strangerMember] = await Promise.all([t.ctx.newApplicant(), t.ctx.newApplicant()]);
      const own = await t.ctx.newOrganisation(applicant);
      const stranger = await t.ctx.newOrganisation(strangerMember, { kind: 'knowledge_institution' });
      const application = await draft(applicant, partnersOf(own.id, stranger.id));

      const [invitation] = await invitations(applicant, application.id);
      expect(invitation).toMatchObject({ organisationId: stranger.id, status: 'pending' });
      const refused = await submit(applicant, application.id).expect(422);
      expect(refused.body.details).toEqual([expect.objectContaining({ rule: 'partner_consent' })]);

      // The coordinator cannot answer for the partner; the partner's member can.
      await t.http
        .post(`/api/partner-invitations/${invitation.id}/accept`)
        .set('Authorization', applicant.auth)
        .expect(403);
      const outsider = await t.ctx.newApplicant();
      await t.http
        .post(`/api/partner-invitations/${invitation.id}/accept`)
        .set('Authorization', outsider.auth)
        .expect(404);
      await t.http
        .post(`/api/partner-invitations/${invitation.id}/accept`)
        .set('Authorization', strangerMember.auth)
        .expect(200);
      await submit(applicant, application.id).expect(200);
    });

    it('keeps a declined or withdrawn partner from submission', async () => {
      const [applicant, partnerMember] = await Promise.all([t.ctx.newApplicant(), t.ctx.newApplicant()]);
      const own = await t.ctx.newOrganisation(applicant);
      const partner = await t.ctx.newOrganisation(partnerMember, { kind: 'knowledge_institution' });
      const application = await draft(applicant, partnersOf(own.id, partner.id));
      const [invitation] = await invitations(partnerMember, application.id);

      await t.http
        .post(`/api/partner-invitations/${invitation.id}/decline`)
        .set('Authorization', partnerMember.auth)
        .expect(200);
      const declined = await submit(applicant, application.id).expect(422);
      expect(declined.body.details[0].message).toMatch(/declined/);

      await t.http
        .post(`/api/partner-invitations/${invitation.id}/accept`)
        .set('Authorization', partnerMember.auth)
        .expect(200);
      await t.http
        .post(`/api/partner-invitations/${invitation.id}/withdraw`)
        .set('Authorization', partnerMember.auth)
        .expect(200);
      const withdrawn = await submit(applicant, application.id).expect(422);
      expect(withdrawn.body.details[0].message).toMatch(/withdrawn/);
    });

    it('takes the consent of an organisation without members through the address the coordinator gives', async () => {
      const applicant = await t.ctx.newApplicant();
      const own = await t.ctx.newOrganisation(applicant);
      const lonely = await t.ctx.newOrganisation(undefined, { kind: 'non_profit' });
      const application = await draft(applicant, partnersOf(own.id, lonely.id));
      const [invitation] = await invitations(applicant, application.id);
      const mailed = await t.http
        .post(`/api/partner-invitations/${invitation.id}/email`)
        .set('Authorization', applicant.auth)
        .send({ email: 'Directie@Lonely.example' })
        .expect(200);
      expect(mailed.body).toMatchObject({ email: 'directie@lonely.example', status: 'pending' });
      // The link of the mail, accepted by the person at that address, signed in with it.
      const token = await t.ctx.mailedToken('directie@lonely.example', 'partner-invitation-address');
      const wrongPerson = await t.ctx.newApplicant();
      await t.http
        .post('/api/partner-invitations/accept-token')
        .set('Authorization', wrongPerson.auth)
        .send({ token })
        .expect(403);
      const director = await t.ctx.newUser('applicant', { email: 'directie@lonely.example' });
      await t.http
        .post('/api/partner-invitations/accept-token')
        .set('Authorization', director.auth)
        .send({ token })
        .expect(200);
      await submit(applicant, application.id).expect(200);
    });

    it('takes a refusal by the mail link, tells the coordinator, and refuses a used or expired link', async () => {
      const applicant = await t.ctx.newApplicant();
      const own = await t.ctx.newOrganisation(applicant);
      const lonely = await t.ctx.newOrganisation(undefined, { kind: 'non_profit' });
      const application = await draft(applicant, partnersOf(own.id, lonely.id));
      const [invitation] = await invitations(applicant, application.id);
      const address = `weigering-${Date.now()}@lonely.example`;
      await t.http
        .post(`/api/partner-invitations/${invitation.id}/email`)
        .set('Authorization', applicant.auth)
        .send({ email: address })
        .expect(200);
      const token = await t.ctx.mailedToken(address, 'partner-invitation-address');
      const wrongPerson = await t.ctx.newApplicant();
      await t.http
        .post('/api/partner-invitations/decline-token')
        .set('Authorization', wrongPerson.auth)
        .send({ token })
        .expect(403);
      const director = await t.ctx.newUser('applicant', { email: address });
      const declined = await t.http
        .post('/api/partner-invitations/decline-token')
        .set('Authorization', director.auth)
        .send({ token })
        .expect(200);
      expect(declined.body).toMatchObject({ id: invitation.id, status: 'declined' });
      const refused = await submit(applicant, application.id).expect(422);
      expect(refused.body.details[0].message).toMatch(/declined/);

      // The coordinator's members are told, as for an answer in the application; the refusal is audited.
      const told = (await t.dataSource.query(
        `SELECT link FROM mail_message WHERE lower(to_address) = lower($1) AND template = 'partner-answer'`,
        [applicant.email],
      )) as { link: string }[];
      expect(told).toEqual([
        { link: expect.stringMatching(new RegExp(`/applications/${application.id}/partners$`)) },
      ]);
      const audit = await t.http
        .get(`/api/audit?entity=application&entityId=${application.id}`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(audit.body.items).toContainEqual(
        expect.objectContaining({
          action: 'application.partner_declined',
          actor: { id: director.id, role: 'applicant' },
        }),
      );

      // Used: the invitation is answered already. Expired or unknown: the link is not valid.
      const again = await t.http
        .post('/api/partner-invitations/decline-token')
        .set('Authorization', director.auth)
        .send({ token })
        .expect(409);
      expect(again.body.code).toBe('INVALID_TRANSITION');
      await t.dataSource.query(
        `UPDATE partner_invitation SET expires_at = now() - interval '1 day' WHERE id = $1`,
        [invitation.id],
      );
      const expired = await t.http
        .post('/api/partner-invitations/decline-token')
        .set('Authorization', director.auth)
        .send({ token })
        .expect(400);
      expect(expired.body.code).toBe('VALIDATION_FAILED');
      const unknown = await t.http
        .post('/api/partner-invitations/decline-token')
        .set('Authorization', director.auth)
        .send({ token: 'x'.repeat(43) })
        .expect(400);
      expect(unknown.body.code).toBe('VALIDATION_FAILED');
    });

    it('records no de minimis aid for a partner without consent on file', async () => {
      const applicant = await t.ctx.newApplicant();
      const own = await t.ctx.newOrganisation(applicant);
      const sme = await t.ctx.newOrganisation(undefined, { kind: 'sme' });
      const application = await t.ctx.underReviewApplication(applicant, {
        partners: partnersOf(own.id, sme.id) as never,
      });
      const partner = application.partners.find((p) => p.role === 'partner')!;
      // An application from before consent existed: its partner never answered.
      await t.dataSource.query(
        `UPDATE partner_invitation SET status = 'pending', answered_by = NULL WHERE application_id = $1`,
        [application.id],
      );
      const refused = await t.http
        .post(`/api/applications/${application.id}/decision`)
        .set('Authorization', staff.auth)
        .send({ outcome: 'approved', grantedCents: 10_000_000, motivation: 'Goedgekeurd' })
        .expect(422);
      expect(refused.body.details).toEqual([expect.objectContaining({ rule: 'partner_consent' })]);
      const aid = (await t.dataSource.query(`SELECT 1 FROM de_minimis_aid WHERE application_id = $1`, [
        application.id,
      ])) as unknown[];
      expect(aid).toHaveLength(0);
      expect(await t.ctx.applicationStatus(application.id)).toBe('under_review');

      // With the partner's consent the same decision records the aid of both.
      await t.ctx.acceptPartnerInvitations(application.id);
      await t.http
        .post(`/api/applications/${application.id}/decision`)
        .set('Authorization', staff.auth)
        .send({ outcome: 'approved', grantedCents: 10_000_000, motivation: 'Goedgekeurd' })
        .expect(201);
      const recorded = (await t.dataSource.query(
        `SELECT organisation_id FROM de_minimis_aid WHERE application_id = $1`,
        [application.id],
      )) as { organisation_id: string }[];
      expect(recorded.map((r) => r.organisation_id).sort()).toEqual([own.id, partner.organisationId].sort());
    });
  });

  describe('conflicts of interest checked again', () => {
    it('refuses "no conflict" from an evaluator whose employer was linked to a partner after assignment', async () => {
      const applicant = await t.ctx.newApplicant();
      const application = await t.ctx.admissibleApplication(applicant);
      const employer = await t.ctx.newOrganisation(undefined, { kind: 'large_enterprise' });
      const evaluator = await t.ctx.newEvaluator(employer.id);
      const { assignment } = await t.ctx.assignEvaluator(application.id, evaluator, staff);

      // After the assignment, the employer turns out to own the coordinator.
      const coordinator = application.partners.find((p) => p.role === 'coordinator')!;
      await t.http
        .post(`/api/organisations/${employer.id}/links`)
        .set('Authorization', staff.auth)
        .send({ linkedOrganisationId: coordinator.organisationId, relation: 'subsidiary' })
        .expect(201);

      const refused = await t.http
        .post(`/api/assignments/${assignment.id}/declaration`)
        .set('Authorization', evaluator.auth)
        .send({ hasConflict: false })
        .expect(422);
      expect(refused.body.code).toBe('CONFLICT_OF_INTEREST');
      const after = await t.http
        .get(`/api/assignments/${assignment.id}`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(after.body.status).toBe('recused');
      await t.http
        .get(`/api/assignments/${assignment.id}/application`)
        .set('Authorization', evaluator.auth)
        .expect(403);
    });

    it('refuses a review submission after the evaluator joined a partner organisation', async () => {
      const applicant = await t.ctx.newApplicant();
      const application = await t.ctx.admissibleApplication(applicant);
      const evaluator = await t.ctx.newEvaluator();
      const { assignment } = await t.ctx.assignEvaluator(application.id, evaluator, staff);
      await t.ctx.declareNoConflict(evaluator, assignment.id);
      const partner = application.partners.find((p) => p.role === 'partner')!;
      const dataSource = t.dataSource;
      // A membership added after the declaration (e.g. the evaluator's account was invited to the team).
      await dataSource.query(
        `INSERT INTO organisation_member (organisation_id, user_id, role) VALUES ($1, $2, 'member')`,
        [partner.organisationId, evaluator.id],
      );
      await expect(t.ctx.submitReview(evaluator, assignment.id)).rejects.toMatchObject({
        code: 'CONFLICT_OF_INTEREST',
      });
      const after = await t.http
        .get(`/api/assignments/${assignment.id}`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(after.body.status).toBe('recused');
    });
  });
});
