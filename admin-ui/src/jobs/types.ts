// The job record as GET /api/jobs and /api/jobs/:id return it (core/jobs/view.ts).
import type { RaRecord } from 'react-admin';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobRecord extends RaRecord {
  id: number;
  kind: string;
  kind_label: string;
  title: string;
  status: JobStatus;
  total: number | null;
  processed: number;
  succeeded: number;
  failed: number;
  percent: number;
  message: string | null;
  attempts: number;
  max_attempts: number;
  cancel_requested: boolean;
  downloadable: boolean;
  filename: string | null;
  created_at: string;
  finished_at: string | null;
  error_count?: number;
  errors?: Array<{ row: number | null; field: string | null; message: string }>;
  warnings?: Array<{ field: string; message: string }>;
}

export const isActive = (job?: { status: JobStatus } | null) => job?.status === 'queued' || job?.status === 'running';
