// GET /api/lookup/:resource?ids=[…] | ?q=name[&filter={…}]: records' names for pickers and reference fields.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '../services.js';
import { badRequest } from '../http/errors.js';
import { lookup, LOOKUP_LIMIT } from './lookup.js';
import { LABELS } from './labels.js';

const Query = Type.Object({
  ids: Type.Optional(Type.String({ maxLength: 4000, description: 'JSON array of ids, e.g. [3,7]' })),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of a name, matched server-side' })),
  filter: Type.Optional(Type.String({ maxLength: 2000, description: 'react-admin filter (JSON object), for readable resources' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: LOOKUP_LIMIT })),
});
const Reply = Type.Array(Type.Object({ id: Type.Union([Type.Integer(), Type.String()]), label: Type.String() }));

export function lookupRoutes(fastify: FastifyInstance, services: Services): void {
  // Typed through the route schemas: params, query and body need no casts.
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get('/lookup/:resource', {
    schema: {
      tags: ['lookup'], summary: 'Names of records, scoped like the records (labels for pickers and references)',
      params: Type.Object({ resource: Type.Union(Object.keys(LABELS).map((r) => Type.Literal(r))) }),
      querystring: Query, response: { 200: Reply },
    },
  }, async (req) => {
    const { resource } = req.params;
    const query = req.query;
    let ids: Array<string | number> | undefined;
    if (query.ids !== undefined) {
      try {
        ids = JSON.parse(query.ids);
      } catch {
        ids = undefined;
      }
      if (!Array.isArray(ids) || ids.length > LOOKUP_LIMIT || !ids.every((v) => (typeof v === 'number' && Number.isSafeInteger(v)) || (typeof v === 'string' && v.length <= 64))) {
        throw badRequest(`参数 ids 应为最多 ${LOOKUP_LIMIT} 个编号的 JSON 数组`, 'ids');
      }
    }
    return lookup(services, req.ctx, resource, { ids, q: query.q, filter: query.filter, limit: query.limit });
  });
}
