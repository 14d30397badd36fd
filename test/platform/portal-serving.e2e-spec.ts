import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { portalDir } from '../../src/app.setup.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';

// The portal is built by `npm install` (prepare) and by CI before the tests: dist/portal.
const dir = portalDir();
if (!dir) throw new Error('dist/portal is missing: run npm run build first');

describe('the portal beside the API', () => {
  let t: TestApp;
  // A file where only the API answers: the API's paths are never looked up on disk.
  const decoy = join(dir, 'api', 'decoy.txt');
  beforeAll(async () => {
    mkdirSync(join(dir, 'api'), { recursive: true });
    writeFileSync(decoy, 'not the API');
    t = await createTestApp();
  });
  afterAll(async () => {
    rmSync(join(dir, 'api'), { recursive: true, force: true });
    await t.close();
  });

  it('serves hashed assets for a year, the app for its own routes, and leaves /api to the API', async () => {
    const asset = readdirSync(join(dir, 'assets')).find((f) => f.endsWith('.js'))!;
    const res = await t.http.get(`/assets/${asset}`).expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await t.http.get('/aanvragen').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    const api = await t.http.get('/api/decoy.txt').expect(404);
    expect(api.body).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
