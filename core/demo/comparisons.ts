// Demo comparison data (大数据比对): the registries a deployment would connect, as reference-table batches for the
// fictional workers, so that demo decisions waive the proofs they confirm and a few still show the review path.
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { loadRegistry, type RegistryRow } from '../verification/registry.js';

export const DEMO_SOURCE = 'demo-sample';

/**
 * Identity confirmed for nine workers in ten; nine in ten of those registered as 脱贫劳动力 found in the poverty
 * registry, the tenth not (their claims go to review, as with a real registry that does not know someone).
 */
export async function seedComparisons(services: Services, ctx: RequestContext): Promise<{ identity: number; poverty: number }> {
  const workers = await services.db.knex('workers').orderBy('id').select('id', 'id_number_enc', 'category');
  const rows = (keep: (w: { id: number; category: string }) => boolean): RegistryRow[] => workers
    .filter((w) => keep({ id: Number(w.id), category: w.category }))
    .map((w) => ({ id_number: services.pii.decrypt(w.id_number_enc), status: 'confirmed' }));
  const identity = await loadRegistry(services, ctx, 'identity', rows((w) => w.id % 10 !== 0), DEMO_SOURCE);
  const poverty = await loadRegistry(services, ctx, 'poverty_registry', rows((w) => w.category === 'poverty_exited' && w.id % 10 !== 3), DEMO_SOURCE);
  return { identity: identity.loaded, poverty: poverty.loaded };
}
