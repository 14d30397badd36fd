import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Measurement {
  name: string;
  value: number;
  unit: string;
  /** The baseline it is compared with, and the ratio value/baseline. */
  baseline?: { name: string; value: number };
  ratio?: number;
  target?: string;
  met?: boolean;
  note?: string;
}

export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** Prints the table and writes bench/results/latest.json. */
export function writeReport(file: string, meta: Record<string, unknown>, rows: Measurement[]): void {
  const header = ['measurement', 'value', 'baseline', 'ratio', 'target', 'met', 'note'];
  const table = rows.map((r) => [
    r.name,
    Number.isNaN(r.value) ? '—' : `${fmt(r.value)} ${r.unit}`,
    r.baseline ? `${fmt(r.baseline.value)} ${r.unit} (${r.baseline.name})` : '',
    r.ratio === undefined ? '' : fmt(r.ratio),
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify(
      { ...meta, measurements: rows.map((r) => (Number.isNaN(r.value) ? { ...r, value: null } : r)) },
      null,
      2,
    ) + '\n',
  );
}
