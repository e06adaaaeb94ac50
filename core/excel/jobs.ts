// Import jobs in the database (table import_jobs): progress, failed rows and warnings readable from any replica.
import type { Knex } from 'knex';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface RowError {
  /** The row number in the sheet as the clerk sees it. */
  row: number;
  field: string | null;
  message: string;
  /** The row's original cells by column, personal data masked. */
  values: Record<string, string>;
}

export interface ImportJob {
  id: number;
  resource: string;
  filename: string;
  region_code: string | null;
  status: JobStatus;
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  headers: string[];
  errors: RowError[];
  warnings: Array<{ field: string; message: string }>;
  message: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export async function createJob(knex: Knex, job: Pick<ImportJob, 'resource' | 'filename' | 'region_code' | 'created_by'>): Promise<number> {
  const now = new Date().toISOString();
  const [id] = await knex('import_jobs').insert({ ...job, status: 'queued', created_at: now, updated_at: now });
  return Number(typeof id === 'object' && id !== null ? (id as { id: number }).id : id);
}

type Patch = Partial<Omit<ImportJob, 'id' | 'created_at' | 'created_by'>>;

export async function updateJob(knex: Knex, id: number, patch: Patch): Promise<void> {
  const row: Record<string, unknown> = { ...patch, updated_at: new Date().toISOString() };
  for (const k of ['headers', 'errors', 'warnings'] as const) if (patch[k] !== undefined) row[k] = JSON.stringify(patch[k]);
  await knex('import_jobs').where({ id }).update(row);
}
