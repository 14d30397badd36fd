import { ErdfExpenseDocuments } from '../../domains/erdf/erdf-documents.service.js';
import { formatEuro } from '../../kernel/money.js';
import { DocumentsService } from '../../platform/documents/documents.service.js';
import type { SeedContext } from '../seed-context.js';
import { attachDemoPdfs } from './documents.js';
import type { FoundationSeed } from './foundation.js';

/** The demo expense that gets its invoice: in no claim yet, so its documents may still change. */
const INVOICE_REF = 'FB-2018-301';

/**
 * The invoice behind one expense of ERDF project 1161 (FlandersBio's trainers for Going
 * International), a one-page PDF marked demo with invented figures, attached by the finance staff
 * through the real service (type check, hash, storage, audit). Idempotent: an invoice already there
 * is left alone.
 */
export async function seedErdfDocuments(ctx: SeedContext, base: FoundationSeed, erdf: { projectId: string }) {
  const finance = base.staff.finance.actor;
  const [expense] = (await ctx.dataSource.query(
    `SELECT id, description, amount_cents::text AS amount_cents, incurred_on::text AS incurred_on,
            paid_on::text AS paid_on
       FROM erdf_expense WHERE project_id = $1 AND invoice_ref = $2 AND corrects_expense_id IS NULL`,
    [erdf.projectId, INVOICE_REF],
  )) as { id: string; description: string; amount_cents: string; incurred_on: string; paid_on: string }[];
  if (!expense) throw new Error(`ERDF expense ${INVOICE_REF} is missing from project 1161`);
  const policy = ctx.get(ErdfExpenseDocuments);
  const documents = ctx.get(DocumentsService);
  const ids = { id: erdf.projectId, expenseId: expense.id };
  const present = (await documents.of(policy, ids).list(finance)).some((d) => d.kind === 'invoice');
  const invoice = {
    title: `Factuur ${INVOICE_REF} (demo)`,
    fileName: `factuur-${INVOICE_REF.toLowerCase()}-demo.pdf`,
    lines: [
      `Factuurnummer / invoice number: ${INVOICE_REF}`,
      'Leverancier / supplier: Trainerscollectief Going International (demo, fictief)',
      'Klant / customer: FlandersBio vzw (demo)',
      `Omschrijving / description: ${expense.description}`,
      `Prestatieperiode / period: ${expense.incurred_on} – ${expense.paid_on}`,
      `Totaal / total: ${formatEuro(Number(expense.amount_cents))} (demobedrag / demo figure)`,
    ],
  };
  await attachDemoPdfs(present ? [] : [invoice], (item, file) =>
    documents.of(policy, ids).attachFile(finance, { kind: 'invoice', title: item.title }, file),
  );
  ctx.note(
    `ERDF documents: demo invoice on expense ${INVOICE_REF}` +
      (present ? ' (already there)' : ' (added)') +
      `: GET /api/erdf-projects/${erdf.projectId}/expenses/${expense.id}/documents`,
  );
}
