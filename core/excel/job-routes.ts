// GET /api/imports/:id (progress) and /api/imports/:id/errors?format= (the failed rows, masked, with 「错误原因」).
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { RequestContext } from '../http/context.js';
import type { Services } from '../services.js';
import { ErrorBody } from '../http/error-handler.js';
import { notFound } from '../http/errors.js';
import type { ImportJob } from './jobs.js';
import { loadJob } from './load-job.js';
import { sendTable, TABLE_FORMATS, type TableFormat } from './table.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Progress as the console polls it; the first failed rows inline, all of them in the errors file. */
function view(job: ImportJob) {
  const { errors: rows, headers: _h, ...rest } = job;
  return { ...rest, error_count: rows.length, errors: rows.slice(0, 50).map(({ row, field, message }) => ({ row, field, message })) };
}

/** The importer's own jobs (a platform administrator sees all); others' are 404, as if absent. */
async function visibleJob(services: Services, ctx: RequestContext, id: number): Promise<ImportJob> {
  const job = await loadJob(services.db.knex, id);
  const mine = job && ctx.user && (job.created_by === ctx.user.id || ctx.user.role === 'platform_admin');
  if (!job || !mine) throw notFound('导入任务', id);
  return job;
}

export function jobRoutes(api: FastifyInstance, services: Services): void {
  const tags = ['imports'];
  api.get('/imports/:id', { schema: { tags, summary: 'Progress of an import job', params: IdParams, response: errors } },
    async (req) => view(await visibleJob(services, req.ctx, (req.params as { id: number }).id)));

  api.get('/imports/:id/errors', {
    schema: { tags, summary: 'The failed rows with their original columns (masked) and the reason', params: IdParams,
      querystring: Type.Object({ format: Type.Optional(Type.Union(TABLE_FORMATS.map((f) => Type.Literal(f)), { default: 'xlsx' })) }), response: errors },
  }, async (req, reply) => {
    const job = await visibleJob(services, req.ctx, (req.params as { id: number }).id);
    const format = (req.query as { format?: TableFormat }).format ?? 'xlsx';
    await services.audit.appendNow(services.db.knex, req.ctx, { action: 'export', resource: 'imports', recordId: job.id, changes: { errors_of: job.id, rows: job.errors.length, format } });
    const columns = [
      { key: 'row', header: '行号' },
      ...job.headers.map((h) => ({ key: h, header: h, value: (r: Record<string, any>) => r.values[h] })),
      { key: 'message', header: '错误原因', width: 60 },
    ];
    return sendTable(reply, job.errors, columns, format, `${job.filename.replace(/\.(xlsx|csv)$/i, '')}-失败行`);
  });
}
