import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { type AppConfig, loadConfig } from '../../kernel/config/config.js';
import type { DecisionLetterData } from './decision-letter-data.js';
import { LetterRenderer } from './letter-renderer.js';
import { LetterTemplates } from './letter-template.js';
import { renderDecisionLetter } from './render-decision-letter.js';
import { sampleApproval } from './sample-letter-data.js';

/** The pool with a stand-in thread script (tests run the TypeScript sources, not render-worker.js). */
class StandInRenderer extends LetterRenderer {
  constructor(
    config: AppConfig,
    private readonly mode: 'answer' | 'crash' = 'answer',
  ) {
    super(config);
  }

  protected override workerUrl(): URL {
    return new URL('../../../test/fixtures/render-thread.mjs', import.meta.url);
  }

  protected override workerData(): unknown {
    return { mode: this.mode };
  }
}

const config = (threads: number) =>
  loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'renderer-')), LETTER_RENDER_THREADS: String(threads) });
const letter = (reference: string): DecisionLetterData => sampleApproval({ reference });
const { template } = await new LetterTemplates().load('nl');

describe('LetterRenderer', () => {
  const renderers: LetterRenderer[] = [];
  const renderer = (r: LetterRenderer) => (renderers.push(r), r);
  afterEach(async () => {
    await Promise.all(renderers.splice(0).map((r) => r.onApplicationShutdown()));
  });

  it('renders on the calling thread with 0 threads', async () => {
    const pdf = await renderer(new LetterRenderer(config(0))).render(sampleApproval(), template);
    expect(pdf.equals(await renderDecisionLetter(sampleApproval(), template))).toBe(true);
  });

  it('spreads letters over its threads and answers each with its own bytes', async () => {
    const pool = renderer(new StandInRenderer(config(2)));
    const refs = Array.from({ length: 20 }, (_, i) => `IS-2026-${i}`);
    const answers = (await Promise.all(refs.map((r) => pool.render(letter(r), template)))).map(String);
    answers.forEach((answer, i) =>
      expect(answer).toMatch(new RegExp(`^${refs[i]} rendered on thread \\d+$`)),
    );
    expect(new Set(answers.map((a) => a.split(' ').pop())).size).toBe(2);
  });

  it('fails a letter with the error of its render', async () => {
    const pool = renderer(new StandInRenderer(config(1)));
    await expect(pool.render(letter('fail'), template)).rejects.toThrow('Unknown placeholder {{nope}}');
    await expect(pool.render(letter('IS-2026-1'), template)).resolves.toBeInstanceOf(Buffer);
  });

  it('fails the letters of a thread that dies, and starts another one for the next letters', async () => {
    const pool = renderer(new StandInRenderer(config(1), 'crash'));
    await expect(pool.render(letter('IS-2026-1'), template)).rejects.toThrow(
      'render thread exited with code 3',
    );
    await expect(pool.render(letter('IS-2026-2'), template)).rejects.toThrow(
      'render thread exited with code 3',
    );
  });

  it('refuses letters once the app shuts down', async () => {
    const pool = renderer(new StandInRenderer(config(1)));
    await pool.render(letter('IS-2026-1'), template);
    await pool.onApplicationShutdown();
    await expect(pool.render(letter('IS-2026-2'), template)).rejects.toThrow('shut down');
  });
});
