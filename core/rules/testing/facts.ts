// Test support: resolves named facts (and what they depend on) for a stored claim, as the runtime does.
import type { Services } from '../../services.js';
import { regionChain } from '../../configs/resolve.js';
import { createFactServices } from '../runtime/fact-services.js';
import { gatherFacts } from '../runtime/gather.js';
import type { LooseJson } from '../../test/loose-json.js';

/** The snapshot the runtime would store for these facts of the claim (outside a transaction); tests read its values loosely. */
export async function resolveFacts(services: Services, claimId: number, facts: string[], date?: string): Promise<Record<string, LooseJson>> {
  const knex = services.db.knex;
  const claim = await knex('claims').where({ id: claimId }).first();
  if (!claim) throw new Error(`claim ${claimId} not found`);
  return gatherFacts(services.plugins, facts, {
    db: knex, claim, date: date ?? claim.claim_date, regionChain: (await regionChain(knex, claim.region_code)).map((r) => r.id),
    services: createFactServices(services, knex, Number(claim.id)),
  });
}
