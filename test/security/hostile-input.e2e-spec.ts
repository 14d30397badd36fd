/**
 * Hostile input against every route of the OpenAPI document (issue #9): random and malformed bodies,
 * query strings and ids. Invariants: never a 5xx, always the error shape of SPEC.md §3, and a refused
 * request writes nothing (no audit event, since every change of state or money is audited).
 * New routes are covered automatically. FUZZ_RUNS sets the samples per route and role (default 12).
 */
import { AuthService } from '../../src/platform/identity/auth.service.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

interface Operation {
  method: Method;
  path: string;
  bodyFields: string[];
  queryFields: string[];
}

const nasty = fc.constantFrom<unknown>(
  "'; DROP TABLE organisation; --",
  '<script>alert(1)</script>',
  '{{reference}}',
  '\u0000',
  'x'.repeat(100_000),
  '2023-02-30',
  '0000-00-00',
  -1,
  -0.01,
  0.5,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '12.5',
  true,
  null,
  [],
  {},
  { $ne: null },
  '../../etc/passwd',
  '00000000-0000-0000-0000-000000000000',
);

/** A value of any shape, biased towards the nasty ones. */
const anyValue = fc.oneof(
  { weight: 3, arbitrary: nasty },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  fc.string({ maxLength: 40 }),
);

/** JSON text nested `depth` levels deep (kept as text so that reports stay printable). */
function deepNesting(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** A request body as JSON text. */
function bodyFor(op: Operation): fc.Arbitrary<string> {
  const known =
    op.bodyFields.length > 0
      ? fc.dictionary(fc.constantFrom(...op.bodyFields), anyValue, { maxKeys: op.bodyFields.length })
      : fc.constant({});
  return fc.oneof(
    { weight: 4, arbitrary: known.map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.record({ unexpected: anyValue }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.constantFrom(deepNesting(5_000), '{"a":', 'null', '"text"', '[1,2') },
  );
}

const idSegment = fc.oneof(
  fc.uuid(),
  fc.constantFrom('not-a-uuid', '1', "1' OR '1'='1", '%00', 'x'.repeat(300), '..'),
);

function queryFor(op: Operation): fc.Arbitrary<Record<string, string>> {
  const keys = op.queryFields.length > 0 ? [...op.queryFields, 'bogus'] : ['bogus', 'limit'];
  return fc.dictionary(
    fc.constantFrom(...keys),
    fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('-1', '1e9', 'NaN', '2023-02-30', "'", 'csv', 'xlsx'),
    ),
    { maxKeys: 3 },
  );
}

describe('hostile input on every route', () => {
  let t: TestApp;
  let users: Record<'staff' | 'admin' | 'applicant' | 'evaluator', TestUser>;
  let operations: Operation[];

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT: '100000', REGISTER_RATE_LIMIT: '100000' });
    users = {
      staff: await t.ctx.newStaff(),
      admin: await t.ctx.newAdmin(),
      applicant: await t.ctx.newApplicant(),
      evaluator: await t.ctx.newEvaluator(),
    };
    await t.ctx.newOrganisation(users.applicant);
    const doc = (await t.http.get('/api/docs-json').expect(200)).body as OpenApiDoc;
    operations = collectOperations(doc);
  });
  afterAll(() => t.close());

  const auditCount = async () =>
    Number(
      ((await t.dataSource.query('SELECT count(*)::int AS n FROM audit_event')) as { n: number }[])[0].n,
    );

  it('finds the routes to attack in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it('never answers 5xx, always with the error shape, and writes nothing when it refuses', async () => {
    let requests = 0;
    for (const op of operations) {
      for (const role of ['staff', 'admin', 'applicant', 'evaluator', 'anonymous'] as const) {
        await fc.assert(
          fc.asyncProperty(
            fc.array(idSegment, { minLength: 3, maxLength: 3 }),
            bodyFor(op),
            queryFor(op),
            async (ids, body, query) => {
              let i = 0;
              const path = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(ids[i++ % ids.length]));
              const before = await auditCount();
              let req = t.http[op.method](path).query(query);
              if (role !== 'anonymous') {
                // Logging out revokes the token: log out a session of its own, keep the user's.
                const auth =
                  op.path === '/api/auth/logout'
                    ? `Bearer ${await t.ctx.get(AuthService).issueToken(users[role])}`
                    : users[role].auth;
                req = req.set('Authorization', auth);
              }
              if (op.method !== 'get' && op.method !== 'delete')
                req = req.set('Content-Type', 'application/json').send(body);
              const res = await req;
              requests += 1;
              const context = `${op.method.toUpperCase()} ${path} as ${role} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
              if (res.status >= 500) throw new Error(`server error: ${context}`);
              if (res.status >= 400) {
                expect(res.body).toEqual(
                  expect.objectContaining({
                    statusCode: res.status,
                    code: expect.any(String),
                    message: expect.any(String),
                  }),
                );
                const after = await auditCount();
                if (after !== before)
                  throw new Error(`a refused request wrote ${after - before} audit event(s): ${context}`);
              }
            },
          ),
          { numRuns: RUNS, endOnFailure: true },
        );
      }
    }
    console.log(`hostile input: ${requests} requests over ${operations.length} operations, 0 server errors`);
  }, 1_200_000);

  it('stores SQL and script payloads verbatim and returns them as data', async () => {
    const name = `'); DROP TABLE organisation; -- <script>alert("x")</script> {{reference}}`;
    const org = await t.ctx.newOrganisation(users.applicant, { name });
    const res = await t.http
      .get(`/api/organisations/${org.id}`)
      .set('Authorization', users.applicant.auth)
      .expect(200);
    expect(res.body.name).toBe(name);
    expect(res.headers['content-type']).toMatch(/application\/json/);
  });
});

interface OpenApiDoc {
  paths: Record<
    string,
    Partial<
      Record<
        Method,
        {
          parameters?: { name: string; in: string }[];
          requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
        }
      >
    >
  >;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}

function collectOperations(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const ref = op.requestBody?.content?.['application/json']?.schema?.$ref;
      const schema = ref ? doc.components?.schemas?.[ref.split('/').pop() ?? ''] : undefined;
      ops.push({
        method,
        path,
        bodyFields: Object.keys(schema?.properties ?? {}),
        queryFields: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      });
    }
  }
  return ops;
}
