import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JobDispatcher } from '../../src/platform/jobs/job-dispatcher.js';
import { JobRunner } from '../../src/platform/jobs/job-runner.js';
import { JOB_QUEUE, type JobQueue } from '../../src/platform/jobs/queue-backend.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { sleep, waitFor } from '../utils/wait.js';
import { Invariants, reportFigures } from './figures.js';
import { applicationsReadyForDecision, decide, lettersComplete, letterState } from './letters-fixture.js';
import { PrivatePostgres, privatePostgresUnavailable } from './private-postgres.js';
import { PrivateRedis } from './private-redis.js';

/*
 * Redis is killed (SIGKILL, no persistence: every queued job is lost) while decision letters are
 * being produced, decisions keep coming while it is down, and it comes back empty. Every decision
 * must still get exactly one letter. Runs on a PostgreSQL and a Redis of its own.
 */
const unavailable = privatePostgresUnavailable() ?? PrivateRedis.unavailable();
if (unavailable) console.warn(`skipping the Redis fault test: ${unavailable}`);

const DECISIONS = 20;

(unavailable ? describe.skip : describe)('fault: Redis killed and restarted during letter generation', () => {
  let pg: PrivatePostgres | undefined;
  let redis: PrivateRedis | undefined;
  let t: TestApp | undefined;

  beforeAll(async () => {
    pg = await PrivatePostgres.create();
    redis = await PrivateRedis.create();
    const url = await pg.createDatabase('faults_redis');
    t = await createTestApp({
      DATABASE_URL: url,
      REDIS_URL: redis.url,
      QUEUE_BACKEND: 'redis',
      RUN_WORKERS: 'false',
      JOB_REDISPATCH_AFTER_MS: '3000',
      // One letter at a time, so that most of the first third still waits in Redis when it dies.
      JOB_CONCURRENCY: '1',
    });
  });
  afterAll(async () => {
    if (redis && !redis.running) await redis.start().catch(() => undefined); // let the queue close cleanly
    await t?.close().catch((err: unknown) => console.warn(`closing the app: ${String(err)}`));
    await redis?.destroy();
    await pg?.destroy();
  });

  it('gives every decision exactly one letter once Redis is back, whatever was lost with it', async () => {
    const started = Date.now();
    const app = t!;
    const inv = new Invariants();
    let requests = 0;
    const staff = await app.ctx.newStaff();
    const applicant = await app.ctx.newApplicant();
    const apps = await applicationsReadyForDecision(app, applicant, DECISIONS);

    // Count the jobs the dispatcher finds lost and hands over again.
    const dispatcher = app.ctx.get(JobDispatcher);
    const redispatchLost = dispatcher.redispatchLost.bind(dispatcher);
    let redispatched = 0;
    dispatcher.redispatchLost = async () => {
      const n = await redispatchLost();
      redispatched += n;
      return n;
    };

    // A third of the decisions at once with Redis up, while the workers are busy elsewhere (this
    // process starts its worker only once every letter job of that third waits in Redis)...
    const third = Math.floor(DECISIONS / 3);
    const statuses = await Promise.all(apps.slice(0, third).map((a, i) => decide(app, staff, a.id, i)));
    requests += third;
    await waitFor(async () => (await letterState(app)).outbox.pending === undefined, {
      what: 'the letter jobs to be handed to Redis',
      timeoutMs: 20_000,
      intervalMs: 20,
    });
    app.app.get<JobQueue>(JOB_QUEUE).startWorker(app.ctx.get(JobRunner).run);
    // ...and Redis is killed as soon as the first letter is stored: some jobs are running, the others
    // wait in Redis and die with it.
    await waitFor(async () => (await letterState(app)).letters > 0, {
      what: 'the first letter',
      timeoutMs: 20_000,
      intervalMs: 20,
    });
    await redis!.kill();
    const atKill = await letterState(app);

    // Decisions go on while Redis is down: they do not need it, their letters wait in the outbox.
    for (let i = third; i < 2 * third; i++) statuses.push(await decide(app, staff, apps[i].id, i));
    requests += third;
    const health = await app.http.get('/health');
    requests += 1;
    inv.check(health.status === 503, `/health answers 503 while Redis is down (got ${health.status})`);
    await sleep(1_500);
    await redis!.start();

    for (let i = 2 * third; i < DECISIONS; i++) statuses.push(await decide(app, staff, apps[i].id, i));
    requests += DECISIONS - 2 * third;
    inv.check(
      statuses.every((s) => s === 201),
      `every decision succeeds, Redis or not (got ${statuses.join(',')})`,
    );

    await waitFor(async () => lettersComplete(await letterState(app)), {
      what: 'every letter after Redis came back',
      timeoutMs: 60_000,
      intervalMs: 250,
    }).catch(() => undefined); // the invariants below say what is missing
    await sleep(1_000); // a duplicate delivery would show up now
    const final = await letterState(app);

    inv.check(redispatched > 0, 'the jobs Redis lost were found and dispatched again');
    inv.check(final.decisions === DECISIONS, `${DECISIONS} decisions stored (got ${final.decisions})`);
    inv.check(
      final.letters === final.decisions,
      `one letter per decision (${final.letters} letters, ${final.decisions} decisions)`,
    );
    inv.check(final.distinctLetterDecisions === final.letters, 'no decision has two letters');
    inv.check(final.lettersWithoutDecision === 0, 'no letter without a decision');
    inv.check(final.letterJobs === final.decisions, `one letter job per decision (got ${final.letterJobs})`);
    inv.check(final.letterJobsPerDecisionMax === 1, 'never two letter jobs for one decision');
    inv.check(
      (final.outbox.completed ?? 0) === final.letterJobs,
      `every letter job completed (${JSON.stringify(final.outbox)})`,
    );
    inv.check(
      final.generatedEvents === final.decisions,
      `letter.generated audited once per decision (got ${final.generatedEvents})`,
    );
    inv.check(final.generatedEventsPerDecisionMax === 1, 'no letter.generated twice for one decision');
    const verify = await app.http.get('/api/audit/verify').set('Authorization', staff.auth);
    requests += 1;
    inv.check(verify.status === 200 && verify.body.ok === true, 'the audit chain verifies');
    const healthAfter = await app.http.get('/health');
    requests += 1;
    inv.check(healthAfter.status === 200, `/health is up again (got ${healthAfter.status})`);

    reportFigures({
      test: 'redis-restart',
      requests,
      faults: 1,
      invariantsChecked: inv.checked,
      violations: inv.violations.length,
      durationMs: Date.now() - started,
      notes: {
        decisions: DECISIONS,
        lettersAtKill: atKill.letters,
        outboxAtKill: atKill.outbox,
        lostJobsDispatchedAgain: redispatched,
        final,
      },
    });
    expect(inv.violations).toEqual([]);
  });
});
