// GET /api/audit/verify: checks the hash chain and names the first edited, inserted or deleted entry.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.js';
import { forbidden } from '../http/errors.js';

const Report = Type.Object({
  ok: Type.Boolean(),
  entries: Type.Integer(),
  problem: Type.Optional(Type.Object({
    seq: Type.Integer(), id: Type.Union([Type.Integer(), Type.Null()]),
    kind: Type.String(), message: Type.String(),
  })),
});

export function auditRoutes(app: FastifyInstance, services: Services): void {
  app.get('/audit/verify', { schema: { tags: ['audit'], response: { 200: Report } } }, async (req) => {
    const role = req.ctx.user?.role;
    if (role !== 'platform_admin' && role !== 'auditor' && role !== 'region_admin') throw forbidden('只有审计员和管理员可以校验审计记录');
    return services.audit.verify(services.db.knex);
  });
}
