import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../../src/audit/audit.service.js';
import type { AuthUser } from '../../src/auth/auth.decorators.js';
import { AuthService } from '../../src/auth/auth.service.js';
import { enterpriseNumberFromBody } from '../../src/common/identifiers.js';
import type { CreateErdfProjectDto, ErdfProjectView } from '../../src/erdf/dto/erdf.dto.js';
import { ErdfService } from '../../src/erdf/erdf.service.js';
import type {
  CreateOrganisationDto,
  OrganisationView,
} from '../../src/organisations/dto/organisation.dto.js';
import { OrganisationsService } from '../../src/organisations/organisations.service.js';
import type { UserView } from '../../src/users/dto/user.dto.js';
import type { Role } from '../../src/users/user.entity.js';
import { UsersService } from '../../src/users/users.service.js';

export interface TestUser extends UserView {
  password: string;
  token: string;
  /** `Authorization` header value. */
  auth: string;
  actor: AuthUser;
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
    const token = this.get(AuthService).issueToken(user);
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

  /** An organisation; when `member` is an applicant, they become its member. */
  async newOrganisation(
    member?: TestUser,
    overrides: Partial<CreateOrganisationDto> = {},
  ): Promise<OrganisationView> {
    counter += 1;
    const actor = member?.actor ?? {
      id: randomUUIDLike(),
      email: 'system@test.example',
      role: 'staff' as const,
    };
    return this.get(OrganisationsService).create(actor, {
      name: `Test organisation ${counter}`,
      enterpriseNumber: uniqueEnterpriseNumber(),
      kind: 'sme',
      smeSize: overrides.kind && overrides.kind !== 'sme' ? undefined : 'small',
      address: { street: 'Provincieplein 1', postalCode: '3010', city: 'Leuven', country: 'BE' },
      ...overrides,
    });
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
}

function randomUUIDLike(): string {
  return globalThis.crypto.randomUUID();
}
