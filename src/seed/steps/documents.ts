import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { ApplicationDocumentsService } from '../../domains/applications/application-documents.service.js';
import type { SeedContext } from '../seed-context.js';
import type { ApplicationsSeed } from './applications.js';
import type { FoundationSeed } from './foundation.js';

/** A small one-page PDF, marked as demo material. */
function demoPdf(title: string, lines: string[]): Promise<Buffer> {
  // Fixed dates: the same demo document has the same bytes, and so the same SHA-256, on every run.
  const date = new Date('2026-09-15T10:00:00Z');
  const doc = new PDFDocument({ size: 'A4', info: { Title: title, CreationDate: date, ModDate: date } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.on('data', (c: Buffer) => chunks.push(c));
  doc.fontSize(9).fillColor('#b00020').text('DEMO — fictieve gegevens / fictitious data');
  doc.moveDown().fontSize(16).fillColor('#000000').text(title);
  doc.moveDown().fontSize(11);
  for (const line of lines) doc.text(line).moveDown(0.5);
  doc.end();
  return done;
}

/**
 * Writes each demo PDF to a temporary file, hands it to `attach` (which goes through the real
 * service), and removes the files afterwards. Returns how many were attached.
 */
export async function attachDemoPdfs<T extends { title: string; fileName: string; lines: string[] }>(
  items: T[],
  attach: (item: T, file: { path: string; fileName: string }) => Promise<unknown>,
): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'seed-documents-'));
  try {
    for (const item of items) {
      const path = join(dir, item.fileName);
      writeFileSync(path, await demoPdf(item.title, item.lines));
      await attach(item, { path, fileName: item.fileName });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return items.length;
}

/**
 * Two demo annexes on the draft application (a partnership agreement and the coordinator's cost
 * substantiation), attached through the real service (type check, hash, storage, audit). Idempotent:
 * an annex already there by kind is left alone.
 */
export async function seedDocuments(ctx: SeedContext, base: FoundationSeed, applications: ApplicationsSeed) {
  const draft = applications.applications.draft;
  const applicant = base.applicants.an.actor;
  const service = ctx.get(ApplicationDocumentsService);
  const present = new Set((await service.list(applicant, draft.id)).map((d) => d.kind));
  const coordinator = draft.partners.find((p) => p.role === 'coordinator')!;
  const annexes = [
    {
      kind: 'partnership_agreement',
      title: 'Samenwerkingsovereenkomst (demo)',
      fileName: 'samenwerkingsovereenkomst-demo.pdf',
      organisationId: null,
      lines: [
        `Project: ${draft.title} (${draft.acronym ?? draft.reference})`,
        `Partners: ${draft.partners.map((p) => p.name).join(', ')}`,
        'De partners verbinden zich ertoe het project samen uit te voeren volgens de ingediende begroting.',
      ],
    },
    {
      kind: 'cost_substantiation',
      title: `Kostenonderbouwing ${coordinator.name} (demo)`,
      fileName: 'kostenonderbouwing-demo.pdf',
      organisationId: coordinator.organisationId,
      lines: coordinator.costs.map(
        (c) => `${c.category}: ${c.description} — ${(c.amountCents / 100).toFixed(2)} EUR`,
      ),
    },
  ];
  const added = await attachDemoPdfs(
    annexes.filter((annex) => !present.has(annex.kind)),
    (annex, file) =>
      service.attachFile(
        applicant,
        draft.id,
        { kind: annex.kind, title: annex.title, organisationId: annex.organisationId },
        file,
      ),
  );
  ctx.note(
    `documents: ${annexes.length} demo annexes (PDF) on draft ${draft.reference}` +
      (added ? ` (${added} added)` : ' (already there)') +
      `: GET /api/applications/${draft.id}/documents`,
  );
}
