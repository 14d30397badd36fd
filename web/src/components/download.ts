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
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return 200;
}
