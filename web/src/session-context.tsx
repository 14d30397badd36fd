import { useSyncExternalStore } from 'react';
import { getSession, onSessionChange, type Session } from './api/session';

let lastReason: 'expired' | 'signed-out' | undefined;
onSessionChange((_s, reason) => {
  lastReason = reason;
});

/** The current session (re-renders on sign-in and sign-out). */
export function useSession(): Session | undefined {
  return useSyncExternalStore((cb) => onSessionChange(() => cb()), getSession);
}

/** Why the last session ended, once (for the login page's message). */
export function takeSessionEndReason(): 'expired' | 'signed-out' | undefined {
  const r = lastReason;
  lastReason = undefined;
  return r;
}
