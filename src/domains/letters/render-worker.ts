/**
 * A render thread of `LetterRenderer`: renders the decision letters it is sent, one message each.
 * Its fonts are parsed once per thread (see fonts.ts), like on any other thread.
 */
import { parentPort } from 'node:worker_threads';
import type { DecisionLetterData } from './decision-letter-data.js';
import type { LetterTemplate } from './letter-template.js';
import { renderDecisionLetter } from './render-decision-letter.js';

export interface RenderRequest {
  id: number;
  data: DecisionLetterData;
  template: LetterTemplate;
}

export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('render-worker.js runs as a worker thread of LetterRenderer');

port.on('message', ({ id, data, template }: RenderRequest) => {
  renderDecisionLetter(data, template).then(
    (pdf) => {
      // Hand the bytes over instead of copying them (a Buffer may share its memory with others).
      const own = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : Buffer.from(pdf);
      const bytes = new Uint8Array(own.buffer, own.byteOffset, own.byteLength);
      port.postMessage({ id, pdf: bytes } satisfies RenderReply, [bytes.buffer as ArrayBuffer]);
    },
    (err: unknown) => {
      port.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies RenderReply);
    },
  );
});
