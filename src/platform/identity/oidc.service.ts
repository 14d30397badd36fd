import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type * as Oidc from 'openid-client';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../../kernel/config/config.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import { formatEnterpriseNumber, isValidEnterpriseNumber } from '../../kernel/identifiers.js';
import { AuditService } from '../audit/audit.service.js';
import { User } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

/** openid-client loads with the first e-ID login, not on sites without one (issue #23: memory). */
const openidClient = () => import('openid-client');

/** An e-ID login under way may take this long between the redirect and the callback. */
const LOGIN_TTL_MS = 10 * 60_000;

/** Who logged in with e-ID, and for which enterprise (from the configured claim), if the provider said. */
export interface EidLogin {
  user: User;
  enterpriseNumber: string | null;
}

/**
 * e-ID login through a generic OpenID Connect provider (the Flemish ACM/IDM, the federal CSAM, or any
 * certified provider): authorization code flow with PKCE, state and nonce, kept in PostgreSQL between
 * the redirect and the callback (any API process can take the callback). The claim named by
 * OIDC_KBO_CLAIM carries the enterprise number the user acts for.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private configuration?: Promise<Oidc.Configuration>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether this site offers e-ID login (OIDC_* configured); asks the provider nothing. */
  isConfigured(): boolean {
    return this.config.oidc !== undefined;
  }

  private settings(): OidcConfig {
    if (!this.config.oidc) throw DomainError.notFound('e-ID login (not configured on this site)');
    return this.config.oidc;
  }

  /** The provider's metadata, discovered once (again after a failure). */
  private provider(): Promise<Oidc.Configuration> {
    const settings = this.settings();
    this.configuration ??= (async () => {
      const oidc = await openidClient();
      const issuer = new URL(settings.issuer);
      // Plain http only for a provider on this machine (tests, a local test provider), never in production.
      const insecure =
        issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
      return oidc.discovery(
        issuer,
        settings.clientId,
        { client_secret: settings.clientSecret },
        oidc.ClientSecretPost(settings.clientSecret),
        insecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
      );
    })();
    this.configuration.catch(() => (this.configuration = undefined));
    return this.configuration;
  }

  /** Starts a login: the URL to send the browser to, with a fresh state, nonce and PKCE verifier. */
  async start(): Promise<{ authorizationUrl: string; state: string }> {
    const settings = this.settings();
    const config = await this.unavailableOnFailure(() => this.provider());
    const oidc = await openidClient();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    await this.users.insertOidcLogin(this.dataSource.manager, {
      state,
      nonce,
      codeVerifier,
      expiresAt: new Date(this.clock.now().getTime() + LOGIN_TTL_MS),
    });
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUrl,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { authorizationUrl: url.href, state };
  }

  /**
   * Completes a login from the provider's redirect (its query string): exchanges the code, checks the
   * ID token, and finds or creates the account, in the caller's transaction. An account is found by its
   * e-ID subject, or else by its e-mail address (then linked to the subject); a new one is an applicant
   * without a password whose address the provider vouches for.
   */
  async complete(manager: EntityManager, query: Record<string, string | undefined>): Promise<EidLogin> {
    const settings = this.settings();
    if (query.error) {
      throw new DomainError('UNAUTHENTICATED', `The e-ID login was not completed: ${query.error}`);
    }
    if (!query.state || !query.code)
      throw DomainError.validation('code', 'the provider sent no code and state');
    const pending = await this.users.takeOidcLogin(manager, query.state, this.clock.now());
    if (!pending)
      throw new DomainError('UNAUTHENTICATED', 'This e-ID login expired or was used; start again');
    const config = await this.unavailableOnFailure(() => this.provider());
    const oidc = await openidClient();
    const callback = new URL(settings.redirectUrl);
    for (const [key, value] of Object.entries(query))
      if (value !== undefined) callback.searchParams.set(key, value);
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: query.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = { ...(tokens.claims() ?? {}) };
      if (tokens.access_token && (claims[settings.kboClaim] === undefined || claims.email === undefined)) {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, String(claims.sub));
        claims = { ...info, ...claims };
      }
    } catch (err) {
      this.logger.warn({ err: String(err) }, 'e-ID code exchange failed');
      throw new DomainError('UNAUTHENTICATED', 'The e-ID provider did not confirm this login');
    }
    const sub = typeof claims.sub === 'string' ? claims.sub : undefined;
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : undefined;
    if (!sub || !email)
      throw new DomainError('UNAUTHENTICATED', 'The e-ID provider gave no subject or e-mail');
    const rawKbo = claims[settings.kboClaim];
    const enterpriseNumber =
      typeof rawKbo === 'string' && isValidEnterpriseNumber(rawKbo) ? formatEnterpriseNumber(rawKbo) : null;
    const fullName =
      typeof claims.name === 'string'
        ? claims.name
        : [claims.given_name, claims.family_name].filter((n) => typeof n === 'string').join(' ') || email;
    const user = await this.findOrCreateUser(manager, `${settings.issuer}|${sub}`, email, fullName);
    if (user.status !== 'active') throw new DomainError('UNAUTHENTICATED', 'This account is disabled');
    return { user, enterpriseNumber };
  }

  private async findOrCreateUser(
    manager: EntityManager,
    subject: string,
    email: string,
    fullName: string,
  ): Promise<User> {
    const bySubject = await this.users.findByOidcSubject(manager, subject);
    if (bySubject) return bySubject;
    const byEmail = await this.users.findByEmailForUpdate(manager, email);
    if (byEmail) {
      await this.users.setOidcSubject(manager, byEmail.id, subject);
      if (!byEmail.emailVerifiedAt)
        await manager.update(User, { id: byEmail.id }, { emailVerifiedAt: this.clock.now() });
      await this.audit.record(
        manager,
        { id: byEmail.id, role: byEmail.role },
        {
          action: 'user.eid_linked',
          entity: 'user',
          entityId: byEmail.id,
          data: { subject },
        },
      );
      return byEmail;
    }
    const user = await manager.save(
      manager.create(User, {
        email,
        fullName,
        role: 'applicant',
        passwordHash: null,
        organisationId: null,
        status: 'active',
        emailVerifiedAt: this.clock.now(),
        oidcSubject: subject,
      }),
    );
    await this.audit.record(
      manager,
      { id: user.id, role: user.role },
      {
        action: 'user.registered',
        entity: 'user',
        entityId: user.id,
        data: { email, role: user.role, via: 'eid' },
      },
    );
    return user;
  }

  /** The provider unreachable is a 503 the client may retry, never a 500. */
  private async unavailableOnFailure<T>(task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } catch (err) {
      this.logger.warn({ err: String(err) }, 'The e-ID provider is unreachable');
      throw new DomainError('SERVICE_UNAVAILABLE', 'The e-ID provider cannot be reached; try again shortly');
    }
  }
}
