/**
 * `npm run bench`: seeds the large data set into a database of its own, starts the built API
 * (dist/src/main.js) and the bare baseline server as their own processes, measures the main
 * operations beside their raw baselines, prints a table and writes bench/results/latest.json.
 *
 * PostgreSQL when DATABASE_URL is set (database `subsidies_bench` on that server, dropped at the end
 * unless BENCH_KEEP_DB=1), else the embedded PGlite with a tenth of the data (single connection:
 * the bench process, the baseline server and the API take turns on the data directory).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import PDFDocument from 'pdfkit';
import { ENTITIES } from '../src/entities.js';
import { openDataSource } from '../src/kernel/db/data-source.js';
import { LetterTemplates, fillPlaceholders } from '../src/domains/letters/letter-template.js';
import { letterValues, renderDecisionLetter } from '../src/domains/letters/render-decision-letter.js';
import { sampleApproval } from '../src/domains/letters/sample-letter-data.js';
import { submissionFlow } from './flow.js';
import { expectStatus, http } from './lib/http.js';
import { percentile, runLoad, timeRuns, type LoadResult } from './lib/load.js';
import { fmt, type Measurement, writeReport } from './lib/report.js';
import { type RunningServer, startServer } from './lib/server.js';
import type { BudgetReportView } from '../src/domains/reporting/dto/report.dto.js';
import {
  BUDGET_REPORT_SQL,
  ERDF_REPORT_SQL,
  flowParties,
  RANKING_SQL,
  type RawDb,
  type RawFlowContext,
  rawSubmission,
  submissionBody,
} from './raw.js';
import {
  APPROVAL_GRANT_CENTS,
  checkSeed,
  CLOSED_YEARS,
  describeSeed,
  FULL_SCALE,
  OPEN_YEAR,
  PASSWORD,
  RANKING_YEAR,
  type Scale,
  SMALL_SCALE,
  seed,
} from './seed.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();
const log = (msg: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
const rows: Measurement[] = [];
const p50 = (sorted: number[]) => percentile(sorted, 50);

const baseUrl = process.env.DATABASE_URL;
const onPostgres = Boolean(baseUrl);
const scale: Scale = onPostgres ? FULL_SCALE : SMALL_SCALE;
const BENCH_DB = process.env.BENCH_DATABASE ?? 'subsidies_bench';
const SUBMISSIONS = onPostgres ? 800 : 200;
const READS = onPostgres ? 6_000 : 1_000;
const LIST_RUNS = onPostgres ? 1_000 : 200;
/** Timed passes of the budget report over the ten years (after one warm-up pass): 30 requests. */
const BUDGET_PASSES = 3;
const REPORT_YEARS = reportYears();

function dbUrl(name: string): string {
  const url = new URL(baseUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function redisReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1_000);
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

function notMeasured(name: string, reason: string): void {
  rows.push({ name, value: NaN, unit: '', note: `not measured: ${reason}` });
}

function loadRows(
  name: string,
  api: LoadResult,
  base: LoadResult | undefined,
  baseName: string,
  unit: string,
): void {
  rows.push({
    name: `${name} throughput`,
    value: api.perSecond,
    unit,
    baseline: base && { name: baseName, value: base.perSecond },
    ratio: base && api.perSecond / base.perSecond,
    note: `${api.requests} ops, ${api.errors} errors`,
  });
  rows.push({
    name: `${name} p50`,
    value: api.p50Ms,
    unit: 'ms',
    baseline: base && { name: baseName, value: base.p50Ms },
    ratio: base && api.p50Ms / base.p50Ms,
  });
  rows.push({
    name: `${name} p99`,
    value: api.p99Ms,
    unit: 'ms',
    baseline: base && { name: baseName, value: base.p99Ms },
    ratio: base && api.p99Ms / base.p99Ms,
  });
}

// --- the database ---------------------------------------------------------------------------------------
let benchUrl: string | undefined;
let pgliteDir: string | undefined;
let scratch: string | undefined;
// BENCH_REUSE_DB=1 measures again on the database a run kept with BENCH_KEEP_DB=1 (PostgreSQL only).
const reuse = onPostgres && process.env.BENCH_REUSE_DB === '1';
if (onPostgres && !reuse) {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${BENCH_DB}`);
  await admin.end();
  benchUrl = dbUrl(BENCH_DB);
} else if (reuse) {
  benchUrl = dbUrl(BENCH_DB);
} else {
  scratch = mkdtempSync(join(tmpdir(), 'subsidies-bench-'));
  pgliteDir = join(scratch, 'pgdata');
}
log(`database: ${onPostgres ? `PostgreSQL ${BENCH_DB}` : `PGlite in ${pgliteDir} (a tenth of the data)`}`);

const dataSource = await openDataSource({ databaseUrl: benchUrl, pgliteDataDir: pgliteDir ?? '' }, ENTITIES);
log('migrated');
const seedSql = (t: string, p?: unknown[]) => dataSource.query(t, p) as Promise<unknown[]>;
const seeded = reuse ? { ...(await describeSeed(seedSql)), seconds: 0 } : await seed(seedSql, scale, log);
log(`seeded in ${seeded.seconds.toFixed(0)} s: ${JSON.stringify(seeded.counts)}`);
const seedCheck = await checkSeed(seedSql, scale);
log(`seed invariants hold; approved in the closed calls: ${seedCheck.approvedPct.join(' %, ')} %`);

const [{ version }] = (await dataSource.query(`SELECT current_setting('server_version') AS version`)) as {
  version: string;
}[];
const readIds = (
  (await dataSource.query(
    `SELECT id FROM application WHERE status <> 'draft' ORDER BY md5(id::text) LIMIT 2000`,
  )) as { id: string }[]
).map((r) => r.id);

let raw: RawDb;
if (onPostgres) {
  await dataSource.destroy();
  const pool = new pg.Pool({ connectionString: benchUrl, max: 20 });
  raw = {
    query: async (t, p) => (await pool.query(t, p)).rows as unknown[],
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(async (t, p) => (await client.query(t, p)).rows as unknown[]);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
} else {
  raw = {
    query: (t, p) => dataSource.query(t, p),
    transaction: (work) => dataSource.transaction((m) => work((t, p) => m.query(t, p) as Promise<unknown[]>)),
    close: () => dataSource.destroy(),
  };
}

// --- raw baselines in the bench process ------------------------------------------------------------------
log('raw: submission inserts');
const [{ title: openCallTitle }] = (await raw.query(`SELECT title FROM call WHERE id = $1`, [
  seeded.openCallId,
])) as { title: string }[];
const rawFlow = (i: number) => {
  const ctx: RawFlowContext = {
    ...flowParties(i),
    callTitle: openCallTitle,
    publicUrl: 'http://localhost:3000',
  };
  return rawSubmission(raw, submissionBody(seeded.openCallId, i), ctx);
};
await rawFlow(0);
const rawSubmit = await runLoad(SUBMISSIONS, 16, rawFlow);
// The baseline's mails are rows to write, not mails to send: the API, started later, would send them.
const [{ rawJobs }] = (await raw.query(
  `WITH gone AS (DELETE FROM job_outbox WHERE status = 'pending' AND job_name = 'mail.send' RETURNING 1)
   SELECT count(*)::int AS "rawJobs" FROM gone`,
)) as { rawJobs: number }[];
log(`raw: ${rawJobs} mail jobs of the baseline removed from the outbox`);
log('raw: ERDF report SQL');
const rawErdf = await timeRuns(20, () =>
  raw.query(ERDF_REPORT_SQL, [seeded.largestErdfProjectId, seeded.largestErdfCoordinatorId]),
);
log('raw: ranking SQL');
const rawRanking = await timeRuns(20, () => raw.query(RANKING_SQL, [seeded.rankingCallId]));
// The budget report's SQL: on PGlite here (the bench cannot query PGlite while the API holds it); on
// PostgreSQL beside the API's requests, one after the other, so that both see the same data and load.
let rawBudgetEarly: YearPasses | undefined;
if (!onPostgres) {
  log('raw: budget report SQL');
  rawBudgetEarly = await yearPasses({ raw: (year) => raw.query(BUDGET_REPORT_SQL, [year]) });
}
await raw.close();

// --- letter rendering in the bench process (no database) -------------------------------------------------
log('letters: render vs bare pdfkit');
const { template } = await new LetterTemplates().load('nl');
const letter = sampleApproval();
const renderRuns = await timeRuns(30, () => renderDecisionLetter(letter, template), 3);
const bareRuns = await timeRuns(30, () => barePdf(letter), 3);
rows.push({
  name: 'letter render (1 letter)',
  value: p50(renderRuns),
  unit: 'ms',
  baseline: { name: 'bare pdfkit, same text', value: p50(bareRuns) },
  ratio: p50(renderRuns) / p50(bareRuns),
  target: '≤ 1.5× bare',
  met: p50(renderRuns) / p50(bareRuns) <= 1.5,
  note: 'p50 of 30',
});

/** The same text as the decision letter, in a plain pdfkit document with the same embedded font. */
async function barePdf(data: typeof letter): Promise<Buffer> {
  const values = letterValues(data, template);
  const fill = (text: string) => fillPlaceholders(text, values);
  const t = template;
  const text = [
    t.letterhead.organisation,
    t.letterhead.department,
    ...t.letterhead.addressLines,
    data.addressee.name,
    ...data.addressee.addressLines,
    fill(t.approved.subject),
    fill(t.common.salutation),
    fill(t.approved.intro),
    t.common.legalBasisTitle,
    ...t.common.legalBasis.map(fill),
    t.common.factsTitle,
    ...t.common.facts.map(fill),
    t.approved.decisionTitle,
    ...t.approved.decision.map(fill),
    t.approved.conditionsTitle,
    ...t.approved.conditions.map(fill),
    t.common.deMinimisTitle,
    ...t.common.deMinimis.map(fill),
    t.common.appealTitle,
    ...t.common.appeal.map(fill),
    fill(t.common.closing),
    ...data.signatories.map((s) => s.name),
  ];
  const { createRequire } = await import('node:module');
  const font = createRequire(import.meta.url).resolve(
    '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  );
  const doc = new PDFDocument({ size: 'A4', font });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.on('data', (c: Buffer) => chunks.push(c));
  for (const line of text) doc.fontSize(10).text(line);
  doc.end();
  return done;
}

// --- the bare read server ----------------------------------------------------------------------------
const dbEnv = onPostgres ? { DATABASE_URL: benchUrl } : { DATABASE_URL: '', PGLITE_DATA_DIR: pgliteDir };
log('bare server: GET application');
const bare = await startServer(join(ROOT, 'dist/bench/baseline-server.js'), dbEnv);
const readOp =
  (server: RunningServer, token?: string, prefix = '') =>
  async (i: number) =>
    (await http('GET', `${server.url}${prefix}/api/applications/${readIds[i % readIds.length]}`, { token }))
      .status === 200;
await runLoad(200, 32, readOp(bare));
const bareRead = await runLoad(READS, 32, readOp(bare));
log('bare server: GET application in one statement');
await runLoad(200, 32, readOp(bare, undefined, '/one'));
const bareOneRead = await runLoad(READS, 32, readOp(bare, undefined, '/one'));
await bare.stop();

// --- the API ---------------------------------------------------------------------------------------------
const redisUrl = onPostgres ? (process.env.REDIS_URL ?? 'redis://127.0.0.1:6379') : undefined;
const withRedis = redisUrl !== undefined && (await redisReachable(redisUrl));
// With a shared queue the API runs as deployed for load (docs/architecture.md): an API process that serves
// HTTP only (RUN_WORKERS=false) and a worker process (`npm run start:worker`) that runs the jobs — mails,
// letters. On the embedded default the jobs run in the API process.
log(
  `API: starting dist/src/main.js (${withRedis ? 'Redis queue, jobs in dist/src/worker.js' : 'in-process jobs'})`,
);
const apiScratch = mkdtempSync(join(tmpdir(), 'subsidies-bench-api-'));
const apiEnv = {
  ...dbEnv,
  DATA_DIR: apiScratch,
  REDIS_URL: withRedis ? redisUrl : '',
  QUEUE_BACKEND: withRedis ? 'redis' : 'inline',
  QUEUE_PREFIX: `bench-${process.pid}`,
  JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
  LOGIN_RATE_LIMIT: '10000',
  NODE_ENV: 'production',
};
const api = await startServer(join(ROOT, 'dist/src/main.js'), {
  ...apiEnv,
  RUN_WORKERS: withRedis ? 'false' : 'true',
});
const worker = withRedis ? await startServer(join(ROOT, 'dist/src/worker.js'), apiEnv, null) : undefined;
const API = `${api.url}/api`;
const login = async (email: string) =>
  expectStatus(
    await http('POST', `${API}/auth/login`, { body: { email, password: PASSWORD } }),
    200,
    `login ${email}`,
  ).json<{
    accessToken: string;
  }>().accessToken;
const staffToken = await login(seeded.users.staff);
const applicantTokens: string[] = [];
for (const email of seeded.users.applicants) applicantTokens.push(await login(email));

// 1. Submission over HTTP, concurrency 16 (`submissionFlow`: create, the two partners' members accept,
// submit). The applicant waits for the create and the submit: those two are timed (p50, p99); the
// accepts are other users' work in between. Throughput: whole flows per second.
log('API: submission (create, two partners accept, submit)');
const submitWaits: number[] = [];
const submitErrors: string[] = [];
const submitFlow = async (i: number) => {
  try {
    submitWaits.push(await submissionFlow(API, applicantTokens, seeded.openCallId, i));
  } catch (err) {
    submitErrors.push(`flow ${i}: ${err instanceof Error ? err.message : String(err)}`);
    throw err;
  }
};
await submitFlow(0).catch(() => undefined);
const warmupErrors = submitErrors.length;
submitWaits.length = 0;
const apiSubmitFlows = await runLoad(SUBMISSIONS, 16, async (i) => submitFlow(i + 1));
submitWaits.sort((a, b) => a - b);
const apiSubmit: LoadResult = {
  ...apiSubmitFlows,
  p50Ms: percentile(submitWaits, 50),
  p99Ms: percentile(submitWaits, 99),
};
if (submitErrors.length > 0) {
  console.error(`submission: ${submitErrors.length} flows failed; the first ones:`);
  for (const e of submitErrors.slice(0, 5)) console.error(`  ${e}`);
}
const submitFailed = apiSubmitFlows.errors + warmupErrors;
loadRows('submission (create, 2 accepts, submit)', apiSubmit, rawSubmit, 'raw pg, 1 transaction', 'flows/s');
rows[rows.length - 3].note =
  `whole flows/s (create, GET invitations, 2 accepts by the partners' members, submit); ` +
  `${apiSubmitFlows.requests} flows, ${submitFailed} failed` +
  (warmupErrors > 0 ? ' (incl. the warm-up flow)' : '');
rows[rows.length - 2].note = "create + submit of a flow (the applicant's wait), without the accepts";
rows[rows.length - 1].note = rows[rows.length - 2].note;
rows[rows.length - 1].target = '< 200 ms';
rows[rows.length - 1].met = apiSubmit.p99Ms < 200 && submitFailed === 0;

// 2. Read, concurrency 32, beside the bare server.
log(`API peak RSS so far ${fmt(api.peakRssMb())} MB; API: read`);
await runLoad(200, 32, readOp(api, staffToken));
const apiRead = await runLoad(READS, 32, readOp(api, staffToken));
loadRows('read GET /applications/:id', apiRead, bareRead, 'bare node:http + pg', 'req/s');
rows[rows.length - 3].target = '≥ 40 % of bare';
rows[rows.length - 3].met = apiRead.perSecond / bareRead.perSecond >= 0.4 && apiRead.errors === 0;
rows.push({
  name: 'read throughput beside one statement',
  value: apiRead.perSecond,
  unit: 'req/s',
  baseline: { name: 'bare node:http, one SQL statement', value: bareOneRead.perSecond },
  ratio: apiRead.perSecond / bareOneRead.perSecond,
  target: '≥ 0.5',
  met: apiRead.perSecond / bareOneRead.perSecond >= 0.5 && apiRead.errors === 0,
  note: `${bareOneRead.errors} errors in the baseline`,
});

// 2b. The list endpoints the portal uses (issue #23): an applicant's "my applications", the staff's
// screening queue with the live verdict of each row (`?eligibility=true`, as the portal asks), 16 at a time.
log('API: portal lists');
const listOp = (path: string, token: (i: number) => string) => async (i: number) =>
  (await http('GET', `${API}${path}`, { token: token(i) })).status === 200;
const myApplications = listOp('/applications?limit=100', (i) => applicantTokens[i % applicantTokens.length]);
await runLoad(100, 16, myApplications);
loadRows(
  'portal: my applications (limit 100)',
  await runLoad(LIST_RUNS, 16, myApplications),
  undefined,
  '',
  'req/s',
);
const queue = listOp('/applications?status=submitted&eligibility=true&limit=100', () => staffToken);
await runLoad(100, 16, queue);
loadRows('portal: screening queue (limit 100)', await runLoad(LIST_RUNS, 16, queue), undefined, '', 'req/s');

// 3. Ranking.
log(`API peak RSS so far ${fmt(api.peakRssMb())} MB; API: ranking`);
let rankedItems = 0;
const rankingRuns = await timeRuns(20, async () => {
  const res = expectStatus(
    await http('GET', `${API}/calls/${seeded.rankingCallId}/ranking`, { token: staffToken }),
    200,
    'ranking',
  );
  rankedItems = res.json<{ total: number }>().total;
});
rows.push({
  name: `ranking (${rankedItems} applications × 3 reviews)`,
  value: p50(rankingRuns),
  unit: 'ms',
  baseline: { name: 'raw SQL aggregation', value: p50(rawRanking) },
  ratio: p50(rankingRuns) / p50(rawRanking),
  target: '< 200 ms',
  met: p50(rankingRuns) < 200,
  note: `p50 of 20; p99 ${fmt(percentile(rankingRuns, 99))} ms`,
});

// 4. Reports.
// 4a. The budget report over the whole data set. The report is per year (`?year=`, every call of that
// year, all programmes): one request per year of the data set, the ten years in turn, so that every call
// and every application is reported; beside the same figures from BUDGET_REPORT_SQL.
log('API: budget report, each year of the data set in turn, beside its raw SQL');
const budgetApi = async (year: number) =>
  expectStatus(
    await http('GET', `${API}/reports/budget?year=${year}`, { token: staffToken }),
    200,
    `budget report ${year}`,
  ).json<BudgetReportView>();
let budget4a: YearPasses;
let rawBudget: YearPasses;
if (onPostgres) {
  const pool = new pg.Pool({ connectionString: benchUrl, max: 1 });
  budget4a = await yearPasses({
    api: budgetApi,
    raw: async (year) => (await pool.query(BUDGET_REPORT_SQL, [year])).rows as unknown[],
  });
  await pool.end();
  rawBudget = budget4a;
} else {
  budget4a = await yearPasses({ api: budgetApi });
  rawBudget = rawBudgetEarly!;
}
const budgetMismatches = REPORT_YEARS.filter((year) => year !== OPEN_YEAR).flatMap((year) =>
  budgetReportMismatches(
    year,
    budget4a.first.api.get(year) as BudgetReportView,
    rawBudget.first.raw.get(year) as RawBudgetRow[],
  ),
);
if (budgetMismatches.length > 0) console.error(`budget report ≠ raw SQL: ${budgetMismatches.join('; ')}`);
const [apiBudgetP50, rawBudgetP50] = [p50(budget4a.samples.api), p50(rawBudget.samples.raw)];
const budgetTotals = (budget4a.first.api.get(CLOSED_YEARS[0]) as BudgetReportView).totals;
rows.push({
  name: `budget report, each of the ${REPORT_YEARS.length} years in turn (${budgetTotals.applicationCount} applications a closed year)`,
  value: apiBudgetP50,
  unit: 'ms',
  baseline: { name: 'raw SQL, same figures', value: rawBudgetP50 },
  ratio: apiBudgetP50 / rawBudgetP50,
  target: '< 300 ms and ≤ 2× raw',
  met: apiBudgetP50 < 300 && apiBudgetP50 / rawBudgetP50 <= 2 && budgetMismatches.length === 0,
  note:
    `p50 of ${budget4a.samples.api.length}, p99 ${fmt(percentile(budget4a.samples.api, 99))} ms ` +
    `(raw ${fmt(percentile(rawBudget.samples.raw, 99))} ms); the ten years (whole data set) ` +
    `${fmt(p50(budget4a.passes.api))} ms (raw ${fmt(p50(rawBudget.passes.raw))} ms); ` +
    (budgetMismatches.length === 0
      ? 'figures equal the raw SQL'
      : `${budgetMismatches.length} figures differ from the raw SQL`) +
    (onPostgres ? '' : '; raw measured before the API (PGlite)'),
});
log(`API peak RSS so far ${fmt(api.peakRssMb())} MB; API: ERDF report`);
const erdfRuns = await timeRuns(20, async () =>
  expectStatus(
    await http('GET', `${API}/erdf-projects/${seeded.largestErdfProjectId}/report`, { token: staffToken }),
    200,
    'ERDF report',
  ),
);
rows.push({
  name: `ERDF report (largest project, ${scale.largestProjectExpenses} expenses)`,
  value: p50(erdfRuns),
  unit: 'ms',
  baseline: { name: 'raw SQL aggregation', value: p50(rawErdf) },
  ratio: p50(erdfRuns) / p50(rawErdf),
  note: 'p50 of 20',
});

// 6. Concurrent approvals on a call whose budget fits `approvalFits` of them.
log(`API peak RSS so far ${fmt(api.peakRssMb())} MB; API: ${scale.approvals} concurrent approvals`);
const approvalIds = seeded.approvalsApplicationIds.slice(0, scale.approvals);
const outcomes = new Map<string, number>();
const errorCode = (body: string) => {
  try {
    return (JSON.parse(body) as { code?: string }).code ?? '?';
  } catch {
    return '?';
  }
};
const failures: string[] = [];
const approvalsStarted = performance.now();
await Promise.all(
  approvalIds.map(async (applicationId) => {
    const res = await http('POST', `${API}/applications/${applicationId}/decision`, {
      token: staffToken,
      body: {
        outcome: 'approved',
        grantedCents: APPROVAL_GRANT_CENTS,
        motivation: 'Past binnen het budget.',
        // Most of the 200 rank below the funding line: approving them departs from the ranking.
        derogationReason: 'Demo: goedgekeurd onder de financieringslijn voor de benchmark.',
      },
    });
    const key = res.status >= 400 ? `${res.status} ${errorCode(res.body)}` : String(res.status);
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    if (res.status >= 500 || (res.status >= 400 && key !== '422 BUDGET_EXCEEDED'))
      failures.push(res.body.slice(0, 200));
  }),
);
const approvalsMs = performance.now() - approvalsStarted;
const budget = expectStatus(
  await http('GET', `${API}/calls/${seeded.approvalsCallId}/budget`, { token: staffToken }),
  200,
  'budget',
).json<{ budgetCents: number; committedCents: number }>();
const approvedByApi = (outcomes.get('201') ?? 0) + (outcomes.get('200') ?? 0);
const approved = budget.committedCents / APPROVAL_GRANT_CENTS;
const overBudget = outcomes.get('422 BUDGET_EXCEEDED') ?? 0;
const otherOutcomes = [...outcomes].filter(([k]) => !['200', '201', '422 BUDGET_EXCEEDED'].includes(k));
rows.push({
  name: `${scale.approvals} concurrent approvals, budget fits ${scale.approvalFits}`,
  value: approvalsMs,
  unit: 'ms',
  target: `exactly ${scale.approvalFits} approved`,
  met:
    approved === scale.approvalFits &&
    approvedByApi === approved &&
    overBudget === approvalIds.length - scale.approvalFits &&
    budget.committedCents <= budget.budgetCents,
  note:
    `${approved} committed in the ledger, ${approvedByApi} answered as approved, ${overBudget} × 422 BUDGET_EXCEEDED` +
    (otherOutcomes.length > 0 ? `; OTHER ANSWERS ${JSON.stringify(Object.fromEntries(otherOutcomes))}` : '') +
    `; committed ${budget.committedCents} of ${budget.budgetCents} cents`,
});

if (failures.length > 0)
  console.error(`approvals answered other than 201 or 422 BUDGET_EXCEEDED: ${failures[0]}`);

// 5. Letters through the queue: let the letters of the approvals finish, then regenerate every letter of
// the call (the approvals and the seeded rejections) and time until the queue has rendered and stored them all.
if (onPostgres && withRedis) {
  const pool = new pg.Pool({ connectionString: benchUrl, max: 2 });
  const letterJobs = async (regenerate: boolean) =>
    Number(
      (
        await pool.query(
          `SELECT count(*) FILTER (WHERE status = 'completed') AS done, count(*) AS all FROM job_outbox
            WHERE job_name = 'decision-letter' AND COALESCE((payload->>'regenerate')::boolean, false) = $1`,
          [regenerate],
        )
      ).rows[0].done,
    );
  const [{ decisions }] = (
    await pool.query(`SELECT count(*)::int AS decisions FROM decision WHERE call_id = $1`, [
      seeded.approvalsCallId,
    ])
  ).rows as { decisions: number }[];
  for (let i = 0; i < 600 && (await letterJobs(false)) < approvedByApi; i++) await sleep(200);
  log(`API: ${decisions} decisions; regenerating every letter of the call`);
  const lettersStarted = performance.now();
  expectStatus(
    await http('POST', `${API}/calls/${seeded.approvalsCallId}/decision-letters`, { token: staffToken }),
    202,
    'regenerate letters',
  );
  let done = 0;
  for (let i = 0; i < 1200 && done < decisions; i++) {
    await sleep(100);
    done = await letterJobs(true);
  }
  const lettersSeconds = (performance.now() - lettersStarted) / 1000;
  await pool.end();
  rows.push({
    name: `decision letters through the queue (${decisions})`,
    value: done / lettersSeconds,
    unit: 'letters/s',
    target: '≥ 50/s',
    met: done === decisions && done / lettersSeconds >= 50,
    note: `${done} of ${decisions} rendered and stored in ${fmt(lettersSeconds)} s (BullMQ on Redis, one worker process)`,
  });
} else {
  notMeasured(
    `decision letters through the queue (${scale.letters})`,
    onPostgres ? 'Redis is not reachable' : 'needs PostgreSQL and Redis (PGlite runs jobs in-process)',
  );
}

// 7. Peak RSS.
rows.push({
  name: 'API peak RSS',
  value: api.peakRssMb(),
  unit: 'MB',
  target: '< 250 MB',
  met: api.peakRssMb() < 250,
  note: worker
    ? 'VmHWM of the API process (HTTP only, RUN_WORKERS=false) over the run'
    : 'VmHWM of the API process over the run (jobs and PGlite in it)',
});
if (worker) {
  rows.push({
    name: 'worker peak RSS',
    value: worker.peakRssMb(),
    unit: 'MB',
    note: 'VmHWM of the worker process (mails, letters on LETTER_RENDER_THREADS threads) over the run',
  });
}
await api.stop();
await worker?.stop();

// --- helpers of the budget report (4a) ---------------------------------------------------------------------
/** The years of the data set's calls: the budget report is per year. */
function reportYears(): number[] {
  return [...new Set([...CLOSED_YEARS, RANKING_YEAR, OPEN_YEAR])].sort((a, b) => a - b);
}

interface YearPasses {
  /** Durations in ms of every timed request, sorted. */
  samples: Record<string, number[]>;
  /** Durations in ms of every timed pass over the ten years (sums of their requests), sorted. */
  passes: Record<string, number[]>;
  /** What each operation answered for each year in the (untimed) warm-up pass. */
  first: Record<string, Map<number, unknown>>;
}

/**
 * One warm-up pass over the report years, then BUDGET_PASSES timed passes; within a pass, for each
 * year, every operation in turn (so that the API and its raw SQL alternate under the same load).
 */
async function yearPasses(ops: Record<string, (year: number) => Promise<unknown>>): Promise<YearPasses> {
  const names = Object.keys(ops);
  const out: YearPasses = { samples: {}, passes: {}, first: {} };
  for (const name of names) [out.samples[name], out.passes[name], out.first[name]] = [[], [], new Map()];
  for (let pass = -1; pass < BUDGET_PASSES; pass++) {
    const passMs = new Map(names.map((n) => [n, 0]));
    for (const year of REPORT_YEARS) {
      for (const name of names) {
        const t0 = performance.now();
        const result = await ops[name](year);
        const ms = performance.now() - t0;
        if (pass < 0) out.first[name].set(year, result);
        else {
          out.samples[name].push(ms);
          passMs.set(name, passMs.get(name)! + ms);
        }
      }
    }
    if (pass >= 0) for (const name of names) out.passes[name].push(passMs.get(name)!);
  }
  for (const name of names) [out.samples[name], out.passes[name]].forEach((a) => a.sort((x, y) => x - y));
  return out;
}

/** A row of BUDGET_REPORT_SQL (bigint and numeric columns come back as strings from pg). */
type RawBudgetRow = Record<string, string | number | null>;

/** Where the API's report of `year` differs from the raw SQL: totals, and every call's figures. */
function budgetReportMismatches(year: number, api: BudgetReportView, raw: RawBudgetRow[]): string[] {
  const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));
  const callRows = raw.filter((r) => Number(r.all_calls) === 0 && Number(r.all_clusters) === 1);
  const total = raw.find((r) => Number(r.all_calls) === 1 && Number(r.all_clusters) === 1);
  const pairs: [string, BudgetReportView['totals'], RawBudgetRow | undefined][] = [
    ['totals', api.totals, total],
    ...api.calls.map((c): [string, BudgetReportView['totals'], RawBudgetRow | undefined] => [
      c.title,
      c,
      callRows.find((r) => r.call_id === c.callId),
    ]),
  ];
  const out: string[] = [];
  if (callRows.length !== api.calls.length)
    out.push(`${year}: ${api.calls.length} calls, raw ${callRows.length}`);
  for (const [what, figures, row] of pairs) {
    const expected: [keyof BudgetReportView['totals'], string][] = [
      ['budgetCents', 'budget'],
      ['committedCents', 'committed'],
      ['paidCents', 'paid'],
      ['availableCents', 'available'],
      ['applicationCount', 'application_count'],
      ['submittedCount', 'submitted_count'],
      ['approvedCount', 'approved_count'],
      ['decidedCount', 'decided_count'],
      ['requestedCents', 'requested'],
      ['grantedCents', 'granted'],
      ['successRatePct', 'success_rate_pct'],
      ['medianDaysToDecision', 'median_days'],
    ];
    for (const [key, column] of expected) {
      const want = num(row?.[column]);
      const got = figures[key] as number | null;
      if (
        got !== want &&
        !(key === 'medianDaysToDecision' && want !== null && got === Math.round(want * 10) / 10)
      ) {
        out.push(`${year} ${what} ${key}: API ${got}, raw ${want}`);
      }
    }
  }
  return out;
}

// --- report ----------------------------------------------------------------------------------------------
const meta = {
  at: new Date().toISOString(),
  database: onPostgres ? `PostgreSQL ${version}` : `PGlite (PostgreSQL ${version}, single connection)`,
  queue: withRedis ? 'BullMQ on Redis' : 'in-process',
  scale,
  counts: seeded.counts,
  seedSeconds: seeded.seconds,
  node: process.version,
  cpus: cpus().length,
  loadAverageAtEnd: loadavg(),
  totalSeconds: (performance.now() - started) / 1000,
};
writeReport(join(ROOT, 'bench/results/latest.json'), meta, rows);
console.log(
  `\n${meta.database}, ${meta.queue} queue, ${meta.cpus} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, ${meta.totalSeconds.toFixed(0)} s in all`,
);

if (onPostgres && process.env.BENCH_KEEP_DB !== '1') {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  await admin.end();
}
rmSync(apiScratch, { recursive: true, force: true });
if (scratch) rmSync(scratch, { recursive: true, force: true });
