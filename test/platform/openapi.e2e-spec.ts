/**
 * The OpenAPI document as a contract (issue #20, item 7): every operation has a summary and a
 * description with its roles, and every error response it can give, with the `ErrorBody` schema.
 * A route added without `@ApiOperation` fails here; the error responses come from src/openapi.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ERROR_CODES } from '../../src/kernel/errors.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';

let t: TestApp;
interface Op {
  summary?: string;
  description?: string;
  security?: unknown[];
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
let ops: { id: string; path: string; op: Op }[];
let doc: {
  paths: Record<string, Record<string, Op>>;
  components: { schemas: Record<string, { properties: Record<string, { type?: string; enum?: string[] }> }> };
};

beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.http.get('/api/docs-json').expect(200)).body;
  ops = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ id: `${method.toUpperCase()} ${path}`, path, op })),
  );
}, 60_000);

afterAll(async () => {
  await t.close();
});

function statuses(op: Op): string[] {
  return Object.keys(op.responses);
}

describe('OpenAPI document', () => {
  it('has the ErrorBody schema with every stable code', () => {
    const body = doc.components.schemas.ErrorBody;
    expect(body.properties.code.enum?.sort()).toEqual([...ERROR_CODES].sort());
  });

  it('gives every operation a summary and a plain description naming who may call it', () => {
    const missing = ops.filter(({ op }) => !op.summary?.trim()).map(({ id }) => id);
    expect(missing).toEqual([]);
    const unclear = ops
      .filter(({ op }) => !/Roles: |Public: /.test(op.description ?? ''))
      .map(({ id }) => id);
    expect(unclear).toEqual([]);
  });

  it('gives every operation its error responses with the ErrorBody schema', () => {
    const problems: string[] = [];
    for (const { id, path, op } of ops) {
      const expected: string[] = ['503'];
      if (op.security) expected.push('401', '403');
      if (path.includes('{')) expected.push('404');
      if (op.requestBody) expected.push('400', '413');
      if ((op.parameters ?? []).some((p) => p.in === 'query')) expected.push('400');
      if ((op.parameters ?? []).some((p) => p.name === 'Idempotency-Key')) expected.push('409');
      for (const status of expected) {
        if (!statuses(op).includes(status)) problems.push(`${id}: no ${status}`);
      }
      for (const status of statuses(op).filter((s) => Number(s) >= 400)) {
        const schema = JSON.stringify(op.responses[status].content?.['application/json']?.schema ?? {});
        if (!schema.includes('#/components/schemas/ErrorBody'))
          problems.push(`${id}: ${status} without ErrorBody`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names the business-rule errors of a route and the rate limit', () => {
    const submit = doc.paths['/api/applications/{id}/submit'].post;
    expect(statuses(submit)).toEqual(expect.arrayContaining(['409', '422']));
    expect(JSON.stringify(submit.responses['422'])).toContain('ELIGIBILITY_FAILED');
    expect(JSON.stringify(submit.responses['409'])).toContain('CALL_CLOSED');
    expect(statuses(doc.paths['/api/auth/login'].post)).toContain('429');
    expect(doc.paths['/api/auth/login'].post.security).toBeUndefined();
  });

  it('types the fields of the update schema (acronym is a string or null)', () => {
    expect(doc.components.schemas.UpdateApplicationDto.properties.acronym.type).toBe('string');
  });
});
