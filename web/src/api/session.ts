import type { components } from './schema';

export type User = components['schemas']['UserView'];

/**
 * The signed-in session, in memory only (never in localStorage or a cookie a script can read): a page
 * reload or a closed tab signs the user out. The access token lives for JWT_TTL (12 h by default) and
 * the API has no refresh endpoint, so the portal does not refresh it: when it expires — or any call
 * answers 401 — the session ends and the login page brings the user back to where they were. Drafts
 * are saved on the server, so nothing typed before the last save is lost (docs/portal.md).
 */
export interface Session {
  token: string;
  user: User;
  expiresAt: number;
}

type Listener = (session: Session | undefined, reason?: 'expired' | 'signed-out') => void;

let current: Session | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<Listener>();

export function getSession(): Session | undefined {
  return current;
}

export function startSession(token: string, user: User, expiresInSeconds: number): void {
  current = { token, user, expiresAt: Date.now() + expiresInSeconds * 1000 };
  if (timer) clearTimeout(timer);
  // setTimeout holds at most 2^31-1 ms (24.8 days); a longer TTL ends at that point.
  timer = setTimeout(() => endSession('expired'), Math.min(expiresInSeconds * 1000, 2 ** 31 - 1));
  for (const l of listeners) l(current);
}

export function endSession(reason: 'expired' | 'signed-out'): void {
  if (!current) return;
  current = undefined;
  if (timer) clearTimeout(timer);
  timer = undefined;
  for (const l of listeners) l(undefined, reason);
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
