// POST /api/workers/import {filename, content_base64, region_code?}: checks the file, records the job, answers 202 at once.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.js';
import { ErrorBody } from '../http/error-handler.js';
import { badRequest } from '../http/errors.js';
import { RegionCode } from '../schemas/common.js';
import type { RosterImporter } from './import.js';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const ImportBody = Type.Object({
  filename: Type.String({ minLength: 1, maxLength: 255, description: 'Ends in .xlsx or .csv' }),
  content_base64: Type.String({ minLength: 1, maxLength: Math.ceil(MAX_IMPORT_BYTES / 3) * 4, description: 'The file, base64; at most 10 MB' }),
  region_code: Type.Optional(RegionCode),
}, { additionalProperties: false });

export function importRoute(api: FastifyInstance, services: Services, importer: RosterImporter): void {
  api.post('/workers/import', {
    bodyLimit: Math.ceil(MAX_IMPORT_BYTES * 1.4) + 4096,
    schema: {
      tags: ['imports'], summary: 'Import a worker roster (.xlsx or .csv); runs in the background', body: ImportBody,
      response: { 202: Type.Object({ job_id: Type.Integer() }), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
    },
  }, async (req, reply) => {
    const body = req.body as { filename: string; content_base64: string; region_code?: string };
    if (!/\.(xlsx|csv)$/i.test(body.filename)) throw badRequest('只能导入 .xlsx 或 .csv 文件；旧版 .xls 请在 Excel 中另存为 .xlsx', 'filename');
    const bytes = Buffer.from(body.content_base64, 'base64');
    if (bytes.length === 0) throw badRequest('文件是空的', 'content_base64');
    if (bytes.length > MAX_IMPORT_BYTES) throw badRequest('文件超过 10 MB，请拆分后分批导入', 'content_base64');
    await services.resources.get('workers').authorize(req.ctx, 'c');
    const jobId = await importer.start(req.ctx, { filename: body.filename, bytes, regionCode: body.region_code });
    reply.code(202);
    return { job_id: jobId };
  });
}
