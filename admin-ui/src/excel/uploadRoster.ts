// Sends a picked roster file as the body of POST /api/workers/import/upload (streamed into the job, never read into memory).
import { API_URL } from '../providers/httpClient';
import { query } from '../providers/api';
import { session } from '../providers/session';

/** The server's default IMPORT_MAX_MB. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export const uploadRoster = async (file: File, regionCode?: string): Promise<{ job_id: number }> => {
  const type = file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const response = await fetch(`${API_URL}/workers/import/upload${query({ filename: file.name, region_code: regionCode })}`, {
    method: 'POST', body: file, headers: { 'Content-Type': type, Authorization: `Bearer ${session.token() ?? ''}` },
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message ?? response.statusText);
  return body as { job_id: number };
};
