// Routes for the data-comparison registry: load a batch from a file, see what is loaded, see a claim's comparisons.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '../services.js';
import { forbidden } from '../http/errors.js';
import { CHECKS, loadRegistry, parseCsv } from './registry.js';
import { IdParams } from '../schemas/common.js';

const Row = Type.Object({
  id_number: Type.String({ maxLength: 32 }), status: Type.Optional(Type.Union([Type.Literal('confirmed'), Type.Literal('refuted')])),
  occupation_code: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 32 })])), level: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 16 })])),
  valid_from: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 10 })])), valid_to: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 10 })])),
});

export function verificationRoutes(fastify: FastifyInstance, services: Services): void {
  // Typed through the route schemas: params, query and body need no casts.
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['verification'];
  app.post('/verification/registry', {
    schema: {
      tags, summary: 'Load a batch of the reference registry (rows, or CSV text: 公民身份号码,状态,职业编码,等级,起始日期,截止日期)',
      body: Type.Object({ check: Type.Union(CHECKS.map((c) => Type.Literal(c))), source: Type.Optional(Type.String({ maxLength: 64 })), rows: Type.Optional(Type.Array(Row, { maxItems: 200000 })), csv: Type.Optional(Type.String({ maxLength: 16_000_000 })) }),
    },
  }, async (req) => {
    const role = req.ctx.user?.role;
    if (role !== 'platform_admin' && role !== 'region_admin') throw forbidden('只有管理员可以导入比对数据');
    const body = req.body;
    const rows = body.rows ?? (body.csv ? parseCsv(body.csv) : []);
    return loadRegistry(services, req.ctx, body.check, rows, body.source);
  });

  app.get('/verification/registry/summary', { schema: { tags, summary: 'Loaded batches by check' } }, async (req) => {
    const user = req.ctx.user;
    if (!user || user.role === 'institution_staff') throw forbidden();
    // The registry serves the whole region; each node sees the batches its own people loaded.
    const { knex } = services.db;
    return knex('verification_registry').leftJoin('users', 'users.id', 'verification_registry.loaded_by')
      .modify((q) => { if (user.role !== 'platform_admin') q.whereIn('users.region_code', knex('regions').select('id').where('path', 'like', `${user.region_path}%`)); })
      .groupBy('check', 'batch', 'source').select('check', 'batch', 'source').count({ rows: '*' }).orderBy('batch', 'desc');
  });

  app.get('/claims/:id/verifications', { schema: { tags, summary: 'The comparisons recorded for a claim, with source and time', params: IdParams } }, async (req) => {
    const claim = await services.resources.get('claims').get(req.ctx, req.params.id);
    return services.db.knex('verification_results').where({ claim_id: claim.id }).orderBy('id').select('check', 'confirmed', 'source', 'checked_at');
  });
}
