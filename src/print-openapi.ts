import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app.setup.js';
import { buildOpenApiDocument } from './openapi.js';
import { loadConfig } from './kernel/config/config.js';

/**
 * Prints the OpenAPI document of the app (the one `/api/docs-json` serves) without listening on a
 * port, on a throw-away in-memory database. `npm run api:generate` turns it into web/src/api/schema.d.ts.
 */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'subsidies-openapi-'));
  try {
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      PGLITE_DATA_DIR: 'memory://',
      QUEUE_BACKEND: 'inline',
      RUN_WORKERS: 'false',
      JWT_SECRET: 'openapi-document-only-never-used-for-tokens-0123456789',
    });
    const app = await createApp(config);
    const document = buildOpenApiDocument(app);
    await app.close();
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('Could not build the OpenAPI document:', err);
  process.exit(1);
});
