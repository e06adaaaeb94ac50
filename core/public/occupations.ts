// The occupations of a node's demand catalog in force, for the site's pickers: code, name, levels (never amounts).
import type { Services } from '../services.js';
import { notFound } from '../http/errors.js';
import { regionByCode } from './regions.js';

export interface PublicOccupation { code: string; name: string; sector: string; levels: string[]; shortage: boolean }

export async function publicOccupations(services: Services, code: string): Promise<PublicOccupation[]> {
  const node = await regionByCode(services.db.knex, code);
  if (!node) throw notFound('行政区划', code);
  const doc = await services.configs.effective(node.id, 'catalog', 'default', services.today());
  if (!doc) return [];
  return doc.body.entries.map((e) => ({ code: e.code, name: e.name, sector: e.sector, levels: Object.keys(e.levels), shortage: e.shortage }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
