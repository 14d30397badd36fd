import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PDFParse } from 'pdf-parse';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../src/kernel/errors.js';
import { JobsService } from '../../src/platform/jobs/jobs.service.js';
import {
  type LetterLanguage,
  DECISION_LETTER_DATA_LOADER,
  type DecisionLetterData,
  type DecisionLetterDataLoader,
} from '../../src/domains/letters/decision-letter-data.js';
import {
  DECISION_LETTER_JOB,
  requestDecisionLetter,
} from '../../src/domains/decisions/decision-letter.request.js';
import { sha256Hex } from '../../src/domains/letters/decision-letter.store.js';
import { LettersService } from '../../src/domains/letters/letters.service.js';
import { sampleApproval } from '../../src/domains/letters/sample-letter-data.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { waitFor } from '../utils/wait.js';

/** Stands in for the letters' data loader: fixed data per decision, and planned failures. */
class FixedLoader implements DecisionLetterDataLoader {
  readonly data = new Map<string, DecisionLetterData>();
  readonly failuresLeft = new Map<string, number>();
  calls = 0;

  languages(_manager: EntityManager, decisionId: string): Promise<LetterLanguage[]> {
    return Promise.resolve(this.data.get(decisionId)?.language === 'en' ? ['nl', 'en'] : ['nl']);
  }

  load(
    _manager: EntityManager,
    decisionId: string,
    language: LetterLanguage,
    dispatchDate: string,
  ): Promise<DecisionLetterData> {
    this.calls += 1;
    const left = this.failuresLeft.get(decisionId) ?? 0;
    if (left > 0) {
      this.failuresLeft.set(decisionId, left - 1);
      return Promise.reject(new Error('database hiccup'));
    }
    const data = this.data.get(decisionId);
    return data
      ? Promise.resolve({ ...data, language, kind: language === 'nl' ? 'act' : 'translation', dispatchDate })
      : Promise.reject(DomainError.notFound('Decision', decisionId));
  }
}

const loader = new FixedLoader();

function newDecision(overrides: Partial<DecisionLetterData> = {}): DecisionLetterData {
  const data = sampleApproval({ decisionId: randomUUID(), applicationId: randomUUID(), ...overrides });
  loader.data.set(data.decisionId, data);
  return data;
}

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

describe('decision letters produced by the background job', () => {
  let t: TestApp;
  let letters: LettersService;

  beforeAll(async () => {
    t = await createTestApp({}, { overrides: [{ provide: DECISION_LETTER_DATA_LOADER, useValue: loader }] });
    letters = t.ctx.get(LettersService);
  });
  afterAll(() => t.close());

  async function letterRows(decisionId: string): Promise<{ sha256: string; version: number }[]> {
    return (await t.dataSource.query(`SELECT sha256, version FROM decision_letter WHERE decision_id = $1`, [
      decisionId,
    ])) as { sha256: string; version: number }[];
  }

  async function auditOf(letterId: string): Promise<{ action: string; data: Record<string, unknown> }[]> {
    return (await t.dataSource.query(
      `SELECT action, data FROM audit_event WHERE entity = 'decision_letter' AND entity_id = $1 ORDER BY seq`,
      [letterId],
    )) as { action: string; data: Record<string, unknown> }[];
  }

  it('stores one letter per decision, with its hash and template version, and audits it', async () => {
    const data = newDecision();
    // The decision's transaction requests the letter; asking twice is the same request.
    const [first, second] = await t.dataSource.transaction(async (manager) => [
      await requestDecisionLetter(t.ctx.get(JobsService), manager, data.decisionId),
      await requestDecisionLetter(t.ctx.get(JobsService), manager, data.decisionId),
    ]);
    expect(second).toEqual({ id: first.id, created: false });

    const stored = await waitFor(() => letters.findContent(data.decisionId, 'nl'), {
      what: 'the letter',
    });
    expect(stored.letter).toMatchObject({ decisionId: data.decisionId, language: 'nl', version: 1 });
    expect(stored.letter.templateVersion).toMatch(/^2026\.3\+sha256:[0-9a-f]{64}$/);
    expect(stored.letter.sha256).toBe(sha256Hex(stored.content));
    expect(stored.letter.sizeBytes).toBe(stored.content.length);
    const text = await pdfText(stored.content);
    expect(text).toContain(data.reference);
    expect(text).toContain('€ 150.000,00');
    expect(text).toContain('zestig (60) dagen');

    // Downloading twice returns the same bytes.
    const again = await letters.findContent(data.decisionId, 'nl');
    expect(again!.content.equals(stored.content)).toBe(true);

    expect(await auditOf(stored.letter.id)).toEqual([
      {
        action: 'letter.generated',
        data: expect.objectContaining({ decisionId: data.decisionId, sha256: stored.letter.sha256 }),
      },
    ]);
  });

  it('keeps exactly one letter when the first attempt fails and the job is retried', async () => {
    const data = newDecision({ language: 'en', reference: 'IVB-2026-011' });
    loader.failuresLeft.set(data.decisionId, 1);
    const job = await t.dataSource.transaction((manager) =>
      requestDecisionLetter(t.ctx.get(JobsService), manager, data.decisionId),
    );
    await waitFor(
      async () => {
        const rows = (await t.dataSource.query(`SELECT status FROM job_outbox WHERE id = $1`, [job.id])) as {
          status: string;
        }[];
        return rows[0].status === 'completed';
      },
      { what: 'the retried job', timeoutMs: 30_000 },
    );
    // The Dutch act and the English courtesy translation: one row each.
    expect(await letterRows(data.decisionId)).toHaveLength(2);
    const stored = await letters.findContent(data.decisionId, 'en');
    expect(stored!.letter.kind).toBe('translation');
    expect(await pdfText(stored!.content)).toContain('Courtesy translation');
  });

  it('does not produce a second letter when the job runs again for the same decision', async () => {
    const data = newDecision();
    await t.dataSource.transaction((manager) =>
      requestDecisionLetter(t.ctx.get(JobsService), manager, data.decisionId),
    );
    const stored = await waitFor(() => letters.findLatest(data.decisionId, 'nl'), { what: 'the letter' });
    // A duplicate delivery or a second request without the dedupe key: the letter stays as it is.
    const calls = loader.calls;
    await t.dataSource.transaction((manager) =>
      t.ctx.get(JobsService).enqueue(manager, DECISION_LETTER_JOB, { decisionId: data.decisionId }),
    );
    await waitFor(async () => {
      const rows = (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM job_outbox WHERE payload->>'decisionId' = $1 AND status = 'completed'`,
        [data.decisionId],
      )) as { n: number }[];
      return Number(rows[0].n) === 2;
    });
    expect(loader.calls).toBe(calls);
    expect(await letterRows(data.decisionId)).toEqual([{ sha256: stored!.sha256, version: 1 }]);
  });

  it('regenerates on request: a new version that supersedes the earlier one, which stays stored', async () => {
    const data = newDecision();
    await t.dataSource.transaction((manager) =>
      requestDecisionLetter(t.ctx.get(JobsService), manager, data.decisionId),
    );
    const first = await waitFor(() => letters.findLatest(data.decisionId, 'nl'), { what: 'the letter' });

    // Unchanged data and template: a regeneration changes nothing.
    await t.dataSource.transaction((manager) => letters.requestRegeneration(manager, [data.decisionId]));
    loader.data.set(data.decisionId, { ...data, motivation: 'Gecorrigeerde motivering.' });
    await t.dataSource.transaction((manager) => letters.requestRegeneration(manager, [data.decisionId]));
    const second = await waitFor(
      async () => {
        const letter = await letters.findLatest(data.decisionId, 'nl');
        return letter && letter.version === 2 ? letter : undefined;
      },
      { what: 'the regenerated letter' },
    );
    expect(second.id).not.toBe(first!.id);
    expect(second.supersedesId).toBe(first!.id);
    expect(second.sha256).not.toBe(first!.sha256);
    const stored = await letters.findContent(data.decisionId, 'nl');
    expect(await pdfText(stored!.content)).toContain('Gecorrigeerde motivering.');
    // The earlier version is kept, byte for byte, and can still be read.
    const earlier = await letters.findContent(data.decisionId, 'nl', 1);
    expect(sha256Hex(earlier!.content)).toBe(first!.sha256);
    expect(await letterRows(data.decisionId)).toHaveLength(2);
    // The table refuses to change a letter that was made available.
    await expect(
      t.dataSource.query(`UPDATE decision_letter SET template_version = 'x' WHERE id = $1`, [first!.id]),
    ).rejects.toThrow(/append-only/);
    expect(await auditOf(first!.id)).toEqual([
      { action: 'letter.generated', data: expect.objectContaining({ sha256: first!.sha256 }) },
    ]);
    expect(await auditOf(second.id)).toEqual([
      {
        action: 'letter.regenerated',
        data: expect.objectContaining({ previousSha256: first!.sha256, sha256: second.sha256, version: 2 }),
      },
    ]);
  });
});
