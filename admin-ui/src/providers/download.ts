// Downloads a file the API sends (exports, failed import rows) with the session's token, under the server's file name.
import { API_URL } from './httpClient';
import { session } from './session';

/** The file name of a Content-Disposition header (RFC 5987 `filename*` first). */
export const filenameOf = (header: string | null, fallback: string) => {
  const star = header?.match(/filename\*=UTF-8''([^;]+)/i);
  if (star) return decodeURIComponent(star[1]);
  return header?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
};

/** Saves what `path` answers; `name` overrides the server's file name (a ledger saved under its own title). */
export const downloadFile = async (path: string, fallback: string, name?: string): Promise<void> => {
  const response = await fetch(`${API_URL}${path}`, { headers: { Authorization: `Bearer ${session.token() ?? ''}` } });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.message ?? response.statusText);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name ?? filenameOf(response.headers.get('Content-Disposition'), fallback);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
