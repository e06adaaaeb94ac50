// What the caller may do next with one record's status: a class's and an enrolment's next states, a claim's workflow
// steps. The console offers exactly these, so it never offers a change the server would refuse.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { RequestContext } from '../http/context.js';
import { can } from '../resources/definition.js';
import { IdParams } from '../schemas/common.js';
import type { Services } from '../services.js';
import { CLAIM_STEPS, type ClaimStep } from './claim-steps.js';
import { PROGRAM_FLOW } from './classes.js';

/** An enrolment may move freely among its states until it is completed, which is final (it scheduled follow-ups). */
export const ENROLLMENT_FLOW: Record<string, string[]> = {
  enrolled: ['completed', 'failed', 'withdrawn'],
  failed: ['enrolled', 'completed', 'withdrawn'],
  withdrawn: ['enrolled', 'completed', 'failed'],
  completed: [],
};

export interface Transitions {
  /** The field the choices are for. */
  field: 'status' | 'state';
  current: string;
  /** Next values (class, enrolment) or workflow steps (claim) the caller may take now. */
  allowed: string[];
}

export const TRANSITION_RESOURCES = ['programs', 'enrollments', 'claims'] as const;

export function claimSteps(ctx: RequestContext, claim: Record<string, unknown>): ClaimStep[] {
  const u = ctx.user!;
  const own = Number(claim.created_by) === u.id || Number(claim.submitted_by) === u.id
    || (u.institution_id !== null && Number(claim.institution_id) === u.institution_id);
  return (Object.keys(CLAIM_STEPS) as ClaimStep[]).filter((step) => {
    const rule = CLAIM_STEPS[step];
    if (!rule.roles.has(u.role) || !rule.states.includes(String(claim.state))) return false;
    // Maker–checker: deciding is for someone else; an ineligible claim is not approved.
    if (own && (step === 'review' || step === 'approve' || step === 'reject')) return false;
    return !(step === 'approve' && claim.outcome === 'ineligible');
  });
}

export async function transitionsOf(services: Services, ctx: RequestContext, resource: (typeof TRANSITION_RESOURCES)[number], id: unknown): Promise<Transitions> {
  const service = services.resources.get(resource);
  await service.authorize(ctx, 'r', id);
  const row = await service.findRow(ctx, id);
  if (resource === 'claims') return { field: 'state', current: String(row.state), allowed: claimSteps(ctx, row) };
  const mayUpdate = can(service.def, ctx.user?.role, 'u');
  const flow = resource === 'programs' ? PROGRAM_FLOW : ENROLLMENT_FLOW;
  const status = String(row.status);
  return { field: 'status', current: status, allowed: mayUpdate ? flow[status] ?? [] : [] };
}

export function transitionRoutes(fastify: FastifyInstance, services: Services): void {
  // Typed through the route schemas: params, query and body need no casts.
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  for (const resource of TRANSITION_RESOURCES) {
    app.get(`/${resource}/:id/transitions`, {
      schema: {
        tags: [resource], summary: 'What the caller may change the status to (or which workflow steps it may take) now',
        params: IdParams,
        response: { 200: Type.Object({ field: Type.String(), current: Type.String(), allowed: Type.Array(Type.String()) }) },
      },
    }, async (req) => transitionsOf(services, req.ctx, resource, req.params.id));
  }
}
