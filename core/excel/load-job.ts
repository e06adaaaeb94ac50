// Reading an import job back: its JSON columns parsed, and a job whose process died reported (and recorded) as failed.
import type { Knex } from 'knex';
import { updateJob, type ImportJob } from './jobs.js';

/** No progress written for this long while queued or running: the process that ran it is gone. */
export const STALE_MS = 5 * 60_000;

const json = (v: unknown, fallback: unknown) => (v === null || v === undefined ? fallback : typeof v === 'string' ? JSON.parse(v) : v);

function fromRow(r: Record<string, any>): ImportJob {
  return {
    id: Number(r.id), resource: r.resource, filename: r.filename, region_code: r.region_code ?? null, status: r.status,
    total: Number(r.total), processed: Number(r.processed), succeeded: Number(r.succeeded), failed: Number(r.failed),
    headers: json(r.headers, []), errors: json(r.errors, []), warnings: json(r.warnings, []), message: r.message ?? null,
    created_by: r.created_by === null ? null : Number(r.created_by), created_at: r.created_at, updated_at: r.updated_at, finished_at: r.finished_at ?? null,
  };
}

/** The job, with one whose process died reported (and recorded) as failed. */
export async function loadJob(knex: Knex, id: number): Promise<ImportJob | null> {
  const row = await knex('import_jobs').where({ id }).first();
  if (!row) return null;
  const job = fromRow(row);
  if ((job.status === 'queued' || job.status === 'running') && Date.now() - Date.parse(job.updated_at) > STALE_MS) {
    const message = '导入中断（服务重启或异常退出）：已导入的行保留，未处理的行请核对后重新导入';
    await updateJob(knex, id, { status: 'failed', message, finished_at: new Date().toISOString() });
    return { ...job, status: 'failed', message };
  }
  return job;
}
