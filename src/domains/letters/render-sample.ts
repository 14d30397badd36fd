/**
 * `npm run docs:letter`: renders the sample letters (demo data, fictitious names) — an approval in Dutch
 * (the act), its English courtesy translation, a refusal and the decision on a lowered final grant — and writes `docs/decision-letter-<name>.pdf`
 * (git-ignored) and, when poppler's `pdftoppm` is installed, `docs/decision-letter-<name>.png` (page 1).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LetterTemplates } from './letter-template.js';
import { renderDecisionLetter } from './render-decision-letter.js';
import { sampleApproval, sampleFinalGrant, sampleRefusal } from './sample-letter-data.js';

const out = join(process.cwd(), 'docs');
mkdirSync(out, { recursive: true });
const templates = new LetterTemplates();
const nl = (await templates.load('nl')).template;
const en = (await templates.load('en')).template;
const act = await renderDecisionLetter(sampleApproval(), nl);
const translation = await renderDecisionLetter(
  sampleApproval({
    language: 'en',
    applicationTitle: 'Rapid point-of-care diagnostics for sepsis',
    original: { sha256: createHash('sha256').update(act).digest('hex'), version: 1 },
  }),
  en,
);
const refusal = await renderDecisionLetter(sampleRefusal(), nl);
const finalGrant = await renderDecisionLetter(sampleFinalGrant(), nl);
for (const [name, pdf] of [
  ['nl', act],
  ['en', translation],
  ['refusal-nl', refusal],
  ['final-grant-nl', finalGrant],
] as const) {
  const file = join(out, `decision-letter-${name}.pdf`);
  writeFileSync(file, pdf);
  try {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      join(out, `decision-letter-${name}`),
    ]);
    console.warn(`Wrote ${file} and its first page as PNG`);
  } catch {
    console.warn(`Wrote ${file} (install poppler-utils for the PNG)`);
  }
}
