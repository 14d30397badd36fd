import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { DomainError } from '../../kernel/errors.js';
import type { LoginResponse, UserView } from './dto/user.dto.js';
import { toUserView, UsersService } from './users.service.js';
import { decoyHash, verifyPassword } from './password.js';
import { SYSTEM_ACTOR } from '../../kernel/actor.js';

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(input: { email: string; password: string; fullName: string }): Promise<UserView> {
    return this.users.create('self', { ...input, role: 'applicant' });
  }

  async login(email: string, password: string): Promise<LoginResponse> {
    const user = await this.users.findWithPasswordByEmail(email);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !ok) throw new DomainError('UNAUTHENTICATED', 'E-mail address or password is wrong');
    await this.upgradeHash(user.id, user.passwordHash, password);
    const view = toUserView(user);
    return { accessToken: this.issueToken(view), expiresIn: this.config.jwtTtlSeconds, user: view };
  }

  /** A hash made with older scrypt parameters is replaced; a failure here never fails the login. */
  private async upgradeHash(id: string, hash: string, password: string): Promise<void> {
    try {
      if (await this.users.upgradePasswordHash(id, hash, password)) {
        this.logger.log({ userId: id }, 'Password hash upgraded to the current scrypt parameters');
      }
    } catch (err) {
      this.logger.warn({ userId: id, err: String(err) }, 'Could not upgrade the password hash');
    }
  }

  issueToken(user: Pick<UserView, 'id' | 'email' | 'role'>): string {
    return this.jwt.sign({ sub: user.id, email: user.email, role: user.role });
  }

  /** ADMIN_EMAIL / ADMIN_PASSWORD: create that admin on start if the account does not exist yet. */
  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    if (await this.users.existsByEmail(adminEmail)) return;
    try {
      await this.users.create(SYSTEM_ACTOR, {
        email: adminEmail,
        password: adminPassword,
        fullName: 'Administrator',
        role: 'admin',
      });
      this.logger.log({ email: adminEmail }, 'Created the bootstrap admin account');
    } catch (err) {
      // Another process may have created it at the same moment.
      if (!(err instanceof DomainError && err.code === 'ALREADY_EXISTS')) throw err;
    }
  }
}
