import { Injectable } from '@nestjs/common';
import { HealthRepository } from './health.repository.js';

/** `details` carries what a check wants to show (e.g. the queue's backend and counts). */
export type CheckResult = ({ status: 'up' } | { status: 'down'; error: string }) & {
  details?: Record<string, unknown>;
};
export type HealthCheck = () => Promise<CheckResult>;

const CHECK_TIMEOUT_MS = 3_000;

/** Readiness checks. The database is built in; other modules (the queue) register theirs. */
@Injectable()
export class HealthService {
  private readonly checks = new Map<string, HealthCheck>();

  constructor(repository: HealthRepository) {
    this.register('database', async () => {
      await repository.ping();
      return { status: 'up' };
    });
  }

  register(name: string, check: HealthCheck): void {
    this.checks.set(name, check);
  }

  async run(): Promise<{ ok: boolean; checks: Record<string, CheckResult> }> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, check]) => [name, await withTimeout(check)] as const),
    );
    const checks = Object.fromEntries(entries);
    return { ok: entries.every(([, r]) => r.status === 'up'), checks };
  }
}

async function withTimeout(check: HealthCheck): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      check(),
      new Promise<CheckResult>((resolve) => {
        timer = setTimeout(() => resolve({ status: 'down', error: 'timed out' }), CHECK_TIMEOUT_MS);
      }),
    ]);
  } catch (err) {
    return { status: 'down', error: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}
