import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';

/**
 * scrypt with N=2^15, r=8, p=3: 32 MiB and three passes per hash. It is one of the settings that
 * OWASP's Password Storage Cheat Sheet lists as giving the same defence (N=2^17/p=1, 2^16/p=2,
 * 2^15/p=3, 2^14/p=5, 2^13/p=10, all with r=8). The parameters are stored with every hash, so
 * hashes made before with N=2^15, r=8, p=1 (below that list) still verify, and `needsRehash` tells
 * the login to replace them.
 *
 * Why not a setting with less memory: glibc serves an allocation above 32 MiB with its own mapping
 * and returns it to the system when freed, but keeps a smaller one (16 MiB for N=2^14) in the
 * allocator arena of the libuv thread that made it: after a few logins the API kept 64 MB more
 * (bench/README.md, "API peak RSS"). With N=2^15 the memory is only held during a derivation.
 */
export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 3 };

/**
 * The parameters of `PASSWORD_HASH_COST=low`, for the tests only (the configuration refuses it in
 * production): a hash takes a millisecond instead of a quarter of a second, which otherwise was half
 * the time of the tests that make accounts and log in. The tests of the hashing itself and of the
 * upgrade of older hashes run with the parameters above.
 */
export const LOW_COST_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** The parameters the configuration asks for (`PASSWORD_HASH_COST`). */
export function scryptParams(cost: 'standard' | 'low'): ScryptParams {
  return cost === 'low' ? LOW_COST_SCRYPT_PARAMS : SCRYPT_PARAMS;
}
const KEY_LENGTH = 32;
const MAX_MEM = 64 * 1024 * 1024;

/**
 * At most this many derivations at once: one less than the cores (the event loop keeps one), one
 * or two. Each holds 32 MiB and a thread of libuv's pool (4 threads) for a few hundred
 * milliseconds: unbounded, a burst of logins took every thread (file and DNS work waited behind
 * them), the cores, and 32 MiB per login at once. Further logins wait their turn; the rate limit
 * bounds them per client.
 */
export const MAX_CONCURRENT_HASHES = Math.max(1, Math.min(2, availableParallelism() - 1));

/** Runs at most `max` of the given tasks at once; the others wait in order. */
export function concurrencyLimit(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running < max) running += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve)); // a finishing task hands over its slot
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

const oneOfFew = concurrencyLimit(MAX_CONCURRENT_HASHES);

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return oneOfFew(
    () =>
      new Promise((resolve, reject) =>
        scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: MAX_MEM }, (err, key) =>
          err ? reject(err) : resolve(key),
        ),
      ),
  );
}

/** `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPassword(password: string, params = SCRYPT_PARAMS): Promise<string> {
  const { N, r, p } = params;
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, r, p);
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Whether a stored hash was made with other parameters than today's (then hash the password again). */
export function needsRehash(stored: string, params = SCRYPT_PARAMS): boolean {
  const [scheme, n, r, p] = stored.split('$');
  const { N, r: R, p: P } = params;
  return scheme !== 'scrypt' || Number(n) !== N || Number(r) !== R || Number(p) !== P;
}

/** A hash of a random password, verified against when an e-mail is unknown, so both paths cost the same. */
const decoys = new Map<ScryptParams, Promise<string>>();
export function decoyHash(params = SCRYPT_PARAMS): Promise<string> {
  let decoy = decoys.get(params);
  if (!decoy) {
    decoy = hashPassword(randomBytes(16).toString('hex'), params);
    decoys.set(params, decoy);
  }
  return decoy;
}

/**
 * Passwords people pick first, that a guessing attack tries first (the top of the public lists
 * of leaked passwords, and the obvious ones for this site), compared without case and spaces.
 */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  'qwertyuiopas',
  'qwertyuiop12',
  'passwordpassword',
  'password1234',
  'password12345',
  'password123456',
  'wachtwoord123',
  'wachtwoord1234',
  'wachtwoordwachtwoord',
  'welkom123456',
  'welkomwelkom',
  'azertyuiop12',
  'azertyuiopqs',
  'iloveyou1234',
  'letmeinletmein',
  'adminadmin123',
  'administrator',
  'subsidie12345',
  'vlaamsbrabant',
  'vlaamsbrabant1',
  'provincie1234',
  'changeme1234',
  'abcdefghijkl',
  '111111111111',
  '000000000000',
  'aaaaaaaaaaaa',
]);

/**
 * Why a new password is not acceptable, or undefined when it is: at least 12 characters, not only
 * whitespace, not one of the common passwords.
 */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 12) return 'must be at least 12 characters long';
  if (password.length > 200) return 'must be at most 200 characters long';
  if (password.trim() === '') return 'must not be only spaces';
  const compact = password.toLowerCase().replace(/\s+/g, '');
  if (COMMON_PASSWORDS.has(compact) || new Set(compact).size === 1) return 'is too common; choose another';
  return undefined;
}
