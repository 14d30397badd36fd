import { APP_CONFIG, type AppConfig } from '../kernel/config/config.js';
import { enterpriseNumberFromBody } from '../kernel/identifiers.js';
import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { formatEnterpriseNumber } from '../kernel/identifiers.js';
import type {
  CreateOrganisationDto,
  OrganisationView,
} from '../domains/organisations/dto/organisation.dto.js';
import { Organisation } from '../domains/organisations/organisation.entity.js';
import { OrganisationsService, toOrganisationView } from '../domains/organisations/organisations.service.js';
import { User } from '../platform/identity/user.entity.js';
import { UsersService, toUserView } from '../platform/identity/users.service.js';
import type { UserView } from '../platform/identity/dto/user.dto.js';
import { type Actor, type Role, SYSTEM_ACTOR } from '../kernel/actor.js';

/**
 * The enterprise number of demo organisation `n` (1–9999): `0100.00n.nxx`, a recognisably fictitious
 * number with valid check digits (documented in docs/api.md, "Demo data"). Real enterprise numbers are
 * never used for demo organisations; only the province, the grantor, has its own (configured) number.
 */
export function demoEnterpriseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError('A demo organisation number is 1–9999');
  return enterpriseNumberFromBody(`0100${String(n).padStart(4, '0')}`);
}

/** The demo password of every seeded account (documented in the README). */
export const DEMO_PASSWORD = 'demo-password-2026';

/**
 * Helpers for idempotent seed steps: each `ensure*` finds the record by its natural key and
 * creates it through the real service (validated, audited) only when it is missing.
 */
export class SeedContext {
  readonly dataSource: DataSource;
  private readonly log: string[] = [];

  constructor(readonly app: INestApplicationContext) {
    this.dataSource = app.get<DataSource>(getDataSourceToken());
  }

  get<T>(token: new (...args: never[]) => T): T {
    return this.app.get(token);
  }

  /** The app's configuration (the province's enterprise number, …). */
  get config(): AppConfig {
    return this.app.get<AppConfig>(APP_CONFIG);
  }

  note(line: string): void {
    this.log.push(line);
  }

  summary(): string[] {
    return this.log;
  }

  async ensureUser(input: {
    email: string;
    fullName: string;
    role: Role;
    organisationId?: string;
  }): Promise<UserView & { actor: Actor }> {
    const existing = await this.dataSource.getRepository(User).findOneBy({ email: input.email });
    const user = existing
      ? toUserView(existing)
      : await this.get(UsersService).create(SYSTEM_ACTOR, { ...input, password: DEMO_PASSWORD });
    return { ...user, actor: { id: user.id, email: user.email, role: user.role } };
  }

  async ensureOrganisation(member: Actor, dto: CreateOrganisationDto): Promise<OrganisationView> {
    const enterpriseNumber = formatEnterpriseNumber(dto.enterpriseNumber);
    const existing = await this.dataSource.getRepository(Organisation).findOneBy({ enterpriseNumber });
    if (existing) return toOrganisationView(existing);
    return this.get(OrganisationsService).create(member, dto);
  }
}
