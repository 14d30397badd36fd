import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_CONFIG = Symbol('APP_CONFIG');

export type QueueBackend = 'inline' | 'redis' | 'postgres';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The validated, typed configuration of the whole app. Built once from the environment. */
export interface AppConfig {
  nodeEnv: string;
  port: number;
  /** PostgreSQL connection string; undefined means the embedded PGlite database. */
  databaseUrl?: string;
  /** Where the embedded database, the generated secret and other local state live. */
  dataDir: string;
  /** PGlite data directory (`memory://` for an ephemeral in-memory database). */
  pgliteDataDir: string;
  /**
   * A tarball of a PGlite data directory (PGlite's `dumpDataDir`) the in-memory database starts from
   * instead of an empty one; only with `memory://`. The tests start each database from one migrated dump.
   */
  pgliteLoadDump?: string;
  redisUrl?: string;
  queueBackend: QueueBackend;
  /** Namespace of the BullMQ keys on Redis (several apps or test runs can share one Redis). */
  queuePrefix: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  adminEmail?: string;
  adminPassword?: string;
  logLevel: LogLevel;
  corsOrigins: string[];
  bodyLimit: string;
  loginRateLimit: number;
  registerRateLimit: number;
  rateLimitWindowMs: number;
  /** PostgreSQL pool: connections per process, and how long a request may wait for one. */
  dbPoolSize: number;
  dbConnectTimeoutMs: number;
  /** Run the BullMQ workers in this process (false for an API-only process). */
  runWorkers: boolean;
  /** BullMQ: jobs a worker process runs at once (each holds a database connection while it runs). */
  jobConcurrency: number;
  /** Worker threads that render decision letters; 0 renders them on the job's own thread. */
  letterRenderThreads: number;
  /** BullMQ: how long a worker's lock on an active job lasts (renewed at half of it while it runs). */
  jobLockDurationMs: number;
  /** BullMQ: how often workers look for active jobs whose worker died (expired lock) and run them again. */
  jobStalledIntervalMs: number;
  /** A job handed to the queue this long ago that has not finished is checked and handed over again if the queue lost it. */
  jobRedispatchAfterMs: number;
  /** SMTP relay (`smtp://` or `smtps://`, credentials in the URL); undefined writes `.eml` files to `DATA_DIR/mail/`. */
  smtpUrl?: string;
  /** Refuse an SMTP server whose TLS certificate does not verify (default true). */
  smtpTlsRejectUnauthorized: boolean;
  /** Require STARTTLS on a `smtp://` connection (default false). */
  smtpRequireTls: boolean;
  /** The From of every mail, e.g. `Subsidies Vlaams-Brabant <subsidies@example.org>`. */
  mailFrom: string;
  /** Retries of a mail that could not be handed to the SMTP server: attempts and first backoff. */
  mailRetryAttempts: number;
  mailRetryBackoffMs: number;
  /** The portal's address, for the links in mails (`https://subsidies.example.org`). */
  publicUrl: string;
  /** How long an `Idempotency-Key` is remembered; older keys count as new and are swept. */
  idempotencyTtlSeconds: number;
  /** Key that signs the audit chain's anchors (HMAC-SHA256); undefined: anchors are not written. */
  auditAnchorKey?: string;
  /** The append-only file the anchors go to. */
  auditAnchorFile: string;
  /** How often the chain head is anchored (0: only on demand). */
  auditAnchorIntervalSeconds: number;
  /** Documents: the largest upload accepted (413 beyond it). */
  documentMaxBytes: number;
  /** Documents are kept in this S3-compatible bucket when set, else under DATA_DIR/documents. */
  s3?: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };
  /** clamd to scan uploads with (INSTREAM over TCP or a Unix socket); undefined: uploads are `unscanned`. */
  clamav?: { host?: string; port?: number; socket?: string; timeoutMs: number };
  /** Express `trust proxy`: false (default: the socket's address counts), true, a hop count or addresses/subnets. */
  trustProxy: boolean | number | string[];
  /** Failed logins from one client address per window before 429 (failed attempts for one account: `loginRateLimit`). */
  loginAddressRateLimit: number;
  /** `standard` (scrypt N=2^15, r=8, p=3); `low` makes hashing cheap for the tests and is refused in production. */
  passwordHashCost: 'standard' | 'low';
  /** e-ID (OpenID Connect); all undefined when e-ID login is off. */
  oidc?: OidcConfig;
  /** The granting province: its enterprise number (ten digits) and its org-id `BE-BCE_KBO-<digits>`. */
  province: { enterpriseNumber: string; orgId: string };
  /** The 360Giving identifier prefix of the published grants (registered with 360Giving), e.g. `360G-…`. */
  openDataPrefix: string;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The ID token or userinfo claim that carries the enterprise number the user acts for. */
  kboClaim: string;
  /** Where the provider sends the browser back: the portal page or `/api/auth/oidc/callback`. */
  redirectUrl: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const QUEUE_BACKENDS: readonly QueueBackend[] = ['inline', 'redis', 'postgres'];

/** Parses a duration like `3600`, `15m`, `12h` or `7d` into seconds. */
export function parseDurationSeconds(value: string): number | undefined {
  const match = /^(\d+)\s*(s|m|h|d)?$/.exec(value.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  const unit = match[2] ?? 's';
  const factor = { s: 1, m: 60, h: 3600, d: 86400 }[unit] ?? 1;
  const seconds = n * factor;
  return seconds > 0 ? seconds : undefined;
}

/**
 * The ten digits of a valid Belgian enterprise number (`0253.973.219`, `BE0253973219`), or undefined:
 * first digit 0 or 1, the last two 97 − (the first eight mod 97). (The kernel's identifiers come after
 * the configuration in the rings, so the check is repeated here.)
 */
function enterpriseNumberDigits(input: string): string | undefined {
  const digits = input.replace(/^BE/i, '').replace(/[\s.]/g, '');
  if (!/^[01]\d{9}$/.test(digits)) return undefined;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8)) ? digits : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * Reads and validates the environment. Every problem is collected and reported at once;
 * the app refuses to start on any of them.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = nonEmpty(env.NODE_ENV) ?? 'development';

  const portRaw = nonEmpty(env.PORT) ?? '3000';
  const port = Number(portRaw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be an integer between 0 and 65535 (got "${portRaw}")`);
  }

  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// connection string');
  }

  const dataDir = resolve(nonEmpty(env.DATA_DIR) ?? './data');
  const pgliteDataDir = nonEmpty(env.PGLITE_DATA_DIR) ?? join(dataDir, 'pgdata');
  const pgliteLoadDump = nonEmpty(env.PGLITE_LOAD_DUMP);
  if (pgliteLoadDump && !pgliteDataDir.startsWith('memory://')) {
    // Loading a dump over a data directory on disk would replace the database kept there.
    problems.push('PGLITE_LOAD_DUMP needs PGLITE_DATA_DIR=memory://');
  }

  const redisUrl = nonEmpty(env.REDIS_URL);
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    problems.push('REDIS_URL must be a redis:// or rediss:// URL');
  }

  const queueBackendRaw = nonEmpty(env.QUEUE_BACKEND) ?? (redisUrl ? 'redis' : 'inline');
  const queueBackend = queueBackendRaw as QueueBackend;
  if (!QUEUE_BACKENDS.includes(queueBackend)) {
    problems.push(`QUEUE_BACKEND must be one of ${QUEUE_BACKENDS.join(', ')} (got "${queueBackendRaw}")`);
  } else if (queueBackend === 'redis' && !redisUrl) {
    problems.push('QUEUE_BACKEND=redis needs REDIS_URL');
  } else if (queueBackend === 'postgres' && !databaseUrl) {
    problems.push('QUEUE_BACKEND=postgres needs DATABASE_URL (the embedded database runs jobs in-process)');
  }

  const queuePrefix = nonEmpty(env.QUEUE_PREFIX) ?? 'subsidies';
  if (!/^[\w-]{1,64}$/.test(queuePrefix)) {
    problems.push('QUEUE_PREFIX must be 1-64 letters, digits, _ or -');
  }

  const ttlRaw = nonEmpty(env.JWT_TTL) ?? '12h';
  const jwtTtlSeconds = parseDurationSeconds(ttlRaw);
  if (jwtTtlSeconds === undefined) {
    problems.push(`JWT_TTL must be a duration such as 3600, 15m, 12h or 7d (got "${ttlRaw}")`);
  }

  let jwtSecret = nonEmpty(env.JWT_SECRET);
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters long');
  }
  if (jwtSecret === undefined && nodeEnv === 'production') {
    problems.push('JWT_SECRET is required when NODE_ENV=production');
  }

  const adminEmail = nonEmpty(env.ADMIN_EMAIL);
  const adminPassword = nonEmpty(env.ADMIN_PASSWORD);
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (adminEmail !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
    problems.push('ADMIN_EMAIL must be an e-mail address');
  }
  if (adminPassword !== undefined && adminPassword.length < 12) {
    problems.push('ADMIN_PASSWORD must be at least 12 characters long');
  }

  const logLevel = (nonEmpty(env.LOG_LEVEL) ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }

  const positiveInt = (name: string, fallback: number): number => {
    const raw = nonEmpty(env[name]);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0) {
      problems.push(`${name} must be a positive integer (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const loginRateLimit = positiveInt('LOGIN_RATE_LIMIT', 10);
  const registerRateLimit = positiveInt('REGISTER_RATE_LIMIT', 20);
  const rateLimitWindowMs = positiveInt('RATE_LIMIT_WINDOW_MS', 60_000);
  const dbPoolSize = positiveInt('DB_POOL_SIZE', 20);
  const dbConnectTimeoutMs = positiveInt('DB_CONNECT_TIMEOUT_MS', 30_000);

  const jobConcurrency = positiveInt('JOB_CONCURRENCY', 4);
  if (jobConcurrency >= dbPoolSize) {
    problems.push(
      `JOB_CONCURRENCY (${jobConcurrency}) must be below DB_POOL_SIZE (${dbPoolSize}): every running job holds a connection`,
    );
  }
  const letterRenderThreadsRaw = nonEmpty(env.LETTER_RENDER_THREADS);
  // One thread fewer than the cores (the event loop keeps one), at least one, at most four.
  let letterRenderThreads = Math.max(1, Math.min(4, availableParallelism() - 1));
  if (letterRenderThreadsRaw !== undefined) {
    letterRenderThreads = Number(letterRenderThreadsRaw);
    if (!/^\d+$/.test(letterRenderThreadsRaw) || letterRenderThreads > 16) {
      problems.push(
        `LETTER_RENDER_THREADS must be an integer from 0 to 16 (got "${letterRenderThreadsRaw}")`,
      );
    }
  }
  const jobLockDurationMs = positiveInt('JOB_LOCK_DURATION_MS', 30_000);
  const jobStalledIntervalMs = positiveInt('JOB_STALLED_INTERVAL_MS', 30_000);
  const jobRedispatchAfterMs = positiveInt('JOB_REDISPATCH_AFTER_MS', 60_000);

  const idempotencyTtlRaw = nonEmpty(env.IDEMPOTENCY_TTL) ?? '24h';
  const idempotencyTtlSeconds = parseDurationSeconds(idempotencyTtlRaw);
  if (idempotencyTtlSeconds === undefined) {
    problems.push(
      `IDEMPOTENCY_TTL must be a duration such as 3600, 15m, 24h or 7d (got "${idempotencyTtlRaw}")`,
    );
  }

  let auditAnchorKey = nonEmpty(env.AUDIT_ANCHOR_KEY);
  if (auditAnchorKey !== undefined && auditAnchorKey.length < 32) {
    problems.push('AUDIT_ANCHOR_KEY must be at least 32 characters long');
  }
  const auditAnchorFile = resolve(nonEmpty(env.AUDIT_ANCHOR_FILE) ?? join(dataDir, 'audit-anchors.jsonl'));
  const anchorEveryRaw = nonEmpty(env.AUDIT_ANCHOR_INTERVAL) ?? '1h';
  const auditAnchorIntervalSeconds = anchorEveryRaw === '0' ? 0 : parseDurationSeconds(anchorEveryRaw);
  if (auditAnchorIntervalSeconds === undefined) {
    problems.push(
      `AUDIT_ANCHOR_INTERVAL must be a duration such as 15m or 1h, or 0 (got "${anchorEveryRaw}")`,
    );
  }
  const loginAddressRateLimit = positiveInt('LOGIN_ADDRESS_RATE_LIMIT', 50);
  const passwordHashCost = nonEmpty(env.PASSWORD_HASH_COST) ?? 'standard';
  if (passwordHashCost !== 'standard' && passwordHashCost !== 'low') {
    problems.push(`PASSWORD_HASH_COST must be standard or low (got "${passwordHashCost}")`);
  } else if (passwordHashCost === 'low' && nodeEnv === 'production') {
    problems.push('PASSWORD_HASH_COST=low is for tests: production hashes passwords at the standard cost');
  }
  const trustProxy = parseTrustProxy(nonEmpty(env.TRUST_PROXY), problems);
  const oidc = parseOidc(env, problems);

  const bodyLimit = nonEmpty(env.BODY_LIMIT) ?? '1mb';
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit)) problems.push('BODY_LIMIT must look like 512kb or 1mb');

  const corsOrigins = (nonEmpty(env.CORS_ORIGINS) ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');

  const workersRaw = nonEmpty(env.RUN_WORKERS) ?? 'true';
  if (!['true', 'false'].includes(workersRaw)) problems.push('RUN_WORKERS must be true or false');

  const smtpUrl = nonEmpty(env.SMTP_URL);
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) {
    problems.push('SMTP_URL must be a smtp:// or smtps:// URL');
  }
  const boolean = (name: string, fallback: boolean): boolean => {
    const raw = nonEmpty(env[name]);
    if (raw === undefined) return fallback;
    if (!['true', 'false'].includes(raw)) problems.push(`${name} must be true or false`);
    return raw === 'true';
  };
  const smtpTlsRejectUnauthorized = boolean('SMTP_TLS_REJECT_UNAUTHORIZED', true);
  const smtpRequireTls = boolean('SMTP_REQUIRE_TLS', false);
  const mailFrom = nonEmpty(env.MAIL_FROM) ?? 'Subsidies Vlaams-Brabant <no-reply@localhost>';
  if (/[\r\n]/.test(mailFrom) || !/^(?:[^<>@]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(mailFrom)) {
    problems.push('MAIL_FROM must be an address, optionally with a name: Name <address@example.org>');
  }
  const mailRetryAttempts = positiveInt('MAIL_RETRY_ATTEMPTS', 8);
  const mailRetryBackoffMs = positiveInt('MAIL_RETRY_BACKOFF_MS', 30_000);
  const publicUrl = (nonEmpty(env.PUBLIC_URL) ?? `http://localhost:${portRaw}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(publicUrl)) problems.push('PUBLIC_URL must be an http:// or https:// URL');
  const documentMaxBytes = positiveInt('DOCUMENT_MAX_BYTES', 20 * 1024 * 1024);

  const s3Endpoint = nonEmpty(env.S3_ENDPOINT);
  const s3Bucket = nonEmpty(env.S3_BUCKET);
  const s3AccessKeyId = nonEmpty(env.S3_ACCESS_KEY_ID);
  const s3SecretAccessKey = nonEmpty(env.S3_SECRET_ACCESS_KEY);
  let s3: AppConfig['s3'];
  if (s3Endpoint || s3Bucket) {
    if (!s3Endpoint || !s3Bucket || !s3AccessKeyId || !s3SecretAccessKey) {
      problems.push('S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together');
    } else if (!/^https?:\/\//.test(s3Endpoint)) {
      problems.push('S3_ENDPOINT must be an http:// or https:// URL');
    } else {
      s3 = {
        endpoint: s3Endpoint,
        bucket: s3Bucket,
        region: nonEmpty(env.S3_REGION) ?? 'us-east-1',
        accessKeyId: s3AccessKeyId,
        secretAccessKey: s3SecretAccessKey,
      };
    }
  }

  const clamavHost = nonEmpty(env.CLAMAV_HOST);
  const clamavSocket = nonEmpty(env.CLAMAV_SOCKET);
  const clamavPort = positiveInt('CLAMAV_PORT', 3310);
  const clamavTimeoutMs = positiveInt('CLAMAV_TIMEOUT_MS', 60_000);
  if (clamavPort > 65535) problems.push('CLAMAV_PORT must be at most 65535');
  if (clamavHost && clamavSocket) problems.push('Set CLAMAV_HOST or CLAMAV_SOCKET, not both');
  const clamav: AppConfig['clamav'] = clamavSocket
    ? { socket: clamavSocket, timeoutMs: clamavTimeoutMs }
    : clamavHost
      ? { host: clamavHost, port: clamavPort, timeoutMs: clamavTimeoutMs }
      : undefined;

  // The province of Flemish Brabant's own enterprise number (public, KBO) unless configured otherwise.
  const provinceNumberRaw = nonEmpty(env.PROVINCE_ENTERPRISE_NUMBER) ?? '0253.973.219';
  const provinceNumber = enterpriseNumberDigits(provinceNumberRaw);
  if (!provinceNumber) {
    problems.push(
      `PROVINCE_ENTERPRISE_NUMBER must be a valid Belgian enterprise number (got "${provinceNumberRaw}")`,
    );
  }
  const openDataPrefix = nonEmpty(env.OPEN_DATA_PREFIX) ?? '360G-provincievlaamsbrabant';
  if (!/^360G-[A-Za-z0-9][A-Za-z0-9_-]{0,59}$/.test(openDataPrefix)) {
    problems.push('OPEN_DATA_PREFIX must be a 360Giving prefix such as 360G-provincievlaamsbrabant');
  }

  if (problems.length > 0) throw new ConfigError(problems);

  if (jwtSecret === undefined) jwtSecret = localSecret(dataDir);
  // Outside production the anchors work out of the box, with a key kept in DATA_DIR (which protects
  // little: in production set AUDIT_ANCHOR_KEY, away from the database and the anchor file).
  if (auditAnchorKey === undefined && nodeEnv !== 'production') {
    auditAnchorKey = localSecret(dataDir, 'audit-anchor-key');
  }

  return {
    nodeEnv,
    port,
    databaseUrl,
    dataDir,
    pgliteDataDir,
    pgliteLoadDump,
    redisUrl,
    queueBackend,
    queuePrefix,
    jwtSecret,
    jwtTtlSeconds: jwtTtlSeconds as number,
    adminEmail: adminEmail?.toLowerCase(),
    adminPassword,
    logLevel,
    corsOrigins,
    bodyLimit,
    loginRateLimit,
    registerRateLimit,
    rateLimitWindowMs,
    dbPoolSize,
    dbConnectTimeoutMs,
    runWorkers: workersRaw === 'true',
    jobConcurrency,
    letterRenderThreads,
    jobLockDurationMs,
    jobStalledIntervalMs,
    jobRedispatchAfterMs,
    smtpUrl,
    smtpTlsRejectUnauthorized,
    smtpRequireTls,
    mailFrom,
    mailRetryAttempts,
    mailRetryBackoffMs,
    publicUrl,
    idempotencyTtlSeconds: idempotencyTtlSeconds as number,
    auditAnchorKey,
    auditAnchorFile,
    auditAnchorIntervalSeconds: auditAnchorIntervalSeconds as number,
    documentMaxBytes,
    s3,
    clamav,
    trustProxy,
    loginAddressRateLimit,
    passwordHashCost: passwordHashCost as 'standard' | 'low',
    oidc,
    province: {
      // Stored the way organisations are: `0253.973.219`.
      enterpriseNumber: `${provinceNumber!.slice(0, 4)}.${provinceNumber!.slice(4, 7)}.${provinceNumber!.slice(7)}`,
      orgId: `BE-BCE_KBO-${provinceNumber!}`,
    },
    openDataPrefix,
  };
}

/**
 * TRUST_PROXY: unset or `false` trusts no proxy (the client address is the socket's, and
 * X-Forwarded-For is ignored); `true` trusts every hop; a number trusts that many hops; otherwise a
 * comma-separated list of addresses, subnets or Express's names (`loopback`, `uniquelocal`).
 */
function parseTrustProxy(raw: string | undefined, problems: string[]): boolean | number | string[] {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const items = raw
    .split(',')
    .map((i) => i.trim())
    .filter((i) => i !== '');
  const ok = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/;
  const bad = items.filter((i) => !ok.test(i));
  if (items.length === 0 || bad.length > 0) {
    problems.push(
      `TRUST_PROXY must be false, true, a hop count or a list of addresses/subnets (got "${raw}")`,
    );
    return false;
  }
  return items;
}

function parseOidc(env: NodeJS.ProcessEnv, problems: string[]): OidcConfig | undefined {
  const issuer = nonEmpty(env.OIDC_ISSUER);
  const clientId = nonEmpty(env.OIDC_CLIENT_ID);
  const clientSecret = nonEmpty(env.OIDC_CLIENT_SECRET);
  const redirectUrl = nonEmpty(env.OIDC_REDIRECT_URL);
  const kboClaim = nonEmpty(env.OIDC_KBO_CLAIM) ?? 'kbo_number';
  const given = [issuer, clientId, clientSecret, redirectUrl].filter((v) => v !== undefined).length;
  if (given === 0) return undefined;
  if (given < 4) {
    problems.push(
      'OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URL must be set together',
    );
    return undefined;
  }
  for (const [name, value] of [
    ['OIDC_ISSUER', issuer],
    ['OIDC_REDIRECT_URL', redirectUrl],
  ] as const) {
    if (!/^https?:\/\/\S+$/.test(value!)) problems.push(`${name} must be an http(s) URL`);
  }
  if (!/^[\w.:-]{1,100}$/.test(kboClaim)) problems.push('OIDC_KBO_CLAIM must be a claim name');
  return {
    issuer: issuer!,
    clientId: clientId!,
    clientSecret: clientSecret!,
    kboClaim,
    redirectUrl: redirectUrl!,
  };
}

/**
 * Outside production a missing JWT_SECRET is generated once and kept in DATA_DIR,
 * so that tokens survive a restart of the embedded default.
 */
function localSecret(dataDir: string, name = 'jwt-secret'): string {
  const file = join(dataDir, name);
  if (existsSync(file)) {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
