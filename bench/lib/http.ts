import { Agent, request } from 'node:http';

/** One keep-alive agent for every request of the load generator (the same client for the API and the baselines). */
const agent = new Agent({ keepAlive: true, maxSockets: 128 });

export interface HttpResponse {
  status: number;
  body: string;
  json<T = unknown>(): T;
}

/** A small JSON client on node:http (lighter than fetch, so the load generator takes less of the 2 cores). */
export function http(
  method: string,
  url: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<HttpResponse> {
  const payload = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
  const headers: Record<string, string | number> = { accept: 'application/json', ...options.headers };
  if (payload) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = payload.length;
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, body, json: <T>() => JSON.parse(body) as T });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/** Throws with the status and body unless the response has the expected status. */
export function expectStatus(res: HttpResponse, status: number, what: string): HttpResponse {
  if (res.status !== status)
    throw new Error(`${what}: expected ${status}, got ${res.status}: ${res.body.slice(0, 300)}`);
  return res;
}
