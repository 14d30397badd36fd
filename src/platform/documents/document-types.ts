/**
 * Which files are accepted, judged on their content (`file-type` reads the magic numbers and, for the
 * office formats, the zip's entries), and how their names are made safe. Pure.
 */

/** The accepted types and the extension a download gets. */
export const ALLOWED_DOCUMENT_TYPES: Readonly<Record<string, string>> = Object.freeze({
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
});

export function isAllowedDocumentType(mime: string | undefined): mime is string {
  return mime !== undefined && Object.hasOwn(ALLOWED_DOCUMENT_TYPES, mime);
}

const MAX_NAME = 120;

/**
 * A file name safe to store and to send back in `Content-Disposition`: the last path segment only,
 * accents folded, only letters, digits, `.`, `-`, `_` (anything else becomes `_`), no leading dot,
 * at most 120 characters, and the extension of the type found in the content.
 */
export function sanitizeFileName(name: string | undefined, mime: string): string {
  const extension = ALLOWED_DOCUMENT_TYPES[mime] ?? 'bin';
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const stem = base
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+/, '')
    .replace(/_+/g, '_')
    .slice(0, MAX_NAME - extension.length - 1)
    .replace(/[._-]+$/, '');
  return `${stem || 'document'}.${extension}`;
}
