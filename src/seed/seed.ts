/**
 * `npm run seed`: loads the demo data into DATABASE_URL or the embedded database. Idempotent:
 * running it again finds what is there and adds only what is missing. Everything goes through
 * the real services, so the demo data is validated and audited like real data. It refuses to run
 * with NODE_ENV=production unless SEED_ALLOW_PRODUCTION=1; a step that cannot run is reported in
 * one line and the others go on (`run-seed.ts`).
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { ConfigError, loadConfig } from '../kernel/config/config.js';
import { DEMO_PASSWORD } from './seed-context.js';
import { runSeed, seedRefusal } from './run-seed.js';

const refusal = seedRefusal(process.env);
if (refusal) {
  console.error(refusal);
  process.exit(78); // EX_CONFIG
}
let loaded;
try {
  loaded = loadConfig(process.env);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(78);
}
const config = { ...loaded, logLevel: 'warn' as const, runWorkers: true };
const app = await NestFactory.createApplicationContext(AppModule.register(config), {
  logger: ['error', 'warn'],
});
try {
  const { ctx, runner, base, applications, reviews } = await runSeed(app);
  console.log('Demo data is in place:');
  for (const line of ctx.summary()) console.log(`  - ${line}`);
  if (base) {
    console.log(`\nEvery demo account has the password "${DEMO_PASSWORD}", for example:`);
    console.log(`  admin      ${base.admin.email}`);
    console.log(`  staff      ${base.staff.smartHub.email}, ${base.staff.finance.email}`);
    console.log(
      `  applicant  ${base.applicants.an.email} (Vitalis Diagnostics), ${base.applicants.lies.email} (university)`,
    );
    console.log(
      `  evaluator  ${base.evaluators.marc.email}, ${base.evaluators.wim.email} (works at the university)`,
    );
  }
  if (applications) {
    console.log(
      `\nCall ${applications.calls.call2026.title}: ${applications.calls.call2026.status}; ` +
        `try the simulator at POST /api/calls/${applications.calls.call2027.id}/simulate`,
    );
  }
  if (applications && reviews) {
    console.log(
      `Ranking of the 2026 call (funding line after rank ${reviews.ranking.fundingLine.lastRankWithinBudget}): ` +
        `GET /api/calls/${applications.calls.call2026.id}/ranking`,
    );
  }
  if (!runner.ok) {
    console.error('\nSome steps did not run:');
    for (const o of runner.outcomes.filter((x) => x.status !== 'done')) {
      console.error(`  - ${o.name}: ${o.status} (${o.reason})`);
    }
    process.exitCode = 1;
  }
} catch (err) {
  console.error(`The seed stopped: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  process.exitCode = 1;
} finally {
  await app.close();
}
