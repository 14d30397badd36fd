/**
 * `npm run bench:rss`: the API's memory through the bench's load, phase by phase, on a database that
 * `BENCH_KEEP_DB=1 npm run bench` seeded and kept (PostgreSQL only; `BENCH_DATABASE` names it).
 *
 * Starts the built API (dist/src/main.js) as the bench does, then replays the bench's logins (one at a
 * time), 800 submissions at concurrency 16, 200 + 6,000 reads at concurrency 32 and 22 rankings, and
 * prints after each phase the API's VmHWM (peak) and VmRSS from /proc/<pid>/status. Node options for
 * the API only (e.g. a heap limit to compare with) come from `BENCH_API_NODE_OPTIONS`.
 * Each run adds its 800 applications to the open call of that database.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { expectStatus, http } from './lib/http.js';
import { runLoad } from './lib/load.js';
import { startServer } from './lib/server.js';
import { submissionFlow } from './flow.js';
import { describeSeed, PASSWORD } from './seed.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const baseUrl = process.env.DATABASE_URL;
if (!baseUrl)
  throw new Error('bench:rss needs DATABASE_URL (the server of a database kept by BENCH_KEEP_DB=1)');
const url = new URL(baseUrl);
url.pathname = `/${process.env.BENCH_DATABASE ?? 'subsidies_bench'}`;
const benchUrl = url.toString();

const pool = new pg.Pool({ connectionString: benchUrl, max: 2 });
const seeded = await describeSeed(async (text, params) => (await pool.query(text, params)).rows as unknown[]);
const readIds = (
  await pool.query<{ id: string }>(
    `SELECT id FROM application WHERE status <> 'draft' ORDER BY md5(id::text) LIMIT 2000`,
  )
).rows.map((r) => r.id);
await pool.end();

const env = {
  DATABASE_URL: benchUrl,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  QUEUE_BACKEND: 'redis',
  QUEUE_PREFIX: `bench-rss-${process.pid}`,
  JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
  LOGIN_RATE_LIMIT: '10000',
  NODE_ENV: 'production',
};
// As `npm run bench`: an API process that serves HTTP only, and a worker process for the jobs.
const api = await startServer(join(ROOT, 'dist/src/main.js'), {
  ...env,
  RUN_WORKERS: 'false',
  NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS ?? '',
});
const worker = await startServer(join(ROOT, 'dist/src/worker.js'), env, null);
const API = `${api.url}/api`;

function memory(): string {
  const status = readFileSync(`/proc/${api.pid}/status`, 'utf8');
  const mb = (key: string) =>
    (Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024).toFixed(0);
  return `peak (VmHWM) ${mb('VmHWM').padStart(4)} MB, now (VmRSS) ${mb('VmRSS').padStart(4)} MB`;
}
const phase = (name: string, detail = '') => console.log(`${name.padEnd(12)} ${memory()}  ${detail}`);

try {
  phase('started');
  const login = async (email: string) =>
    expectStatus(
      await http('POST', `${API}/auth/login`, { body: { email, password: PASSWORD } }),
      200,
      `login ${email}`,
    ).json<{ accessToken: string }>().accessToken;
  const staffToken = await login(seeded.users.staff);
  const tokens: string[] = [];
  for (const email of seeded.users.applicants) tokens.push(await login(email));
  phase('logins', `${tokens.length + 1} one at a time`);

  // As the bench: flow i (create, the two partners' members accept, submit).
  const submissions = await runLoad(800, 16, async (i) => {
    await submissionFlow(API, tokens, seeded.openCallId, i);
  });
  phase('submissions', `${submissions.perSecond.toFixed(1)} flows/s, ${submissions.errors} errors`);

  const read = async (i: number) =>
    (await http('GET', `${API}/applications/${readIds[i % readIds.length]}`, { token: staffToken }))
      .status === 200;
  await runLoad(200, 32, read);
  const reads = await runLoad(6_000, 32, read);
  phase('reads', `${reads.perSecond.toFixed(0)} req/s, ${reads.errors} errors`);

  for (let i = 0; i < 22; i++) {
    expectStatus(
      await http('GET', `${API}/calls/${seeded.rankingCallId}/ranking`, { token: staffToken }),
      200,
      'ranking',
    );
  }
  phase('rankings', '22');
} finally {
  console.log(`worker VmHWM ${worker.peakRssMb().toFixed(0)} MB`);
  await api.stop();
  await worker.stop();
}
