#!/usr/bin/env node
/**
 * The portal's typed API client comes from the app's OpenAPI document (docs/portal.md).
 *   node scripts/api-client.mjs generate  → writes web/src/api/schema.d.ts
 *   node scripts/api-client.mjs check     → regenerates to a temporary file and fails when it differs
 * Both need the compiled app (`tsc -p tsconfig.build.json`); the npm scripts compile it first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const root = resolve(import.meta.dirname, '..');
const target = join(root, 'web/src/api/schema.d.ts');
const mode = process.argv[2];
if (mode !== 'generate' && mode !== 'check') {
  console.error('usage: api-client.mjs generate|check');
  process.exit(2);
}

const json = execFileSync(process.execPath, [join(root, 'dist/src/print-openapi.js')], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  env: { ...process.env, DATABASE_URL: '', REDIS_URL: '' },
});
const document = JSON.parse(json);
// A property with a default is optional in a request: the API fills it in (openapi-typescript would make it required).
const ast = await openapiTS(document, { alphabetize: true, defaultNonNullable: false });
const header =
  '/**\n * Generated from the OpenAPI document by `npm run api:generate` (scripts/api-client.mjs).\n' +
  ' * Do not edit: CI (`npm run api:check`) fails when this file differs from the API.\n */\n\n';
const options = (await prettier.resolveConfig(target)) ?? {};
const text = await prettier.format(header + astToString(ast), { ...options, filepath: target });

if (mode === 'generate') {
  writeFileSync(target, text);
  console.warn(`wrote ${target}`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'api-check-'));
  const fresh = join(dir, 'schema.d.ts');
  writeFileSync(fresh, text);
  const committed = readFileSync(target, 'utf8');
  if (committed !== text) {
    try {
      execFileSync('diff', ['-u', target, fresh], { stdio: 'inherit' });
    } catch {
      // diff exits 1 on a difference; it has printed it
    }
    rmSync(dir, { recursive: true, force: true });
    console.error(
      'web/src/api/schema.d.ts is out of date with the API: run `npm run api:generate` and commit it.',
    );
    process.exit(1);
  }
  rmSync(dir, { recursive: true, force: true });
  console.warn('web/src/api/schema.d.ts matches the API');
}
