// useImportJob: polls GET /api/imports/:id every second until the job has ended (done, failed or cancelled).
import { useEffect, useState } from 'react';
import { apiGet } from '../providers/api';

export interface ImportJob {
  id: number;
  filename: string;
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  total: number | null;
  processed: number;
  succeeded: number;
  failed: number;
  error_count: number;
  errors: Array<{ row: number; field: string | null; message: string }>;
  warnings: Array<{ field: string; message: string }>;
  message: string | null;
}

export const isFinished = (job: ImportJob | null) => job?.status === 'done' || job?.status === 'failed' || job?.status === 'cancelled';

export const useImportJob = (id: number | null, intervalMs = 1000) => {
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (id === null) return undefined;
    let stopped = false;
    const poll = async () => {
      try {
        const next = await apiGet<ImportJob>(`/imports/${id}`);
        if (stopped) return;
        setJob(next);
        if (!isFinished(next)) setTimeout(poll, intervalMs);
      } catch (e) {
        if (!stopped) setError((e as Error).message);
      }
    };
    void poll(); // it keeps polling itself until stopped
    return () => { stopped = true; };
  }, [id, intervalMs]);
  return { job, error };
};
