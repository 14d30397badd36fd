/**
 * `npm run docs:letter`: renders the sample approval letters and writes `docs/decision-letter-<lang>.pdf`
 * (git-ignored) and, when poppler's `pdftoppm` is installed, `docs/decision-letter-<lang>.png` (page 1).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LetterTemplates } from './letter-template.js';
import { renderDecisionLetter } from './render-decision-letter.js';
import { sampleApproval } from './sample-letter-data.js';

const out = join(process.cwd(), 'docs');
mkdirSync(out, { recursive: true });
const templates = new LetterTemplates();
for (const language of ['nl', 'en'] as const) {
  const { template } = await templates.load(language);
  const data =
    language === 'nl'
      ? sampleApproval()
      : sampleApproval({
          language,
          applicationTitle: 'Rapid point-of-care diagnostics for sepsis',
          programme: {
            name: 'Innovation grant for collaboration projects',
            legalBasis:
              'the regulation of the Provincial Council of 16 May 2017 on innovation grants for collaboration projects',
          },
          call: { title: 'Innovation grant Flemish Brabant 2026', year: 2026 },
          addressee: {
            name: 'Vitalis Diagnostics BV',
            addressLines: ['Kapeldreef 60', '3001 Leuven'],
            contactPerson: 'Ms An Peeters',
          },
          motivation:
            'The project scores highly on innovation and on collaboration between companies and knowledge institutions, fits the health cluster of Smart Hub Flemish Brabant and fits within the budget of the call.',
          deMinimis: {
            applies: true,
            regulation: 'Commission Regulation (EU) 2023/2831 of 13 December 2023',
          },
          signatory: { name: 'Ann Schevenels', function: 'Deputy for the Economy' },
        });
  const pdf = await renderDecisionLetter(data, template);
  const file = join(out, `decision-letter-${language}.pdf`);
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
      join(out, `decision-letter-${language}`),
    ]);
    console.warn(`Wrote ${file} and its first page as PNG`);
  } catch {
    console.warn(`Wrote ${file} (install poppler-utils for the PNG)`);
  }
}
