// Routes of the rules runtime: evaluate a claim, read and replay its decision, test and dry-run rule-set documents.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '../services.js';
import { ErrorBody } from '../http/error-handler.js';
import { DateString, IdParams } from '../schemas/common.js';
import { Decision } from './runtime/types.js';

const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

const Difference = Type.Object({ path: Type.String(), stored: Type.Unknown(), replayed: Type.Unknown() });
const Replay = Type.Object({ identical: Type.Boolean(), stored: Decision, replayed: Decision, differences: Type.Array(Difference) });

export function rulesRoutes(fastify: FastifyInstance, services: Services): void {
  // Typed through the route schemas: params, query and body need no casts.
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/claims/:id/evaluate', {
    schema: {
      tags: ['claims'], summary: 'Evaluate the claim with the rule set in force for its region and date, and store the decision',
      params: IdParams, response: { 200: Decision, ...errors },
    },
  }, async (req) => services.rules.evaluateClaim(req.ctx, req.params.id));

  app.get('/claims/:id/decision', {
    schema: { tags: ['claims'], summary: 'The stored decision: rule-set versions, fact snapshot, each rule and condition, the amount', params: IdParams, response: { 200: Decision, ...errors } },
  }, async (req) => services.rules.decision(req.ctx, req.params.id));

  app.get('/claims/:id/decision/replay', {
    schema: {
      tags: ['claims'], summary: 'Recompute the stored decision from its own document versions and snapshot, and compare',
      params: IdParams, response: { 200: Replay, ...errors },
    },
  }, async (req) => services.rules.replay(req.ctx, req.params.id));

  app.post('/configs/:id/test', {
    schema: {
      tags: ['configs'], summary: 'Run the node’s rule test cases against this rule-set document as if published',
      params: IdParams,
      body: Type.Optional(Type.Object({
        date: Type.Optional(DateString),
        include_ancestors: Type.Optional(Type.Boolean({ description: 'Also run the ancestors’ cases (reported apart, not counted in ok)' })),
      }, { additionalProperties: false })),
      response: { 200: Type.Unknown(), ...errors },
    },
  }, async (req) => services.rules.testConfig(req.ctx, req.params.id, req.body ?? {}));

  app.post('/configs/:id/dry-run', {
    schema: {
      tags: ['configs'], summary: 'Re-decide the subtree’s past claims (stored snapshots) with this rule-set document; writes nothing',
      params: IdParams,
      body: Type.Object({
        from: DateString, to: DateString,
        limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: 'Changed claims listed in sample (default 50)' })),
        key: Type.Optional(Type.Union(['training', 'evaluation', 'upgrade', 'base_reward'].map((k) => Type.Literal(k)), { description: 'For a parameters document: the claim type to re-decide (default training)' })),
      }, { additionalProperties: false }),
      response: { 200: Type.Unknown(), ...errors },
    },
  }, async (req) => services.rules.dryRun(req.ctx, req.params.id, req.body));
}
