// The class-session calls: the roster of a date, saving a session, and sending the attendance machine's file (a job).
import { apiGet, apiPost, query } from '../providers/api';
import { API_URL } from '../providers/httpClient';
import { session } from '../providers/session';

export interface RosterRow {
  enrollment_id: number;
  worker_id: number;
  worker_name: string;
  id_number: string;
  status: string;
  attended_hours: number;
  attendance_id: number | null;
  hours: number | null;
}

export interface Roster {
  program: { id: number; name: string; start_date: string; end_date: string; hours: number };
  session_date: string | null;
  max_hours: number;
  rows: RosterRow[];
  dates: Array<{ session_date: string; workers: number; hours: number }>;
}

export interface SessionEntry { enrollment_id: number; present: boolean }

export const fetchRoster = (programId: number | string, date: string) =>
  apiGet<Roster>(`/programs/${programId}/sessions${query({ session_date: date })}`);

export const saveSession = (programId: number | string, body: { session_date: string; hours: number; entries: SessionEntry[] }) =>
  apiPost<{ message: string; present: number }>(`/programs/${programId}/sessions`, body);

/** The file itself as the request body, streamed into the import job. */
export const uploadMachineFile = async (programId: number | string, file: File): Promise<{ job_id: number }> => {
  const type = file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const response = await fetch(`${API_URL}/programs/${programId}/attendance-import/upload${query({ filename: file.name })}`, {
    method: 'POST', body: file, headers: { 'Content-Type': type, Authorization: `Bearer ${session.token() ?? ''}` },
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message ?? response.statusText);
  return body as { job_id: number };
};
