// Routes of the claim workflow (submit, review, approve, reject, pay, batch approve) and of job matching.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '../services.js';
import { ErrorBody } from '../http/error-handler.js';
import { Claim } from '../entities/claims.js';
import { Id, IdParams } from '../schemas/common.js';
import { ClaimWorkflow } from './claims.js';
import { matchingWorkers, recommendationsFor } from './matching.js';
import { collisionsOf } from './entitlements.js';

const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function workflowRoutes(fastify: FastifyInstance, services: Services): void {
  // Typed through the route schemas: params, query and body need no casts.
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const wf = new ClaimWorkflow(services);
  const tags = ['claims'];

  app.post('/claims/:id/submit', { schema: { tags, summary: 'Submit a draft: evaluated by the rules at once; repeating it changes nothing', params: IdParams, response: { 200: Claim, ...errors } } },
    async (req) => wf.submit(req.ctx, req.params.id));
  app.post('/claims/:id/review', { schema: { tags, summary: 'Take a submitted claim into review', params: IdParams, response: { 200: Claim, ...errors } } },
    async (req) => wf.startReview(req.ctx, req.params.id));
  app.post('/claims/:id/approve', {
    schema: { tags, summary: 'Approve and reserve the amount in the budget (maker-checker)', params: IdParams, body: Type.Object({ fund_source_id: Type.Optional(Id), amount_fen: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false }), response: { 200: Claim, ...errors } },
  }, async (req) => wf.approve(req.ctx, req.params.id, req.body));
  app.post('/claims/:id/reject', {
    schema: { tags, summary: 'Reject with a reason', params: IdParams, body: Type.Object({ reason: Type.String({ maxLength: 2000 }) }), response: { 200: Claim, ...errors } },
  }, async (req) => wf.reject(req.ctx, req.params.id, req.body.reason));
  app.post('/claims/:id/pay', { schema: { tags, summary: 'Record the payment: the reservation becomes spending', params: IdParams, response: { 200: Claim, ...errors } } },
    async (req) => wf.pay(req.ctx, req.params.id));
  app.post('/claims/approve', {
    schema: {
      tags, summary: 'Approve many claims; each succeeds or fails on its own',
      body: Type.Object({ ids: Type.Array(Id, { minItems: 1, maxItems: 500 }), fund_source_id: Type.Optional(Id) }, { additionalProperties: false }),
      response: { 200: Type.Object({ results: Type.Array(Type.Object({ id: Type.Integer(), ok: Type.Boolean(), message: Type.String(), state: Type.Optional(Type.String()) })) }) },
    },
  }, async (req) => {
    const body = req.body;
    return { results: await wf.approveMany(req.ctx, body.ids, body) };
  });

  // Whoever may read a claim may read its history, reviewers included (the full audit trail stays with auditors).
  app.get('/claims/:id/history', { schema: { tags, summary: 'The audit entries of one claim, oldest first', params: IdParams } }, async (req) => {
    const claim = await services.resources.get('claims').get(req.ctx, req.params.id);
    const rows = await services.db.knex('audit_log').where({ resource: 'claims', record_id: String(claim.id) }).orderBy('seq').select('seq', 'at', 'username', 'role', 'action', 'changes');
    return rows.map((r) => ({ ...r, changes: r.changes ? JSON.parse(r.changes) : null }));
  });

  // What a reviewer must see before approving: the person's other claims for the same occupation and level, anywhere.
  const Collision = Type.Object({
    id: Type.Integer(), type: Type.String(), state: Type.String(), state_label: Type.String(), region_code: Type.String(),
    region_name: Type.String({ description: 'The claim\'s place below the autonomous region, e.g. 呼和浩特市新城区' }),
    holds_entitlement: Type.Boolean({ description: 'This claim holds the person\'s entitlement (approved or paid) for the key' }),
  });
  app.get('/claims/:id/collisions', {
    schema: {
      tags, summary: 'The person\'s other pending, approved or paid claims for the same subsidy family, occupation and level, region-wide (only one can be approved)',
      params: IdParams,
      response: {
        200: Type.Object({
          key: Type.Union([Type.Null(), Type.Object({ worker_id: Type.Integer(), family: Type.String(), occupation_code: Type.String(), level: Type.String() })]),
          holder: Type.Union([Type.Null(), Type.Integer({ description: 'The claim holding the entitlement, if any' })]),
          claims: Type.Array(Collision),
        }),
        ...errors,
      },
    },
  }, async (req) => {
    const claim = await services.resources.get('claims').get(req.ctx, req.params.id);
    return collisionsOf(services.db.knex, claim);
  });

  app.get('/workers/:id/recommendations', { schema: { tags: ['job_postings'], summary: 'Job postings matching the worker’s certificates', params: IdParams } },
    async (req) => recommendationsFor(services, req.ctx, req.params.id));
  app.get('/job_postings/:id/matches', { schema: { tags: ['job_postings'], summary: 'Certified workers matching a posting', params: IdParams } },
    async (req) => matchingWorkers(services, req.ctx, req.params.id));
}
