// Materials of the guide in force (R8) that a data comparison may waive, with the comparison's result from the snapshot.
import type { GuideBody, Service } from '../../configs/kinds/guide.js';
import type { WaivedMaterial } from './types.js';

/** The fact whose `results` hold the data comparisons (`{ check, confirmed }`), as the verification plugin writes them. */
export const VERIFICATION_FACT = 'verification';

/** Materials with `waived_by` in the services of the guide for this claim type. */
export function waivableMaterials(guide: GuideBody | null, claimType: string): Array<{ service: string; material: string; material_name: string; waived_by: string }> {
  if (!guide) return [];
  const services = guide.services.filter((s): s is Service => !('remove' in s) && s.claim_type === claimType);
  return services.flatMap((s) => s.materials.filter((m) => m.waived_by).map((m) => ({ service: s.id, material: m.id, material_name: m.name, waived_by: m.waived_by! })));
}

/**
 * Each waivable material with `confirmed` = the comparison's result in the snapshot
 * (`verification.results[].check === waived_by`): true waives the paper proof; false or null
 * (no comparison ran, or the source does not know) means the material must be collected.
 */
export function waivedMaterials(guide: GuideBody | null, claimType: string, snapshot: Record<string, unknown>): WaivedMaterial[] {
  const results = (snapshot[VERIFICATION_FACT] as { results?: Array<{ check?: unknown; confirmed?: unknown }> } | undefined)?.results;
  const byCheck = new Map<string, boolean | null>();
  if (Array.isArray(results)) {
    for (const r of results) if (typeof r?.check === 'string') byCheck.set(r.check, typeof r.confirmed === 'boolean' ? r.confirmed : null);
  }
  return waivableMaterials(guide, claimType).map((m) => ({ ...m, confirmed: byCheck.get(m.waived_by) ?? null }));
}
