// POST /api/workers/import: the roster as JSON {filename, content_base64} (the console, up to 10 MB) or, for large files,
// POST /api/workers/import/upload?filename= with the file itself as the body, streamed into the job. Answers 202 {job_id} at once.
import { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { RequestContext } from '../http/context.js';
import type { Services } from '../services.js';
import { ErrorBody } from '../http/error-handler.js';
import { badRequest } from '../http/errors.js';
import { RegionCode } from '../schemas/common.js';
import { writeJobFile } from '../jobs/files.js';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const UPLOAD_TYPES = ['application/octet-stream', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

const ImportBody = Type.Object({
  filename: Type.String({ minLength: 1, maxLength: 255, description: 'Ends in .xlsx or .csv' }),
  content_base64: Type.String({ minLength: 1, maxLength: Math.ceil(MAX_IMPORT_BYTES / 3) * 4, description: 'The file, base64; at most 10 MB' }),
  region_code: Type.Optional(RegionCode),
}, { additionalProperties: false });
const UploadQuery = Type.Object({
  filename: Type.String({ minLength: 1, maxLength: 255, description: 'Ends in .xlsx or .csv' }),
  region_code: Type.Optional(RegionCode),
}, { additionalProperties: false });
const Accepted = { 202: Type.Object({ job_id: Type.Integer() }), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

export function checkName(filename: string): void {
  if (!/\.(xlsx|csv)$/i.test(filename)) throw badRequest('只能导入 .xlsx 或 .csv 文件；旧版 .xls 请在 Excel 中另存为 .xlsx', 'filename');
}

/** Records the job with its file (stored in chunks, so any replica can run or resume it) and queues it. */
async function startImport(services: Services, ctx: RequestContext, filename: string, regionCode: string | undefined, content: Readable, maxBytes: number): Promise<number> {
  await services.resources.get('workers').authorize(ctx, 'c');
  const mb = Math.round(maxBytes / 1024 / 1024);
  return services.jobs.submit(ctx, 'roster_import', { filename, region_code: regionCode ?? null, batch_rows: services.env.IMPORT_BATCH_ROWS }, { title: filename, regionCode }, async (id) => {
    const size = await writeJobFile(services.db.knex, id, 'input', content, { maxBytes, tooBig: () => badRequest(`文件超过 ${mb} MB，请拆分后分批导入`, 'file') });
    if (size === 0) throw badRequest('文件是空的', 'file');
  });
}

export function importRoute(fastify: FastifyInstance, services: Services): void {
  // Typed through the route schemas: params, query and body need no casts.
  const api = fastify.withTypeProvider<TypeBoxTypeProvider>();
  api.post('/workers/import', {
    bodyLimit: Math.ceil(MAX_IMPORT_BYTES * 1.4) + 4096,
    schema: { tags: ['imports'], summary: 'Import a worker roster (.xlsx or .csv, base64 in JSON); runs as a background job', body: ImportBody, response: Accepted },
  }, async (req, reply) => {
    const { body } = req;
    checkName(body.filename);
    const bytes = Buffer.from(body.content_base64, 'base64');
    if (bytes.length === 0) throw badRequest('文件是空的', 'content_base64');
    if (bytes.length > MAX_IMPORT_BYTES) throw badRequest('文件超过 10 MB，请拆分后分批导入', 'content_base64');
    const jobId = await startImport(services, req.ctx, body.filename, body.region_code, Readable.from([bytes]), MAX_IMPORT_BYTES);
    reply.code(202);
    return { job_id: jobId };
  });

  // The file is the request body, streamed into the job's storage chunk by chunk: no size of file is held in memory.
  void api.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser(UPLOAD_TYPES, (_req, payload, done) => done(null, payload));
    scope.post('/workers/import/upload', {
      schema: {
        tags: ['imports'], summary: 'Import a worker roster sent as the request body (Content-Type: text/csv, application/octet-stream or the .xlsx type)',
        querystring: UploadQuery, response: Accepted,
      },
    }, async (req, reply) => {
      const { filename, region_code } = req.query;
      checkName(filename);
      if (!(req.body instanceof Readable)) throw badRequest(`请以文件本身作为请求体上传（Content-Type: ${UPLOAD_TYPES.join(' 或 ')}）`, 'file');
      const jobId = await startImport(services, req.ctx, filename, region_code, req.body, services.env.IMPORT_MAX_MB * 1024 * 1024);
      reply.code(202);
      return { job_id: jobId };
    });
  });
}
