// The exact account of what a job wrote, read from its committed batches: which sheet rows, how many, which failed.
import type { Knex } from 'knex';
import type { JobRow } from './types.js';

/** [[1,3],[5,5]] → 「第 1–3、5 行」. */
export function rowRanges(rows: number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j;
  }
  return parts.length ? `第 ${parts.join('、')} 行` : '无';
}

export interface JobAccount {
  batches: number;
  writtenRows: number[];
  failedRows: number[];
}

export async function jobAccount(knex: Knex, jobId: number): Promise<JobAccount> {
  const batches = await knex('job_batches').where({ job_id: jobId }).orderBy('batch_no').select('written');
  const writtenRows: number[] = [];
  for (const b of batches) for (const [row] of JSON.parse(b.written ?? '[]') as Array<[number, unknown]>) writtenRows.push(row);
  const failed = await knex('job_errors').where({ job_id: jobId }).whereNotNull('row').orderBy('row').select('row');
  return { batches: batches.length, writtenRows, failedRows: failed.map((f) => Number(f.row)) };
}

/** 「已写入 2,998 行（第 2–1001、1003–3000 行），未通过校验 1 行，未处理 0 行」 for a job that stopped. */
export async function accountMessage(knex: Knex, job: JobRow, why: string): Promise<string> {
  const a = await jobAccount(knex, job.id);
  if (a.batches === 0 && job.processed === 0) return `${why}：尚未写入任何数据`;
  const rest = job.total === null ? '' : `，未处理 ${Math.max(0, job.total - job.processed).toLocaleString('en-US')} 行`;
  const written = a.writtenRows.length ? `已写入 ${a.writtenRows.length.toLocaleString('en-US')} 行（${rowRanges(a.writtenRows)}）` : `已处理 ${job.processed.toLocaleString('en-US')} 项`;
  const failed = a.failedRows.length ? `，未通过校验 ${a.failedRows.length.toLocaleString('en-US')} 行` : '';
  return `${why}：${written}${failed}${rest}；已写入的数据完整保留，未处理的行没有写入任何内容`;
}
