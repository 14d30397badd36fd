import { saveBlob } from '../api/files';
import { getSession } from '../api/session';

/**
 * Fetches a file with the token (kept in memory, so a plain link cannot carry it) and hands it to the
 * browser as a download. Resolves to the HTTP status; only 200 saves a file.
 */
export async function downloadFile(url: string, filename: string): Promise<number> {
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${getSession()?.token ?? ''}` },
  });
  if (response.status !== 200) return response.status;
  saveBlob(await response.blob(), filename);
  return 200;
}

/**
 * Sends one file as multipart/form-data (`file`, `kind`, `title`) with the token, as the documents routes
 * expect. Resolves to the HTTP status and the API's error message, if any.
 */
export async function uploadFile(
  url: string,
  file: File,
  fields: { kind: string; title: string },
): Promise<{ status: number; message?: string }> {
  const form = new FormData();
  form.append('kind', fields.kind);
  form.append('title', fields.title);
  form.append('file', file, file.name);
  const response = await fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${getSession()?.token ?? ''}` },
    body: form,
  });
  if (response.status === 201) return { status: 201 };
  const body = (await response.json().catch(() => ({}))) as { message?: string };
  return { status: response.status, message: body.message ?? response.statusText };
}
