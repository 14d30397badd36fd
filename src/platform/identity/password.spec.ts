import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  concurrencyLimit,
  hashPassword,
  LOW_COST_SCRYPT_PARAMS,
  needsRehash,
  SCRYPT_PARAMS,
  scryptParams,
  verifyPassword,
} from './password.js';

/** A hash in the format and with the parameters used before (N=2^15, r=8, p=1). */
function legacyHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFKC'), salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 << 20 });
  return ['scrypt', 2 ** 15, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

describe('password hashes', () => {
  it('are made with N=2^15, r=8, p=3 (a setting of the OWASP list) and verify only the right password', async () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 2 ** 15, r: 8, p: 3 });
    const hash = await hashPassword('correct horse battery');
    expect(hash.split('$').slice(0, 4)).toEqual(['scrypt', '32768', '8', '3']);
    await expect(verifyPassword('correct horse battery', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct horse batter', hash)).resolves.toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it('made with the earlier parameters still verify, and are marked for a new hash', async () => {
    const old = legacyHash('an older password');
    await expect(verifyPassword('an older password', old)).resolves.toBe(true);
    await expect(verifyPassword('another password', old)).resolves.toBe(false);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash('bcrypt$whatever')).toBe(true);
  });

  it('are made with those parameters at the standard cost, and the low cost of the tests is rehashed by them', async () => {
    expect(scryptParams('standard')).toBe(SCRYPT_PARAMS);
    expect(scryptParams('low')).toBe(LOW_COST_SCRYPT_PARAMS);
    const cheap = await hashPassword('a test password', LOW_COST_SCRYPT_PARAMS);
    expect(cheap.split('$').slice(0, 4)).toEqual(['scrypt', '1024', '8', '1']);
    await expect(verifyPassword('a test password', cheap)).resolves.toBe(true);
    await expect(verifyPassword('a test passwore', cheap)).resolves.toBe(false);
    expect(needsRehash(cheap, LOW_COST_SCRYPT_PARAMS)).toBe(false);
    expect(needsRehash(cheap)).toBe(true);
  });

  it('that are not scrypt hashes never verify', async () => {
    await expect(verifyPassword('x', 'plain-text')).resolves.toBe(false);
  });
});

describe('concurrencyLimit', () => {
  it('runs at most the given number of tasks at once, and all of them in order', async () => {
    const limit = concurrencyLimit(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (i: number) => async () => {
      started.push(i);
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      if (i === 3) throw new Error('task 3 fails');
      return i;
    };
    const results = await Promise.allSettled([0, 1, 2, 3, 4, 5].map((i) => limit(task(i))));
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'failed'))).toEqual([
      0,
      1,
      2,
      'failed',
      4,
      5,
    ]);
    // A failed task gave its slot back: the limit still lets two run.
    running = 0;
    most = 0;
    await Promise.all([10, 11].map((i) => limit(task(i))));
    expect(most).toBe(2);
  });
});
