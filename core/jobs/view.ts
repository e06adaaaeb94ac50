// A job as the API shows it: counters, percent, status, the first failed rows, and whether a result can be downloaded.
import type { Knex } from 'knex';
import type { JobRunner } from './runner.js';
import type { JobRow } from './types.js';

export const STATUS_LABELS: Record<string, string> = { queued: '排队中', running: '执行中', done: '已完成', failed: '失败', cancelled: '已取消' };

export function jobSummary(job: JobRow, runner: JobRunner) {
  const { params: _p, lease_owner, lease_expires_at: _l, run_after: _r, result, ...rest } = job;
  const percent = job.total ? Math.min(100, Math.round((job.processed / job.total) * 100)) : job.status === 'done' ? 100 : 0;
  return {
    ...rest, percent, kind_label: runner.definition(job.kind)?.label ?? job.kind, status_label: STATUS_LABELS[job.status] ?? job.status,
    // Which replica runs it now (for operators of a cluster).
    runner: lease_owner, downloadable: Boolean(result?.file), filename: (result?.filename as string | undefined) ?? null,
  };
}

/** The detail view: the summary, the job's result, its warnings and its first 50 failed rows. */
export async function jobDetail(knex: Knex, job: JobRow, runner: JobRunner) {
  const count = await knex('job_errors').where({ job_id: job.id }).count({ n: '*' }).first();
  const errors = await knex('job_errors').where({ job_id: job.id }).orderBy([{ column: 'row', order: 'asc' }, { column: 'id', order: 'asc' }]).limit(50).select('row', 'field', 'message');
  const { headers: _h, warnings = [], ...result } = job.result ?? {};
  return {
    ...jobSummary(job, runner), result, warnings, error_count: Number(count?.n ?? 0),
    errors: errors.map((e) => ({ row: e.row === null ? null : Number(e.row), field: e.field, message: e.message })),
  };
}
