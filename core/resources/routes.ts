// The REST routes of every registered resource, in ra-data-simple-rest conventions.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { ResourceService } from './service.js';
import { ErrorBody } from '../http/error-handler.js';
import { IdParams } from '../schemas/common.js';

export const ListQuery = Type.Object({
  sort: Type.Optional(Type.String({ maxLength: 200, description: 'JSON ["field","ASC|DESC"]' })),
  range: Type.Optional(Type.String({ maxLength: 64, description: 'JSON [start, end], inclusive' })),
  filter: Type.Optional(Type.String({ maxLength: 8000, description: 'JSON {"q":"…","field":value,"field_gte":…,"field_lte":…,"id":[1,2]}' })),
});

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function contentRange(resource: string, start: number, count: number, total: number): string {
  return count === 0 ? `${resource} */${total}` : `${resource} ${start}-${start + count - 1}/${total}`;
}

/** Registers GET list, GET one, POST, PUT and DELETE for one resource. */
export function resourceRoutes(fastify: FastifyInstance, service: ResourceService): void {
  // Typed through the route schemas: params, query and body need no casts.
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { def } = service;
  const tags = [def.name];
  const url = `/${def.name}`;

  const listRow = def.listOmit?.length ? Type.Omit(def.schema, def.listOmit) : def.schema;
  app.get(url, {
    schema: { tags, summary: `List ${def.name}${def.listOmit?.length ? ` (rows leave out ${def.listOmit.join(', ')}: read one to get them)` : ''}`, querystring: ListQuery, response: { 200: Type.Array(listRow), ...errors } },
  }, async (req, reply) => {
    const { records, total, start, estimated } = await service.list(req.ctx, req.query);
    reply.header('Content-Range', contentRange(def.name, start, records.length, total));
    // A large result's total is an estimate (core/scale/list-total.ts): said so, for the console's 「约」.
    if (estimated) reply.header('X-Total-Estimated', 'true');
    // The other count header react-admin's providers read (simpleRestProvider(url, client, 'X-Total-Count'), json-server); CORS exposes both.
    reply.header('X-Total-Count', String(total));
    return records;
  });

  app.get(`${url}/:id`, {
    schema: {
      tags, summary: `Read one of ${def.name}`, params: IdParams,
      querystring: Type.Object({ reveal: Type.Optional(Type.Boolean({ description: 'Return personal data in clear (audited; admins and reviewers)' })) }),
      response: { 200: def.schema, ...errors },
    },
  }, async (req) => service.get(req.ctx, req.params.id, { reveal: req.query.reveal }));

  if (def.create) {
    app.post(url, {
      schema: { tags, summary: `Create one of ${def.name}`, body: def.create, response: { 201: def.schema, ...errors } },
    }, async (req, reply) => {
      const key = req.headers['idempotency-key'];
      const { replayed, ...record } = await service.create(req.ctx, req.body, { idempotencyKey: typeof key === 'string' && key ? key : undefined });
      reply.code(replayed || req.ctx.replayed ? 200 : 201);
      return record;
    });
  }

  if (def.update) {
    app.put(`${url}/:id`, {
      schema: { tags, summary: `Update one of ${def.name} (send the version you read)`, params: IdParams, body: def.update, response: { 200: def.schema, ...errors } },
    }, async (req) => service.update(req.ctx, req.params.id, req.body));
  }

  if (def.access && Object.values(def.access).some((a) => a?.includes('d'))) {
    app.delete(`${url}/:id`, {
      schema: { tags, summary: `Delete one of ${def.name}`, params: IdParams, response: { 200: def.schema, ...errors } },
    }, async (req) => service.remove(req.ctx, req.params.id));
  }
}
