// GET /api/health: dialect and migration state, for load balancers and operators.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.js';
import { migrationStatus } from '../db/migrate.js';
import { transactStats } from '../db/transact.js';

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  dialect: Type.String(),
  database: Type.String(),
  migrations: Type.Object({ applied: Type.Integer(), pending: Type.Array(Type.String()), latest: Type.Union([Type.String(), Type.Null()]) }),
  version: Type.String(),
  node: Type.Optional(Type.String({ description: 'With several database nodes listed: the one this replica\'s connections go to' })),
  transactions: Type.Object({
    units: Type.Integer(), retriedConflicts: Type.Integer(), retriedNodeErrors: Type.Integer(), ambiguousCommits: Type.Integer(), replays: Type.Integer(), exhausted: Type.Integer(),
  }, { description: 'Write units run by this process since it started, and what their retries did' }),
});

export function healthRoutes(app: FastifyInstance, services: Services, version: string): void {
  app.get('/health', { schema: { tags: ['health'], response: { 200: Health } } }, async () => {
    const { applied, pending } = await migrationStatus(services.db.knex);
    return {
      status: pending.length === 0 ? 'ok' as const : 'degraded' as const,
      dialect: services.db.dialect,
      database: services.db.description,
      migrations: { applied: applied.length, pending, latest: applied.at(-1) ?? null },
      version,
      node: services.db.failover?.currentHost ? `${services.db.failover.currentHost.host}:${services.db.failover.currentHost.port}` : undefined,
      transactions: { ...transactStats },
    };
  });
}
