// /api/jobs: the background jobs one may see (list as ra-data-simple-rest, detail), start, cancel, retry, and their files.
// /api/imports/:id stays as the roster import's older name of the same job.
import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { RequestContext } from '../http/context.js';
import type { Services } from '../services.js';
import { ErrorBody } from '../http/error-handler.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { sendTable, TABLE_FORMATS, attachment, type TableFormat } from '../excel/table.js';
import { readJobFile } from './files.js';
import { loadJob, jobFromRow, requestCancel, requeueJob } from './store.js';
import { JOB_STATUSES, type JobRow } from './types.js';
import { jobDetail, jobSummary } from './view.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
/** Answers whose 200 has no schema of its own (job views, files): serialised as they are. */
const answers = { 200: Type.Unknown(), ...errors };
const ListQuery = Type.Object({
  sort: Type.Optional(Type.String({ maxLength: 100 })), range: Type.Optional(Type.String({ maxLength: 100 })), filter: Type.Optional(Type.String({ maxLength: 1000 })),
});
const SORTABLE = new Set(['id', 'created_at', 'status', 'kind', 'finished_at']);
const tags = ['jobs'];

/** A job is seen by whoever started it, and by a platform administrator; anyone else gets a 404, as if absent. */
async function visibleJob(services: Services, ctx: RequestContext, id: number, label = '后台任务'): Promise<JobRow> {
  const job = await loadJob(services.db.knex, id);
  const mine = job && ctx.user && (job.created_by === ctx.user.id || ctx.user.role === 'platform_admin');
  if (!job || !mine) throw notFound(label, id);
  return job;
}

function parseJson(raw: string | undefined, field: string, fallback: unknown): unknown {
  if (!raw) return fallback;
  try { return JSON.parse(raw); } catch { throw badRequest(`「${field}」不是有效的 JSON`, field); }
}

/** A failed row of an import: its sheet row, the reason, and the file's original cells (masked) by header. */
interface ErrorRow {
  row: number;
  message: string;
  values: Record<string, unknown>;
}

/** The failed rows with the file's original columns (masked) and 「错误原因」, read in pages by id. */
async function* errorRows(services: Services, jobId: number): AsyncGenerator<ErrorRow> {
  let after = 0;
  for (;;) {
    const page = await services.db.knex('job_errors').where({ job_id: jobId }).where('id', '>', after).orderBy('id').limit(1000).select('id', 'row', 'message', 'cells');
    if (page.length === 0) return;
    after = Number(page.at(-1).id);
    page.sort((a, b) => Number(a.row) - Number(b.row));
    for (const e of page) yield { row: e.row, message: e.message, values: JSON.parse(e.cells ?? '{}') };
  }
}

export function jobRoutes(fastify: FastifyInstance, services: Services): void {
  // Typed through the schemas below: params, query and body need no casts.
  const api = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const runner = services.jobs;
  const { knex } = services.db;

  api.get('/jobs', { schema: { tags, summary: 'Background jobs (own; all for a platform administrator), newest first', querystring: ListQuery, response: answers } }, async (req, reply) => {
    const q = req.query;
    // ra-data-simple-rest shapes: sort ["field","ASC|DESC"], range [start,end], filter {…}; anything else is a 400.
    const sort = parseJson(q.sort, 'sort', ['id', 'DESC']);
    if (!Array.isArray(sort) || sort.length !== 2) throw badRequest('sort 应为 ["字段", "ASC 或 DESC"]', 'sort');
    const [field, order] = sort as [string, string];
    if (!SORTABLE.has(field) || !['ASC', 'DESC'].includes(String(order).toUpperCase())) throw badRequest(`不能按「${field}」排序`, 'sort');
    const range = parseJson(q.range, 'range', [0, 24]);
    if (!Array.isArray(range) || range.length !== 2) throw badRequest('range 应为 [起, 止]，每页至多 1000 条', 'range');
    const [start, end] = range as [number, number];
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end - start >= 1000) throw badRequest('range 应为 [起, 止]，每页至多 1000 条', 'range');
    const parsed = parseJson(q.filter, 'filter', {});
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw badRequest('filter 应为 JSON 对象', 'filter');
    const filter = parsed as { status?: string | string[]; kind?: string; id?: number[] };
    const base = knex('jobs');
    if (req.ctx.user!.role !== 'platform_admin') base.where('created_by', req.ctx.user!.id);
    if (filter.status !== undefined) {
      const statuses = Array.isArray(filter.status) ? filter.status : [filter.status];
      if (!statuses.every((s) => (JOB_STATUSES as readonly string[]).includes(s))) throw badRequest('「状态」的值无法识别', 'status');
      base.whereIn('status', statuses);
    }
    if (filter.kind !== undefined) base.where('kind', String(filter.kind));
    if (Array.isArray(filter.id)) base.whereIn('id', filter.id.map(Number).filter(Number.isInteger));
    const count = await base.clone().count({ n: '*' }).first();
    const rows = await base.orderBy(field, String(order).toLowerCase() as 'asc' | 'desc').orderBy('id', 'desc').offset(start).limit(end - start + 1).select('*');
    const total = Number(count?.n ?? 0);
    reply.header('Content-Range', `jobs ${start}-${Math.max(start, start + rows.length - 1)}/${total}`);
    return rows.map((r) => jobSummary(jobFromRow(r), runner));
  });

  const details = [
    { url: '/jobs/:id', tags, label: '后台任务', summary: 'A job: progress, result, warnings and first failed rows' },
    { url: '/imports/:id', tags: ['imports'], label: '导入任务', summary: 'Progress of a roster import (the job of that id)' },
  ];
  for (const { url, label, ...doc } of details) {
    api.get(url, { schema: { ...doc, params: IdParams, response: answers } }, async (req) => jobDetail(knex, await visibleJob(services, req.ctx, req.params.id, label), runner));
  }

  api.post('/jobs', {
    schema: {
      tags, summary: 'Start a job of a kind that may be started directly (export, risk_scan, rule_dry_run, demo_seed)',
      body: Type.Object({ kind: Type.String({ maxLength: 32 }), params: Type.Optional(Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), { maxProperties: 32 })) }, { additionalProperties: false }),
      response: { 202: Type.Object({ job_id: Type.Integer() }), ...errors },
    },
  }, async (req, reply) => {
    const { kind, params = {} } = req.body;
    const def = runner.definition(kind);
    if (!def?.start) throw badRequest(`任务类型「${kind}」不能直接发起`, 'kind');
    const checked = Value.Default(def.start.params, Value.Convert(def.start.params, structuredClone(params))) as Record<string, unknown>;
    const first = [...Value.Errors(def.start.params, checked)][0];
    if (first) throw badRequest(`任务参数「${first.path.slice(1) || 'params'}」不正确：${first.message}`, first.path.slice(1) || 'params');
    const meta = await def.start.prepare(services, req.ctx, checked);
    const id = await runner.submit(req.ctx, kind, checked, meta);
    reply.code(202);
    return { job_id: id };
  });

  api.post('/jobs/:id/cancel', { schema: { tags, summary: 'Cancel: a queued job at once, a running one at its next batch', params: IdParams, response: answers } }, async (req) => {
    const job = await visibleJob(services, req.ctx, req.params.id);
    const outcome = await requestCancel(knex, job.id, '已取消：尚未开始，未写入任何数据');
    if (outcome === 'finished') throw conflict(`任务 ${job.id} 已结束（${jobSummary(job, runner).status_label}），不能取消`, 'status');
    await services.audit.appendNow(knex, req.ctx, { action: 'cancel', resource: 'jobs', recordId: job.id, changes: { status: job.status, outcome } });
    return jobDetail(knex, (await loadJob(knex, job.id))!, runner);
  });

  api.post('/jobs/:id/retry', { schema: { tags, summary: 'Run a failed or cancelled job again; batches already committed are kept and skipped', params: IdParams, response: answers } }, async (req) => {
    const job = await visibleJob(services, req.ctx, req.params.id);
    if (!(await requeueJob(knex, job.id))) throw conflict(`只有失败或已取消的任务可以重试（任务 ${job.id} ${jobSummary(job, runner).status_label}）`, 'status');
    await services.audit.appendNow(knex, req.ctx, { action: 'retry', resource: 'jobs', recordId: job.id, changes: { status: job.status } });
    await runner.queue.enqueue(job.id, 0).catch(() => undefined);
    return jobDetail(knex, (await loadJob(knex, job.id))!, runner);
  });

  api.get('/jobs/:id/download', { schema: { tags, summary: 'The file a job produced (an export)', params: IdParams, response: answers } }, async (req, reply) => {
    const job = await visibleJob(services, req.ctx, req.params.id);
    const file = job.result?.file as { name: string; type: string } | undefined;
    if (job.status !== 'done' || !file) throw notFound('任务结果文件', job.id);
    await services.audit.appendNow(knex, req.ctx, { action: 'export', resource: 'jobs', recordId: job.id, changes: { download: job.result?.filename } });
    reply.header('Content-Type', file.type).header('Content-Disposition', attachment(String(job.result?.filename ?? `job-${job.id}`))).header('Cache-Control', 'no-store');
    return reply.send(readJobFile(knex, job.id, file.name));
  });

  const ErrorsQuery = Type.Object({ format: Type.Optional(Type.Union(TABLE_FORMATS.map((f) => Type.Literal(f)), { default: 'xlsx' })) });
  const errorFiles = [
    { url: '/jobs/:id/errors', tags, label: '后台任务', summary: 'The failed rows with their original columns (masked) and the reason' },
    { url: '/imports/:id/errors', tags: ['imports'], label: '导入任务', summary: 'The failed rows of a roster import' },
  ];
  for (const { url, label, ...doc } of errorFiles) api.get(url, { schema: { ...doc, params: IdParams, querystring: ErrorsQuery, response: answers } }, async (req, reply) => {
    const job = await visibleJob(services, req.ctx, req.params.id, label);
    const format: TableFormat = req.query.format ?? 'xlsx';
    const count = await knex('job_errors').where({ job_id: job.id }).count({ n: '*' }).first();
    await services.audit.appendNow(knex, req.ctx, { action: 'export', resource: 'jobs', recordId: job.id, changes: { errors_of: job.id, rows: Number(count?.n ?? 0), format } });
    const headers = (job.result?.headers as string[] | undefined) ?? [];
    const columns = [
      { key: 'row', header: '行号' },
      ...headers.map((h) => ({ key: h, header: h, value: (r: ErrorRow) => r.values[h] })),
      { key: 'message', header: '错误原因', width: 60 },
    ];
    return sendTable(reply, errorRows(services, job.id), columns, format, `${job.title.replace(/\.(xlsx|csv)$/i, '')}-失败行`);
  });
}
