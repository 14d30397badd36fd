import { ApiFailure, type ApiError } from './client';
import { endSession, getSession } from './session';

/**
 * Files to and from the API. The token lives in memory only, so a plain link or form cannot carry it:
 * uploads are sent with `fetch` and a `FormData` body (multipart, streamed by the browser), downloads are
 * fetched with the token and handed to the browser as a file. Failures become an ApiFailure with the
 * API's code, like every other call (client.ts).
 */
async function failure(response: Response): Promise<ApiFailure> {
  if (response.status === 401 && getSession()) endSession('expired');
  let body: Partial<ApiError> = {};
  try {
    body = (await response.json()) as Partial<ApiError>;
  } catch {
    // a proxy's 413 page or an empty body: the status says enough
  }
  return new ApiFailure({
    statusCode: response.status,
    code: body.code ?? 'UNKNOWN',
    message: body.message ?? response.statusText,
    details: body.details,
  });
}

function authHeaders(accept?: string): Record<string, string> {
  const headers: Record<string, string> = { Authorization: `Bearer ${getSession()?.token ?? ''}` };
  if (accept) headers.Accept = accept;
  return headers;
}

/** POSTs `form` as multipart/form-data; the JSON answer, or an ApiFailure (413, 415, 422, …). */
export async function uploadForm<T>(path: string, form: FormData): Promise<T> {
  const response = await fetch(path, { method: 'POST', headers: authHeaders(), body: form });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

export interface Downloaded {
  /** 'pending' when the API answered 202 (a letter still being made). */
  status: 'done' | 'pending';
  fileName?: string;
  /** Response headers worth showing: the letter's version, the ETag (SHA-256). */
  headers?: Headers;
}

/** The file name of a Content-Disposition header, if any. */
function fileNameOf(response: Response): string | undefined {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return /filename="?([^";]+)"?/.exec(disposition)?.[1];
}

/**
 * Fetches `path` with the token and offers it to the browser as a download, under the name the API gives
 * (or `name` when `options.ownName` is set).
 */
export async function downloadFile(
  path: string,
  name: string,
  options: { accept?: string; ownName?: boolean } = {},
): Promise<Downloaded> {
  const response = await fetch(path, { headers: authHeaders(options.accept) });
  if (response.status === 202) return { status: 'pending' };
  if (!response.ok) throw await failure(response);
  const blob = await response.blob();
  const fileName = options.ownName ? name : (fileNameOf(response) ?? name);
  saveBlob(blob, fileName);
  return { status: 'done', fileName, headers: response.headers };
}

/** Hands a fetched file to the browser as a download under `fileName` (through a short-lived object URL). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
