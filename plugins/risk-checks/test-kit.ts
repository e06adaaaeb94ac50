// Test support for the risk checks: run one check over a node's subtree, and build records with the demo builder.
import type { RiskCheckDefinition, RiskHit } from '../../core/plugins/contract.js';
import type { Services } from '../../core/services.js';
import { systemContext } from '../../core/http/context.js';
import { DemoBuilder } from '../../core/demo/risk-builder.js';

/** Runs a check the way the scan does: over the subtree of `region`, optionally narrowed to claims. */
export async function runCheck(check: RiskCheckDefinition, services: Services, opts: { region?: string; claimIds?: number[] } = {}): Promise<RiskHit[]> {
  const { knex } = services.db;
  const node = await knex('regions').where({ id: opts.region ?? '150000' }).first('path');
  const regionCodes = await knex('regions').where('path', 'like', `${node.path}%`).pluck('id');
  return check.run({ db: knex, regionCodes, claimIds: opts.claimIds, today: services.today() });
}

export const keysOf = (hits: RiskHit[]) => hits.map((h) => h.key).sort();

export const hitFor = (hits: RiskHit[], key: string): RiskHit => {
  const hit = hits.find((h) => h.key === key);
  if (!hit) throw new Error(`no hit ${key}; found ${keysOf(hits).join(', ')}`);
  return hit;
};

export const builder = (services: Services, seed: number) => new DemoBuilder(services, systemContext('test'), seed);

/** No clear ID number or mobile number anywhere in what a check reports. */
export const CLEAR_PII = /\b(\d{17}[\dXx]|1[3-9]\d{9})\b/;
