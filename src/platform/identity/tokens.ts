import { createHash, randomBytes } from 'node:crypto';

/** A new secret for a link (e-mail verification, reset, invitation): 32 random bytes, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a secret: its SHA-256, so a copy of the database holds no usable link. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
