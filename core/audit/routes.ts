// GET /api/audit/verify (the chain, and its end against the latest signed checkpoint) and POST /api/audit/checkpoint (sign the head now).
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.js';
import { forbidden } from '../http/errors.js';
import { ErrorBody } from '../http/error-handler.js';

const CheckpointRef = Type.Object({ seq: Type.Integer(), hash: Type.String(), at: Type.String() });

const Report = Type.Object({
  ok: Type.Boolean(),
  entries: Type.Integer(),
  problem: Type.Optional(Type.Object({
    seq: Type.Integer(), id: Type.Union([Type.Integer(), Type.Null()]),
    kind: Type.String({ description: 'edited, inserted, deleted, truncated (the newest entries are gone) or rewritten' }),
    message: Type.String(),
    missing: Type.Optional(Type.Object({ from: Type.Integer(), to: Type.Integer() }, { description: 'The entries that are gone' })),
  })),
  checkpoint: Type.Union([CheckpointRef, Type.Null()], { description: 'The latest signed checkpoint compared with (null: none yet)' }),
  warnings: Type.Array(Type.String()),
});

export function auditRoutes(app: FastifyInstance, services: Services): void {
  const tags = ['audit'];
  app.get('/audit/verify', { schema: { tags, response: { 200: Report, 403: ErrorBody } } }, async (req) => {
    const role = req.ctx.user?.role;
    if (role !== 'platform_admin' && role !== 'auditor' && role !== 'region_admin') throw forbidden('只有审计员和管理员可以校验审计记录');
    return services.audit.verify(services.db.knex);
  });

  app.post('/audit/checkpoint', {
    schema: { tags, summary: 'Sign the head of the audit chain now (also done periodically)', response: { 200: CheckpointRef, 403: ErrorBody } },
  }, async (req) => {
    const role = req.ctx.user?.role;
    if (role !== 'platform_admin' && role !== 'auditor') throw forbidden('只有平台管理员和审计员可以写入审计检查点');
    // The request itself is on the trail first, so the checkpoint covers it.
    await services.audit.appendNow(services.db.knex, req.ctx, { action: 'audit_checkpoint', resource: 'audit' });
    const c = await services.audit.checkpoint(services.db.knex);
    return { seq: c!.seq, hash: c!.hash, at: c!.at };
  });
}
