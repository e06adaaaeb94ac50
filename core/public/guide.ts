// 办事指南 for the public: the effective guide of a node, with which materials data comparison makes unnecessary.
import type { Services } from '../services.js';
import { notFound } from '../http/errors.js';
import { CLAIM_TYPE_LABELS, WAIVER_LABELS, type Service } from '../configs/kinds/index.js';
import { regionByCode } from './regions.js';

export interface PublicGuide {
  node: string;
  node_name: string;
  title: string;
  effective_from: string;
  /** Which node published it (a county without its own guide shows its 盟市's or the region's). */
  from_node: string;
  from_node_name: string;
  services: Array<Omit<Service, 'materials'> & {
    claim_type_label: string | null;
    materials: Array<{ id: string; name: string; waived_by: string | null; waived_label: string | null }>;
  }>;
}

export async function publicGuide(services: Services, code: string): Promise<PublicGuide> {
  const knex = services.db.knex;
  const node = await regionByCode(knex, code);
  if (!node) throw notFound('行政区划', code);
  const doc = await services.configs.effective(node.id, 'guide', 'default', services.today());
  if (!doc) throw await services.configs.explainMissing(node.id, 'guide', 'default', services.today());
  const top = doc.chain.at(-1)!;
  return {
    node: node.id, node_name: node.name, title: top.title, effective_from: top.effective_from, from_node: top.node, from_node_name: top.node_name,
    services: doc.body.services.map((s) => ({
      ...s,
      claim_type_label: s.claim_type ? CLAIM_TYPE_LABELS[s.claim_type] : null,
      materials: s.materials.map((m) => ({ id: m.id, name: m.name, waived_by: m.waived_by ?? null, waived_label: m.waived_by ? WAIVER_LABELS[m.waived_by as keyof typeof WAIVER_LABELS] : null })),
    })),
  };
}
