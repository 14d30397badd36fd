import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuthService } from '../../src/platform/identity/auth.service.js';
import { enterpriseNumberFromBody } from '../../src/kernel/identifiers.js';
import type { CreateErdfProjectDto, ErdfProjectView } from '../../src/domains/erdf/dto/erdf.dto.js';
import { ErdfService } from '../../src/domains/erdf/erdf.service.js';
import type {
  CreateOrganisationDto,
  OrganisationView,
} from '../../src/domains/organisations/dto/organisation.dto.js';
import { OrganisationsService } from '../../src/domains/organisations/organisations.service.js';
import type { UserView } from '../../src/platform/identity/dto/user.dto.js';
import { UsersService } from '../../src/platform/identity/users.service.js';
import { ApplicationsService } from '../../src/domains/applications/applications.service.js';
import { PartnerConsentService } from '../../src/domains/applications/partner-consent.service.js';
import type {
  ApplicationView,
  CreateApplicationDto,
  PartnerDto,
} from '../../src/domains/applications/dto/application.dto.js';
import { DecisionsService } from '../../src/domains/decisions/decisions.service.js';
import type { PaymentView } from '../../src/domains/payments/dto/payment.dto.js';
import { PaymentsService } from '../../src/domains/payments/payments.service.js';
import { Clock } from '../../src/kernel/clock.js';
import type {
  CallView,
  CreateCallDto,
  CreateProgrammeDto,
  ProgrammeView,
} from '../../src/domains/programmes/dto/programme.dto.js';
import { ProgrammesService } from '../../src/domains/programmes/programmes.service.js';
import type {
  AssignmentDetailView,
  AssignmentView,
  ReviewView,
} from '../../src/domains/reviews/dto/review.dto.js';
import { ReviewsService } from '../../src/domains/reviews/reviews.service.js';
import { type Actor, type Role, SYSTEM_ACTOR } from '../../src/kernel/actor.js';

/** A valid Belgian IBAN (the standard example) that payments in tests are made to. */
export const TEST_PAYEE_IBAN = 'BE68539007547034';

export interface TestUser extends UserView {
  password: string;
  token: string;
  /** `Authorization` header value. */
  auth: string;
  actor: Actor;
}

let counter = 0;

/** A valid, unique KBO number for tests (first digit 0 or 1, correct check digits). */
export function uniqueEnterpriseNumber(): string {
  const body = `${Math.random() < 0.5 ? 0 : 1}${(randomBytes(4).readUInt32BE() % 10_000_000).toString().padStart(7, '0')}`;
  return enterpriseNumberFromBody(body);
}

/** Builds test data through the real services, as in immich's medium-test factories. */
export class TestContext {
  constructor(private readonly app: INestApplication) {}

  get<T>(token: new (...args: never[]) => T): T {
    return this.app.get(token);
  }

  async newUser(
    role: Role,
    overrides: Partial<{ email: string; fullName: string; organisationId: string }> = {},
  ): Promise<TestUser> {
    counter += 1;
    const password = `pw-${randomBytes(8).toString('hex')}`;
    const user = await this.get(UsersService).create(SYSTEM_ACTOR, {
      email: overrides.email ?? `${role}-${counter}-${randomBytes(3).toString('hex')}@test.example`,
      fullName: overrides.fullName ?? `Test ${role} ${counter}`,
      password,
      role,
      organisationId: overrides.organisationId,
    });
    const token = await this.get(AuthService).issueToken(user);
    return {
      ...user,
      password,
      token,
      auth: `Bearer ${token}`,
      actor: { id: user.id, email: user.email, role: user.role },
    };
  }

  newApplicant(): Promise<TestUser> {
    return this.newUser('applicant');
  }

  newStaff(): Promise<TestUser> {
    return this.newUser('staff');
  }

  newAdmin(): Promise<TestUser> {
    return this.newUser('admin');
  }

  newEvaluator(organisationId?: string): Promise<TestUser> {
    return this.newUser('evaluator', { organisationId });
  }

  /**
   * An organisation; when `member` is an applicant, they become its administrator. Verified by staff
   * unless `options.verified` is false (an applicant's registration is `pending` until then).
   */
  async newOrganisation(
    member?: TestUser,
    overrides: Partial<CreateOrganisationDto> = {},
    options: { verified?: boolean } = {},
  ): Promise<OrganisationView> {
    counter += 1;
    const actor = member?.actor ?? {
      id: randomUUIDLike(),
      email: 'system@test.example',
      role: 'staff' as const,
    };
    const organisation = await this.get(OrganisationsService).create(actor, {
      name: `Test organisation ${counter}`,
      enterpriseNumber: uniqueEnterpriseNumber(),
      kind: 'sme',
      smeSize: overrides.kind && overrides.kind !== 'sme' ? undefined : 'small',
      address: { street: 'Provincieplein 1', postalCode: '3010', city: 'Leuven', country: 'BE' },
      ...overrides,
    });
    if (organisation.status === 'verified' || options.verified === false) return organisation;
    return this.get(OrganisationsService).verify((await this.factoryStaff()).actor, organisation.id);
  }

  /**
   * Every pending partner invitation of the application accepted by a member of the invited
   * organisation (a new applicant who joins it when it has no member yet), through the real services.
   */
  async acceptPartnerInvitations(applicationId: string): Promise<void> {
    const consent = this.get(PartnerConsentService);
    const staff = await this.factoryStaff();
    for (const invitation of await consent.list(staff.actor, applicationId)) {
      if (invitation.status === 'accepted') continue;
      const member = await this.memberOf(invitation.organisationId);
      await consent.answer(member, invitation.id, 'accepted');
    }
  }

  /**
   * The token in the link of the latest mail of `template` to `email` (mails are stored in
   * `mail_message` by the notification channel in the transaction that made the token).
   */
  async mailedToken(email: string, template: string): Promise<string> {
    const dataSource = this.app.get<DataSource>(getDataSourceToken());
    const rows = (await dataSource.query(
      `SELECT link FROM mail_message WHERE lower(to_address) = lower($1) AND template = $2
        ORDER BY created_at DESC LIMIT 1`,
      [email, template],
    )) as { link: string | null }[];
    const token = rows[0]?.link ? new URL(rows[0].link).searchParams.get('token') : null;
    if (!token) throw new Error(`no ${template} mail with a token to ${email}`);
    return token;
  }

  /** A member of the organisation: an existing one, or a new applicant whose join request staff approve. */
  async memberOf(organisationId: string): Promise<Actor> {
    const dataSource = this.app.get<DataSource>(getDataSourceToken());
    const rows = (await dataSource.query(
      `SELECT u.id, u.email FROM organisation_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id = $1 ORDER BY m.role, m.created_at LIMIT 1`,
      [organisationId],
    )) as { id: string; email: string }[];
    if (rows[0]) return { id: rows[0].id, email: rows[0].email, role: 'applicant' };
    // One applicant joins every such organisation: a new account per partner would hash a password each time.
    this.partnerMember ??= this.newApplicant();
    const applicant = await this.partnerMember;
    const organisations = this.get(OrganisationsService);
    const request = await organisations.requestJoin(applicant.actor, organisationId, {});
    await organisations.decideJoinRequest(
      (await this.factoryStaff()).actor,
      organisationId,
      request.id,
      'approve',
    );
    return applicant.actor;
  }

  /**
   * An ERDF project (2017-06-01 – 2019-05-31, ERDF 40 / province 40 / own 20) with a coordinator and
   * two partners, new organisations unless `partners` are given (the first partner coordinates).
   */
  async newErdfProject(
    staff: TestUser,
    overrides: Partial<CreateErdfProjectDto> = {},
  ): Promise<ErdfProjectView> {
    counter += 1;
    const partners =
      overrides.partners ??
      (await Promise.all(
        [10_000_000, 8_000_000, 6_000_000].map(async (budgetCents) => ({
          organisationId: (await this.newOrganisation(undefined, { kind: 'non_profit' })).id,
          budgetCents,
        })),
      ));
    return this.get(ErdfService).createProject(staff.actor, {
      projectNumber: `T${counter}-${randomBytes(3).toString('hex')}`,
      title: `Test ERDF project ${counter}`,
      startDate: '2017-06-01',
      endDate: '2019-05-31',
      coordinatorOrganisationId: partners[0].organisationId,
      partners,
      financing: { erdfRatePct: 40, provinceRatePct: 40, ownContributionRatePct: 20 },
      ...overrides,
    });
  }
  /** A programme with the default rules of the innovation subsidy and a unique code. */
  async newProgramme(overrides: Partial<CreateProgrammeDto> = {}): Promise<ProgrammeView> {
    counter += 1;
    return this.get(ProgrammesService).createProgramme(FACTORY_STAFF, {
      code: `T${randomBytes(3).toString('hex').toUpperCase()}`,
      name: `Test programme ${counter}`,
      aidBasis: 'de_minimis',
      ...overrides,
    });
  }

  /**
   * A call that is open now (30 days ago until the end of the day 30 days from now), in a new programme
   * unless given. Reviews may start while it is open (`reviewsDuringCall`), so that the factories
   * review and decide in it without moving the clock; a test of the default passes `false`.
   */
  async newCall(overrides: Partial<CreateCallDto> = {}): Promise<CallView> {
    const now = this.get(Clock).now().getTime();
    const day = 86_400_000;
    const programmeId = overrides.programmeId ?? (await this.newProgramme()).id;
    return this.get(ProgrammesService).createCall(FACTORY_STAFF, {
      title: `Test call ${counter}`,
      year: new Date(now).getUTCFullYear(),
      opensAt: new Date(now - 30 * day).toISOString(),
      closesAt: overrides.closesOn ? undefined : new Date(now + 30 * day).toISOString(),
      budgetCents: 60_000_000,
      minReviewsPerApplication: 2,
      reviewsDuringCall: true,
      criteria: [
        { key: 'innovation', label: 'Innovation', weight: 40, maxScore: 10, threshold: 5 },
        { key: 'impact', label: 'Impact on Flemish Brabant', weight: 30, maxScore: 10, threshold: 5 },
        { key: 'feasibility', label: 'Feasibility', weight: 30, maxScore: 10 },
      ],
      ...overrides,
      programmeId,
    });
  }

  /**
   * An eligible draft by `applicant`: their new SME coordinates, a new knowledge institution is the
   * partner; € 250.000 eligible costs (plus € 20.000 investment), € 100.000 requested. Pass `callId`
   * to use an existing call, `partners` to bring your own consortium.
   */
  async newApplication(
    applicant: TestUser,
    overrides: Partial<CreateApplicationDto> = {},
    { consent = true }: { consent?: boolean } = {},
  ): Promise<ApplicationView> {
    const callId = overrides.callId ?? (await this.newCall()).id;
    const partners =
      overrides.partners ??
      (await (async () => {
        const coordinator = await this.newOrganisation(applicant);
        const partner = await this.newOrganisation(undefined, { kind: 'knowledge_institution' });
        return [
          {
            organisationId: coordinator.id,
            role: 'coordinator' as const,
            costs: [
              { category: 'staff' as const, description: 'Engineers', amountCents: 12_000_000 },
              { category: 'operating' as const, description: 'Prototypes', amountCents: 3_000_000 },
            ],
          },
          {
            organisationId: partner.id,
            role: 'partner' as const,
            costs: [
              { category: 'staff' as const, description: 'Researchers', amountCents: 10_000_000 },
              { category: 'investment' as const, description: 'Lab equipment', amountCents: 2_000_000 },
            ],
          },
        ];
      })());
    const application = await this.get(ApplicationsService).create(applicant.actor, {
      title: `Test application ${++counter}`,
      summary: 'A collaboration project in Flemish Brabant',
      cluster: 'health',
      startDate: '2027-01-01',
      endDate: '2028-12-31',
      requestedCents: 10_000_000,
      ...overrides,
      callId,
      partners,
    });
    // The partners consent, as a ready draft needs (pass `consent: false` to keep their invitations pending).
    if (consent) await this.acceptPartnerInvitations(application.id);
    return application;
  }

  /** `newApplication`, submitted (its call must be open). */
  async submittedApplication(
    applicant: TestUser,
    overrides: Partial<CreateApplicationDto> = {},
  ): Promise<ApplicationView> {
    const draft = await this.newApplication(applicant, overrides);
    return this.get(ApplicationsService).submit(applicant.actor, draft.id);
  }

  /** `submittedApplication`, screened as admissible by staff: ready for review. */
  async admissibleApplication(
    applicant: TestUser,
    overrides: Partial<CreateApplicationDto> = {},
  ): Promise<ApplicationView> {
    const submitted = await this.submittedApplication(applicant, overrides);
    return this.get(ApplicationsService).screen(FACTORY_STAFF, submitted.id, { outcome: 'admissible' });
  }

  /**
   * `admissibleApplication`, moved to `under_review` directly through the real state machine, without
   * reviews: a quick way to an application ready for a decision (see `reviewedApplication` for the real
   * evaluation).
   */
  async underReviewApplication(
    applicant: TestUser,
    overrides: Partial<CreateApplicationDto> = {},
  ): Promise<ApplicationView> {
    const admissible = await this.admissibleApplication(applicant, overrides);
    const applications = this.get(ApplicationsService);
    const dataSource = this.app.get<DataSource>(getDataSourceToken());
    await dataSource.transaction((manager) =>
      applications.transition(manager, admissible.id, 'under_review', FACTORY_STAFF),
    );
    return { ...admissible, status: 'under_review' };
  }

  private staff?: Promise<TestUser>;
  private partnerMember?: Promise<TestUser>;

  /**
   * A real staff account for the factories that need one: assignments and decisions reference the
   * user who made them.
   */
  private factoryStaff(): Promise<TestUser> {
    this.staff ??= this.newStaff();
    return this.staff;
  }

  /**
   * Assigns `evaluator` (default: a new evaluator without organisation) to an admissible application,
   * as `staff` (default: a staff account of the factories).
   */
  async assignEvaluator(
    applicationId: string,
    evaluator?: TestUser,
    staff?: TestUser,
  ): Promise<{ assignment: AssignmentView; evaluator: TestUser }> {
    const who = evaluator ?? (await this.newEvaluator());
    const by = staff ?? (await this.factoryStaff());
    const assignment = await this.get(ReviewsService).assign(by.actor, applicationId, {
      evaluatorId: who.id,
    });
    return { assignment, evaluator: who };
  }

  /** The evaluator declares no conflict of interest: the application's content opens to them. */
  declareNoConflict(evaluator: TestUser, assignmentId: string): Promise<AssignmentDetailView> {
    return this.get(ReviewsService).declare(evaluator.actor, assignmentId, { hasConflict: false });
  }

  /**
   * Submits the evaluator's review (after `declareNoConflict`): every criterion of the call gets
   * `scores` — one number for all (default 7), or one per criterion key — and a comment.
   */
  async submitReview(
    evaluator: TestUser,
    assignmentId: string,
    scores: number | Record<string, number> = 7,
  ): Promise<ReviewView> {
    const service = this.get(ReviewsService);
    const { criteria } = await service.getAssignment(evaluator.actor, assignmentId);
    return service.saveReview(evaluator.actor, assignmentId, {
      scores: criteria.map((c) => ({
        criterion: c.key,
        score: typeof scores === 'number' ? Math.min(scores, c.maxScore) : scores[c.key],
        comment: `Assessment of ${c.label}`,
      })),
      comment: 'Overall assessment',
      submit: true,
    });
  }

  /**
   * An application brought to `under_review`, ready for a decision: `admissibleApplication`, then as
   * many new evaluators as the call's `minReviewsPerApplication` assigned, declared and submitted.
   * `scores[i]` is evaluator i's score (see `submitReview`; default 7 everywhere, which meets the
   * thresholds of the factory call).
   */
  async reviewedApplication(
    applicant: TestUser,
    overrides: Partial<CreateApplicationDto> = {},
    scores: (number | Record<string, number>)[] = [],
  ): Promise<ApplicationView> {
    const application = await this.admissibleApplication(applicant, overrides);
    const call = await this.get(ProgrammesService).getCall(application.callId);
    for (let i = 0; i < call.minReviewsPerApplication; i++) {
      const { assignment, evaluator } = await this.assignEvaluator(application.id);
      await this.declareNoConflict(evaluator, assignment.id);
      await this.submitReview(evaluator, assignment.id, scores[i] ?? 7);
    }
    return this.get(ApplicationsService).get(applicant.actor, application.id);
  }

  /**
   * `application`'s consortium as a `partners` override: the next applications reuse its
   * organisations and costs instead of making new ones.
   */
  sameConsortium(application: ApplicationView): PartnerDto[] {
    return application.partners.map((p) => ({
      organisationId: p.organisationId,
      role: p.role,
      costs: p.costs.map((c) => ({
        category: c.category,
        description: c.description,
        amountCents: c.amountCents,
      })),
    }));
  }

  /**
   * `count` applications under review in `callId`, all by one consortium (the first one's): the
   * quickest way to many applications ready for a decision.
   */
  async underReviewApplications(
    applicant: TestUser,
    callId: string,
    count: number,
  ): Promise<ApplicationView[]> {
    const first = await this.underReviewApplication(applicant, { callId });
    const partners = this.sameConsortium(first);
    const apps = [first];
    while (apps.length < count) apps.push(await this.underReviewApplication(applicant, { callId, partners }));
    return apps;
  }

  /**
   * Approves an application under review for `grantedCents`, as `staff` (default: the factories'
   * staff account); the grant is committed on its call's budget.
   */
  async approve(applicationId: string, grantedCents: number, staff?: TestUser): Promise<void> {
    const by = staff ?? (await this.factoryStaff());
    await this.get(DecisionsService).decide(by.actor, applicationId, {
      outcome: 'approved',
      grantedCents,
      motivation: 'Goedgekeurd',
    });
  }

  /** `underReviewApplication`, approved for `grantedCents` (see `approve`). */
  async approvedApplication(
    applicant: TestUser,
    grantedCents: number,
    overrides: Partial<CreateApplicationDto> = {},
    staff?: TestUser,
  ): Promise<ApplicationView> {
    const application = await this.underReviewApplication(applicant, overrides);
    await this.approve(application.id, grantedCents, staff);
    // The coordinator accepts the grant, as the letter asks: payments need it.
    await this.get(DecisionsService).accept(applicant.actor, application.id);
    return { ...application, status: 'approved' };
  }

  /**
   * Pays the advance of an approved application: by default the programme's percentage of the grant,
   * or `amountCents`; as `staff` (default: the factories' staff account).
   */
  async paidAdvance(applicationId: string, amountCents?: number, staff?: TestUser): Promise<PaymentView> {
    const by = staff ?? (await this.factoryStaff());
    return this.get(PaymentsService).pay(by.actor, applicationId, {
      kind: 'advance',
      amountCents,
      payeeIban: TEST_PAYEE_IBAN,
    });
  }

  /**
   * Moves the clock past the end of the factories' projects (2028-12-31): the final report is accepted
   * and the balance paid only once the project has ended. Returns the function that moves it back.
   */
  afterProjectEnd(at = '2029-01-15T10:00:00Z'): () => void {
    const clock = this.get(Clock);
    clock.travelTo(new Date(at));
    return () => clock.reset();
  }

  /** The application's status as stored (without the access rules of the API). */
  async applicationStatus(applicationId: string): Promise<string> {
    const dataSource = this.app.get<DataSource>(getDataSourceToken());
    const rows = (await dataSource.query('SELECT status FROM application WHERE id = $1', [
      applicationId,
    ])) as {
      status: string;
    }[];
    return rows[0].status;
  }
}

/** The staff member factories act as (audited as such; not a real account). */
const FACTORY_STAFF: Actor = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'factory-staff@test.example',
  role: 'staff',
};

function randomUUIDLike(): string {
  return globalThis.crypto.randomUUID();
}

/** De minimis aid from another grantor, registered through the real service (default: EUR 10,000 today). */
export async function newDeMinimisAid(
  ctx: TestContext,
  staff: TestUser,
  organisationId: string,
  overrides: Partial<import('../../src/domains/state-aid/dto/de-minimis.dto.js').RegisterExternalAidDto> = {},
): Promise<import('../../src/domains/state-aid/dto/de-minimis.dto.js').RegisteredAidView> {
  const { DeMinimisService } = await import('../../src/domains/state-aid/de-minimis.service.js');
  const { Clock } = await import('../../src/kernel/clock.js');
  return ctx.get(DeMinimisService).registerExternalAid(staff.actor, organisationId, {
    grantor: 'VLAIO',
    grantedOn: ctx.get(Clock).today(),
    amountCents: 1_000_000,
    ...overrides,
  });
}

/** A small, valid one-page PDF whose text is `label` (for document uploads). */
export function samplePdf(label = 'Demo document'): Buffer {
  const text = label.replace(/[()\\]/g, '');
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

type UploadedDocument = {
  kind: string;
  title?: string;
  content?: Buffer;
  fileName?: string;
  organisationId?: string;
};

/** Attaches a document to an application through the real upload route; returns the response. */
export function uploadApplicationDocument(
  http: { post(url: string): import('supertest').Test },
  user: TestUser,
  applicationId: string,
  document: UploadedDocument,
) {
  return uploadDocument(http, user, `/api/applications/${applicationId}/documents`, document);
}

/** supertest: collect a binary body (a download) as a Buffer whatever its type. */
export function binaryBody(
  res: import('superagent').Response,
  cb: (err: Error | null, body: unknown) => void,
): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
}

/** Posts one document as multipart/form-data to a `…/documents` route; returns the request. */
export function uploadDocument(
  http: { post(url: string): import('supertest').Test },
  user: TestUser,
  path: string,
  document: UploadedDocument,
) {
  let req = http
    .post(path)
    .set('Authorization', user.auth)
    .field('kind', document.kind)
    .field('title', document.title ?? `Annex ${document.kind}`);
  if (document.organisationId) req = req.field('organisationId', document.organisationId);
  return req.attach('file', document.content ?? samplePdf(document.title), document.fileName ?? 'annex.pdf');
}
