/**
 * What a notification is about. Users switch e-mail on or off per category; in-app notifications
 * are always on. Legal categories (a decision, a return for correction: periods run from them)
 * always send e-mail too.
 */
export const NOTIFICATION_CATEGORIES = [
  'application',
  'correction',
  'review',
  'decision',
  'payment',
  'reporting',
  'state-aid',
  'calls',
  'account',
] as const;

export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export const LEGAL_CATEGORIES: readonly NotificationCategory[] = ['decision', 'correction'];

export function isLegalCategory(category: string): boolean {
  return (LEGAL_CATEGORIES as readonly string[]).includes(category);
}
