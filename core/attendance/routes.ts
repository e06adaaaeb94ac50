// Routes of class sessions: the roster of a date, a session recorded for the whole class, the attendance machine's file and its template.
import { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { ErrorBody } from '../http/error-handler.js';
import { badRequest } from '../http/errors.js';
import { IdParams } from '../schemas/common.js';
import { writeJobFile } from '../jobs/files.js';
import { checkName, MAX_IMPORT_BYTES } from '../excel/import-route.js';
import { sendTable } from '../excel/table.js';
import { Roster, RosterQuery, SessionBody, SessionResult, SESSION_FIELD_LABELS } from './session-schema.js';
import { recordSession, sessionProgram } from './session.js';
import { readRoster } from './roster.js';
import { MACHINE_COLUMNS } from './machine-columns.js';

const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const UPLOAD_TYPES = ['application/octet-stream', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const TEMPLATE: Array<keyof typeof MACHINE_COLUMNS> = ['name', 'id_number', 'date', 'check_in', 'check_out', 'hours'];

/** Records the import job with its file (any replica can run it) for a class the caller may write attendance of. */
async function startImport(services: Services, ctx: RequestContext, programId: string, filename: string, content: Readable): Promise<number> {
  checkName(filename);
  const program = await sessionProgram(services, ctx, programId, 'c');
  return services.jobs.submit(ctx, 'attendance_import', { filename, program_id: program.id }, { title: filename, regionCode: program.region_code }, async (id) => {
    const size = await writeJobFile(services.db.knex, id, 'input', content, { maxBytes: MAX_IMPORT_BYTES, tooBig: () => badRequest('文件超过 10 MB，请拆分后分批导入', 'file') });
    if (size === 0) throw badRequest('文件是空的', 'file');
  });
}

export function attendanceRoutes(fastify: FastifyInstance, services: Services): void {
  // Typed through the route schemas: params, query and body need no casts.
  const api = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['attendance'];

  api.get('/programs/:id/sessions', {
    schema: { tags, summary: 'The class roster for a date: each enrolled person (ID masked) with their attendance of that date, and the dates recorded', params: IdParams, querystring: RosterQuery, response: { 200: Roster, ...errors } },
  }, async (req) => readRoster(services, req.ctx, req.params.id, req.query.session_date));

  api.post('/programs/:id/sessions', {
    config: { fieldLabels: SESSION_FIELD_LABELS },
    schema: {
      tags, params: IdParams, body: SessionBody, response: { 200: SessionResult, ...errors },
      summary: 'Record one class session for many enrolments, all or nothing: present → that date\'s record with the hours (created or updated); absent → that date\'s record removed. Sending it again changes only what differs.',
    },
  }, async (req) => recordSession(services, req.ctx, req.params.id, req.body));

  const Accepted = { 202: Type.Object({ job_id: Type.Integer() }), ...errors };
  api.post('/programs/:id/attendance-import', {
    bodyLimit: Math.ceil(MAX_IMPORT_BYTES * 1.4) + 4096,
    schema: {
      tags, summary: 'Import the attendance machine\'s file (.xlsx or .csv, base64 in JSON) for the class; runs as a job (GET /api/imports/:job_id)', params: IdParams,
      body: Type.Object({ filename: Type.String({ minLength: 1, maxLength: 255 }), content_base64: Type.String({ minLength: 1, maxLength: Math.ceil(MAX_IMPORT_BYTES / 3) * 4 }) }, { additionalProperties: false }),
      response: Accepted,
    },
  }, async (req, reply) => {
    const { body } = req;
    const bytes = Buffer.from(body.content_base64, 'base64');
    if (bytes.length > MAX_IMPORT_BYTES) throw badRequest('文件超过 10 MB，请拆分后分批导入', 'content_base64');
    const jobId = await startImport(services, req.ctx, req.params.id, body.filename, Readable.from([bytes]));
    reply.code(202);
    return { job_id: jobId };
  });

  void api.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser(UPLOAD_TYPES, (_req, payload, done) => done(null, payload));
    scope.post('/programs/:id/attendance-import/upload', {
      schema: { tags, summary: 'The attendance machine\'s file as the request body; runs as a job', params: IdParams, querystring: Type.Object({ filename: Type.String({ minLength: 1, maxLength: 255 }) }), response: Accepted },
    }, async (req, reply) => {
      if (!(req.body instanceof Readable)) throw badRequest(`请以文件本身作为请求体上传（Content-Type: ${UPLOAD_TYPES.join(' 或 ')}）`, 'file');
      const jobId = await startImport(services, req.ctx, req.params.id, req.query.filename, req.body);
      reply.code(202);
      return { job_id: jobId };
    });
  });

  api.get('/attendance/import/template', { schema: { tags, summary: 'An empty attendance machine sheet (.xlsx) with the columns the import reads' } }, async (req, reply) => {
    await services.resources.get('attendance').authorize(req.ctx, 'c');
    const columns = TEMPLATE.map((field) => ({ key: field, header: MACHINE_COLUMNS[field][0], width: field === 'id_number' ? 22 : 12 }));
    return sendTable(reply, [], columns, 'xlsx', '考勤机导入模板');
  });
}
