import type { INestApplicationContext } from '@nestjs/common';
import { DomainError } from '../kernel/errors.js';
import { SeedContext } from './seed-context.js';
import { seedApplications } from './steps/applications.js';
import { seedDecisions } from './steps/decisions.js';
import { seedDeMinimis } from './steps/de-minimis.js';
import { seedErdf } from './steps/erdf.js';
import { seedDocuments } from './steps/documents.js';
import { seedErdfDocuments } from './steps/erdf-documents.js';
import { seedEaidRegister } from './steps/eaid-register.js';
import { seedFoundation } from './steps/foundation.js';
import { seedTeams } from './steps/teams.js';
import { seedNotifications } from './steps/notifications.js';
import { seedPortal } from './steps/portal.js';
import { seedReviews } from './steps/reviews.js';
import { seedRollingCall } from './steps/rolling-call.js';

/** Why `npm run seed` refuses to run here, or undefined when it may. */
export function seedRefusal(env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_ENV === 'production' && env.SEED_ALLOW_PRODUCTION !== '1') {
    return (
      'The demo seed does not run with NODE_ENV=production: it creates accounts whose password is ' +
      'published in the README. Set SEED_ALLOW_PRODUCTION=1 to load it anyway (a demo server).'
    );
  }
  return undefined;
}

export interface StepOutcome {
  name: string;
  status: 'done' | 'failed' | 'skipped';
  /** Why it failed (one line, no stack trace) or which earlier step it needed. */
  reason?: string;
}

/**
 * Runs the seed's steps in order. A step that fails is reported in one line (the error code and
 * message of a `DomainError`, the message of anything else) and the steps that need its result are
 * skipped; the independent ones still run, so a database that already holds some records (project
 * 1161 made by hand, an account with a demo e-mail) never leaves the demo half-loaded.
 */
export class SeedRunner {
  readonly outcomes: StepOutcome[] = [];

  /** Runs `run` unless a step it needs (`needs`, undefined when that step failed) is missing. */
  async step<T>(name: string, run: () => Promise<T>, needs: unknown[] = []): Promise<T | undefined> {
    const missing = needs.findIndex((n) => n === undefined);
    if (missing >= 0) {
      const failed = this.outcomes.filter((o) => o.status !== 'done').map((o) => o.name);
      this.outcomes.push({ name, status: 'skipped', reason: `needs ${failed.join(', ')}` });
      return undefined;
    }
    try {
      const result = await run();
      this.outcomes.push({ name, status: 'done' });
      return result;
    } catch (err) {
      this.outcomes.push({ name, status: 'failed', reason: describe(err) });
      return undefined;
    }
  }

  get ok(): boolean {
    return this.outcomes.every((o) => o.status === 'done');
  }
}

function describe(err: unknown): string {
  if (err instanceof DomainError) return `${err.code}: ${err.message}`;
  if (err instanceof Error) return err.message.split('\n')[0];
  return String(err);
}

/** The demo data, step by step (add a step here, with the results it needs). */
export async function runSeed(app: INestApplicationContext, runner = new SeedRunner()) {
  const ctx = new SeedContext(app);
  const base = await runner.step('foundation', () => seedFoundation(ctx));
  const erdf = await runner.step('erdf', () => seedErdf(ctx, base!), [base]);
  await runner.step('erdf-documents', () => seedErdfDocuments(ctx, base!, erdf!), [base, erdf]);
  await runner.step('teams', () => seedTeams(ctx, base!), [base]);
  const applications = await runner.step('applications', () => seedApplications(ctx, base!), [base]);
  await runner.step('documents', () => seedDocuments(ctx, base!, applications!), [base, applications]);
  const reviews = await runner.step('reviews', () => seedReviews(ctx, base!, applications!), [
    base,
    applications,
  ]);
  await runner.step('de-minimis', () => seedDeMinimis(ctx, base!), [base]);
  await runner.step('decisions', () => seedDecisions(ctx, base!, applications!, reviews!.ranking.items), [
    base,
    applications,
    reviews,
  ]);
  await runner.step('rolling-call', () => seedRollingCall(ctx, base!), [base]);
  await runner.step('eaid-register', () => seedEaidRegister(ctx, base!, applications!), [base, applications]);
  await runner.step('notifications', () => seedNotifications(ctx, base!), [base]);
  await runner.step('portal', () => seedPortal(ctx, base!), [base]);
  return { ctx, runner, base, applications, reviews };
}
