/**
 * The bare baseline of GET /api/applications/:id: node:http + pg (or PGlite), the same SELECTs as
 * ApplicationsService.get/view for a staff reader (application; partners joined with their costs,
 * then their organisations; the call joined with its programme), the same response shape, and no framework, no
 * authentication, no validation, no eligibility rules. Started as its own process by bench/run.ts.
 * `/one/api/applications/:id` answers the same application with one statement (issue #23).
 */
import { createServer, type ServerResponse } from 'node:http';
import pg from 'pg';

type Query = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

async function connect(): Promise<Query> {
  if (process.env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
    return async (text, params) => (await pool.query(text, params)).rows as Record<string, unknown>[];
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(process.env.PGLITE_DATA_DIR ?? './data/pgdata');
  return async (text, params) => (await db.query<Record<string, unknown>>(text, params)).rows;
}

const query = await connect();

async function application(id: string): Promise<unknown> {
  const [app] = await query(`SELECT * FROM application WHERE id = $1`, [id]);
  if (!app) return undefined;
  const content = async () => {
    const rows = await query(
      `SELECT p.id, p.organisation_id, p.role, c.category, c.description, c.amount_cents
         FROM application_partner p LEFT JOIN application_cost c ON c.partner_id = p.id
        WHERE p.application_id = $1 ORDER BY p.position, c.position`,
      [id],
    );
    const partners = [...new Map(rows.map((r) => [r.id, r])).values()];
    const costs = rows.filter((r) => r.category !== null);
    const organisations = await query(`SELECT * FROM organisation WHERE id = ANY($1::uuid[])`, [
      partners.map((p) => p.organisation_id),
    ]);
    return partners.map((p) => {
      const o = organisations.find((x) => x.id === p.organisation_id)!;
      const own = costs.filter((c) => c.id === p.id);
      return {
        organisationId: o.id,
        name: o.name,
        enterpriseNumber: o.enterprise_number,
        kind: o.kind,
        smeSize: o.sme_size,
        role: p.role,
        costs: own.map((c) => ({
          category: c.category,
          description: c.description,
          amountCents: Number(c.amount_cents),
        })),
      };
    });
  };
  const call = async () => {
    const [row] = await query(
      `SELECT c.*, row_to_json(p) AS programme FROM call c JOIN programme p ON p.id = c.programme_id
        WHERE c.id = $1`,
      [app.call_id],
    );
    return row;
  };
  const [partners] = await Promise.all([content(), call()]);
  return {
    id: app.id,
    reference: app.reference,
    callId: app.call_id,
    title: app.title,
    acronym: app.acronym,
    summary: app.summary,
    cluster: app.cluster,
    language: app.language,
    startDate: app.start_date,
    endDate: app.end_date,
    requestedCents: Number(app.requested_cents),
    status: app.status,
    partners,
    createdBy: app.created_by,
    submittedAt: app.submitted_at,
    version: app.version,
    snapshot: app.snapshot,
    createdAt: app.created_at,
    updatedAt: app.updated_at,
  };
}

/**
 * The same application as ONE statement that builds the JSON in PostgreSQL (issue #23): the floor of a
 * read, one round trip and no parsing nor serialising in node. The partners' organisations and costs are
 * nested by correlated subqueries, in the order of the multi-query answer.
 */
const ONE_STATEMENT_SQL = `
  SELECT json_build_object(
    'id', a.id, 'reference', a.reference, 'callId', a.call_id, 'title', a.title, 'acronym', a.acronym,
    'summary', a.summary, 'cluster', a.cluster, 'language', a.language, 'startDate', a.start_date,
    'endDate', a.end_date, 'requestedCents', a.requested_cents, 'status', a.status,
    'partners', (
      SELECT coalesce(json_agg(json_build_object(
               'organisationId', o.id, 'name', o.name, 'enterpriseNumber', o.enterprise_number,
               'kind', o.kind, 'smeSize', o.sme_size, 'role', p.role,
               'costs', (SELECT coalesce(json_agg(json_build_object(
                                  'category', c.category, 'description', c.description,
                                  'amountCents', c.amount_cents) ORDER BY c.position), '[]')
                           FROM application_cost c WHERE c.partner_id = p.id)
             ) ORDER BY p.position), '[]')
        FROM application_partner p JOIN organisation o ON o.id = p.organisation_id
       WHERE p.application_id = a.id),
    'createdBy', a.created_by, 'submittedAt', a.submitted_at, 'version', a.version,
    'snapshot', a.snapshot, 'createdAt', a.created_at, 'updatedAt', a.updated_at
  )::text AS body
  FROM application a WHERE a.id = $1`;

async function applicationInOneStatement(id: string): Promise<string | undefined> {
  const [row] = await query(ONE_STATEMENT_SQL, [id]);
  return row?.body as string | undefined;
}

function sendText(res: ServerResponse, text: string): void {
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

createServer((req, res) => {
  if (req.url === '/health') return send(res, 200, { status: 'ok' });
  const one = /^\/one\/api\/applications\/([0-9a-f-]{36})$/.exec(req.url ?? '');
  if (one) {
    applicationInOneStatement(one[1]).then(
      (text) => (text ? sendText(res, text) : send(res, 404, { code: 'NOT_FOUND' })),
      (err: unknown) => send(res, 500, { message: String(err) }),
    );
    return;
  }
  const match = /^\/api\/applications\/([0-9a-f-]{36})$/.exec(req.url ?? '');
  if (!match) return send(res, 404, { code: 'NOT_FOUND' });
  application(match[1]).then(
    (body) => (body ? send(res, 200, body) : send(res, 404, { code: 'NOT_FOUND' })),
    (err: unknown) => send(res, 500, { message: String(err) }),
  );
}).listen(Number(process.env.PORT ?? 3999), '127.0.0.1');
