import { Worker } from 'node:worker_threads';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import type { DecisionLetterData } from './decision-letter-data.js';
import type { LetterTemplate } from './letter-template.js';
import type { RenderReply, RenderRequest } from './render-worker.js';

interface RenderThread {
  worker: Worker;
  pending: Map<number, { resolve: (pdf: Buffer) => void; reject: (err: Error) => void }>;
}

/**
 * Renders decision letters on a small pool of worker threads (LETTER_RENDER_THREADS; 0 renders on
 * the calling thread). Rendering is the one CPU-heavy step of a letter job: on threads of its own
 * it uses the other cores, and it no longer holds up the event loop that serves HTTP requests and
 * moves the jobs' database statements forward (every open transaction waits for it).
 *
 * Threads start with the first letter (a process that renders none pays nothing), are replaced when
 * one dies (its letters fail, and their jobs are retried), and end with the app. The bytes do not
 * depend on the thread: a letter is a function of its data and template only.
 */
@Injectable()
export class LetterRenderer implements OnApplicationShutdown {
  private readonly logger = new Logger(LetterRenderer.name);
  private readonly threads: RenderThread[] = [];
  private nextId = 0;
  private closed = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  render(data: DecisionLetterData, template: LetterTemplate): Promise<Buffer> {
    if (this.config.letterRenderThreads === 0) return this.renderHere(data, template);
    if (this.closed) return Promise.reject(new Error('The letter renderer is shut down'));
    const thread = this.leastBusy();
    const id = ++this.nextId;
    return new Promise<Buffer>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, data, template } satisfies RenderRequest);
    });
  }

  /** On this thread; pdfkit and the fonts load with the first letter, not with the process. */
  private async renderHere(data: DecisionLetterData, template: LetterTemplate): Promise<Buffer> {
    const { renderDecisionLetter } = await import('./render-decision-letter.js');
    return renderDecisionLetter(data, template);
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.splice(0).map((t) => t.worker.terminate()));
  }

  private leastBusy(): RenderThread {
    if (this.threads.length < this.config.letterRenderThreads) return this.start();
    return this.threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  /** The script of a render thread (compiled next to this file). */
  protected workerUrl(): URL {
    return new URL('./render-worker.js', import.meta.url);
  }

  /** Data for a render thread (none: the real one needs nothing). */
  protected workerData(): unknown {
    return undefined;
  }

  private start(): RenderThread {
    const worker = new Worker(this.workerUrl(), { workerData: this.workerData() });
    // Idle threads do not keep the process alive.
    worker.unref();
    const thread: RenderThread = { worker, pending: new Map() };
    worker.on('message', (reply: RenderReply) => {
      const task = thread.pending.get(reply.id);
      if (!task) return;
      thread.pending.delete(reply.id);
      if ('error' in reply) task.reject(new Error(reply.error));
      else task.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
    });
    const fail = (err: Error) => {
      const at = this.threads.indexOf(thread);
      if (at < 0) return;
      this.threads.splice(at, 1);
      if (!this.closed) this.logger.error(`A letter render thread stopped: ${err.message}`);
      for (const task of thread.pending.values()) task.reject(err);
      thread.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`render thread exited with code ${code}`)));
    this.threads.push(thread);
    return thread;
  }
}
