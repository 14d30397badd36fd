/**
 * `npm run seed`: loads the demo data into DATABASE_URL or the embedded database. Idempotent:
 * running it again finds what is there and adds only what is missing. Everything goes through
 * the real services, so the demo data is validated and audited like real data.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../kernel/config/config.js';
import { DEMO_PASSWORD, SeedContext } from './seed-context.js';
import { seedErdf } from './steps/erdf.js';
import { seedApplications } from './steps/applications.js';
import { seedDecisions } from './steps/decisions.js';
import { seedDeMinimis } from './steps/de-minimis.js';
import { seedFoundation } from './steps/foundation.js';
import { seedReviews } from './steps/reviews.js';
import { seedTeams } from './steps/teams.js';

const config = { ...loadConfig(process.env), logLevel: 'warn' as const, runWorkers: true };
const app = await NestFactory.createApplicationContext(AppModule.register(config), {
  logger: ['error', 'warn'],
});
try {
  const ctx = new SeedContext(app);
  const base = await seedFoundation(ctx);
  await seedErdf(ctx, base);
  await seedTeams(ctx, base);
  const applications = await seedApplications(ctx, base);
  const reviews = await seedReviews(ctx, base, applications);
  await seedDeMinimis(ctx, base);
  await seedDecisions(ctx, base, applications, reviews.ranking.items);
  console.log('Demo data is in place:');
  for (const line of ctx.summary()) console.log(`  - ${line}`);
  console.log(`\nEvery demo account has the password "${DEMO_PASSWORD}", for example:`);
  console.log(`  admin      ${base.admin.email}`);
  console.log(`  staff      ${base.staff.smartHub.email}, ${base.staff.finance.email}`);
  console.log(
    `  applicant  ${base.applicants.an.email} (Vitalis Diagnostics), ${base.applicants.lies.email} (university)`,
  );
  console.log(
    `  evaluator  ${base.evaluators.marc.email}, ${base.evaluators.wim.email} (works at the university)`,
  );
  console.log(
    `\nCall ${applications.calls.call2026.title}: ${applications.calls.call2026.status}; ` +
      `try the simulator at POST /api/calls/${applications.calls.call2027.id}/simulate`,
  );
  console.log(
    `Ranking of the 2026 call (funding line after rank ${reviews.ranking.fundingLine.lastRankWithinBudget}): ` +
      `GET /api/calls/${applications.calls.call2026.id}/ranking`,
  );
} finally {
  await app.close();
}
