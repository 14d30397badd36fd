import { StreamableFile } from '@nestjs/common';
import type ExcelJS from 'exceljs';

/**
 * Generic tabular exports of a report: CSV for machines and for Belgian Excel, XLSX for people.
 * Pure: a report gives its sections (columns + rows), these functions give the bytes.
 *
 * Column types and how they come out:
 *
 * | type      | value in a row            | CSV                                              | XLSX                            |
 * |-----------|---------------------------|--------------------------------------------------|---------------------------------|
 * | `text`    | string                    | quoted when needed, formula-like text defused    | string cell                     |
 * | `cents`   | integer cents             | `xCents` = `15000000` **and** `xEur` = `150000,00` | number cell in euros, € format  |
 * | `integer` | integer                   | `42`                                             | number cell `#,##0`             |
 * | `decimal` | number                    | `12,5` (decimal comma)                           | number cell `#,##0.0`           |
 * | `percent` | number of percent (`50`)  | `33,3` (decimal comma, the number of percent)    | number cell `0.5`, format `0.0%`|
 * | `date`    | `YYYY-MM-DD`              | `2026-10-15`                                     | date cell `dd/mm/yyyy`          |
 *
 * CSV choices (RFC 4180 otherwise): `;` separates fields, because Excel with Belgian (nl-BE, fr-BE)
 * regional settings uses `;` as its list separator and opens such a file in columns on a double
 * click; non-integer numbers therefore use a decimal comma. UTF-8 with a byte order mark, so Excel
 * reads accents and `€` correctly; CRLF line ends. The header row holds the stable column keys
 * (`budgetCents`), not the translated headers, so scripts can rely on them. Amounts keep an integer
 * `…Cents` column that parses back exactly, next to a euro column for people.
 * An empty value (`null`) is an empty field.
 */

export const COLUMN_TYPES = ['text', 'cents', 'integer', 'decimal', 'percent', 'date'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export type Cell = string | number | null;
export type ExportRow = Record<string, Cell>;

export interface ExportColumn {
  /** Row key; for `cents` columns it ends in `Cents` (`budgetCents`). */
  key: string;
  /** Column header in the workbook (people read it). */
  header: string;
  type: ColumnType;
  /** Column width in characters in the workbook; derived from the content when absent. */
  width?: number;
}

export interface ExportSection {
  /** Sheet name (at most 31 characters, no `[]:*?/\`). */
  name: string;
  columns: ExportColumn[];
  rows: ExportRow[];
}

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Characters that make a spreadsheet treat a text cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The euro column next to a cents column: `budgetCents` → `budgetEur`. */
export function euroKeyOf(centsKey: string): string {
  return centsKey.endsWith('Cents') ? `${centsKey.slice(0, -'Cents'.length)}Eur` : `${centsKey}Eur`;
}

/** `150000,00` (no thousands separator, decimal comma) from integer cents, exactly. */
export function centsToDecimalComma(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  return `${negative ? '-' : ''}${Math.floor(abs / 100)},${(abs % 100).toString().padStart(2, '0')}`;
}

function decimalComma(value: number): string {
  return String(value).replace('.', ',');
}

/** Defuses text that a spreadsheet would run as a formula: `=SUM(A1)` → `'=SUM(A1)`. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quoteCsv(field: string): string {
  return /[";\r\n]/.test(field) || field.startsWith(' ') || field.endsWith(' ')
    ? `"${field.replace(/"/g, '""')}"`
    : field;
}

function csvFields(column: ExportColumn, value: Cell): string[] {
  if (value === null || value === undefined) return column.type === 'cents' ? ['', ''] : [''];
  switch (column.type) {
    case 'text':
      return [defuseFormula(String(value))];
    case 'cents': {
      const cents = Number(value);
      return [String(cents), centsToDecimalComma(cents)];
    }
    case 'integer':
      return [String(value)];
    case 'decimal':
    case 'percent':
      return [decimalComma(Number(value))];
    case 'date':
      return [String(value)];
    default: {
      const unreachable: never = column.type;
      return [String(unreachable)];
    }
  }
}

/** The header row keys of the CSV of these columns (cents columns take two). */
export function csvHeader(columns: readonly ExportColumn[]): string[] {
  return columns.flatMap((c) => (c.type === 'cents' ? [c.key, euroKeyOf(c.key)] : [c.key]));
}

/** One section as a CSV document (see the choices above). */
export function toCsv(section: Pick<ExportSection, 'columns' | 'rows'>): string {
  const lines = [csvHeader(section.columns).map(quoteCsv).join(CSV_SEPARATOR)];
  for (const row of section.rows) {
    lines.push(
      section.columns
        .flatMap((c) => csvFields(c, row[c.key] ?? null))
        .map(quoteCsv)
        .join(CSV_SEPARATOR),
    );
  }
  return BOM + lines.join(CRLF) + CRLF;
}

/**
 * Parses a CSV written by `toCsv` (or any RFC 4180 file with `;`) into records keyed by the header.
 * Used by tests and by scripts that read the exports back; values stay strings.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === CSV_SEPARATOR) {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...rows] = records;
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((key, i) => [key, r[i] ?? ''])));
}

const EURO_FORMAT = '"€" #,##0.00;[Red]-"€" #,##0.00';
const NUMBER_FORMATS: Record<ColumnType, string | undefined> = {
  text: undefined,
  cents: EURO_FORMAT,
  integer: '#,##0',
  decimal: '#,##0.0',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
};

function xlsxValue(column: ExportColumn, value: Cell): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'text':
      return String(value);
    case 'cents':
      // Euros in the cell (what people sum and read); `Math.round(cell * 100)` gives the cents back.
      return Number(value) / 100;
    case 'integer':
    case 'decimal':
      return Number(value);
    case 'percent':
      return Number(value) / 100;
    case 'date': {
      const [y, m, d] = String(value).split('-').map(Number);
      return new Date(Date.UTC(y, m - 1, d));
    }
    default: {
      const unreachable: never = column.type;
      return unreachable;
    }
  }
}

function widthOf(column: ExportColumn, rows: readonly ExportRow[]): number {
  if (column.width) return column.width;
  const minimum = column.type === 'cents' ? 16 : column.type === 'date' ? 12 : 8;
  const longest = rows.reduce((max, r) => {
    const v = r[column.key];
    const length = v === null || v === undefined ? 0 : String(v).length + (column.type === 'cents' ? 4 : 0);
    return Math.max(max, length);
  }, column.header.length);
  return Math.min(60, Math.max(minimum, longest + 2));
}

/** Excel refuses these in sheet names, and names longer than 31 characters. */
export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
}

/**
 * A workbook with one sheet per section: a bold header row (frozen, with an auto-filter), typed
 * number cells with Excel number formats (euros, percentages, dates) and column widths.
 */
export async function toXlsx(
  sections: readonly ExportSection[],
  meta: { title?: string; creator?: string } = {},
): Promise<Buffer> {
  // Loaded on the first workbook, not at start: exceljs and its zip/stream dependencies are the
  // largest library of the app, and most processes never write a workbook (bench/README.md).
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = meta.creator ?? 'Provincie Vlaams-Brabant';
  if (meta.title) workbook.title = meta.title;
  for (const section of sections) {
    const sheet = workbook.addWorksheet(safeSheetName(section.name), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    });
    sheet.columns = section.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: widthOf(c, section.rows),
      style: NUMBER_FORMATS[c.type] ? { numFmt: NUMBER_FORMATS[c.type] } : {},
    }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    for (const row of section.rows) {
      sheet.addRow(Object.fromEntries(section.columns.map((c) => [c.key, xlsxValue(c, row[c.key] ?? null)])));
    }
    if (section.columns.length > 0) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: section.columns.length } };
    }
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;
export type FileFormat = keyof typeof CONTENT_TYPES;

/** A file name safe in a `Content-Disposition` header: ASCII letters, digits, `-`, `_` and `.`. */
export function safeFileName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '') || 'report'
  );
}

/**
 * What a controller returns to send a report as a download, e.g.
 * `Content-Disposition: attachment; filename="budget-report-2026.xlsx"`.
 */
export function downloadFile(body: Buffer | string, baseName: string, format: FileFormat): StreamableFile {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const filename = `${safeFileName(baseName)}.${format}`;
  return new StreamableFile(bytes, {
    type: CONTENT_TYPES[format],
    disposition: `attachment; filename="${filename}"`,
    length: bytes.length,
  });
}
