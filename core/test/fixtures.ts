// Valid payloads for tests: checksum-valid IDs and credit codes, and one record of each resource.
import { checkCharacter } from '../validation/resident-id.js';
import { creditCheckCharacter } from '../validation/credit-code.js';
import type { TestClient } from './client.js';
import type { LooseJson } from './loose-json.js';
import type { CreateBody } from '../resources/records.js';

let seq = 0;

/** A valid resident ID: region, birth date (YYYYMMDD) and a running sequence. */
export function idNumber(region = '150102', birth = '19850315', n = ++seq): string {
  const first17 = `${region}${birth}${String(n % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

export function creditCode(region = '150102', n = ++seq): string {
  const first17 = `91${region}${String(n).padStart(9, '0')}`;
  return first17 + creditCheckCharacter(first17);
}

// Typed as the bodies they are (`over` may bend them for a test of refusals).
export const workerBody = (over: Record<string, unknown> = {}) => ({
  ...({ id_number: idNumber(), name: '示例·测试人员', region_code: '150102', category: 'rural_transfer', phone: '13812345678', traits: ['youth'] } satisfies CreateBody<'workers'>), ...over,
});

export const institutionBody = (over: Record<string, unknown> = {}) => ({
  ...({
    name: `示例培训学校${++seq}`, credit_code: creditCode(), region_code: '150102', kind: 'training_org',
    approval_status: 'approved', approved_from: '2024-01-01', approved_to: '2035-12-31',
  } satisfies CreateBody<'institutions'>), ...over,
});

export const programBody = (institutionId: number, over: Record<string, unknown> = {}) => ({
  ...({
    name: '焊工（五级）培训班', institution_id: institutionId, region_code: '150102', occupation_code: '6-18-02-04', occupation_name: '焊工',
    level: '5', training_kind: 'employment_skills', mode: 'open', delivery: 'offline', hours: 120, capacity: 40,
    start_date: '2026-03-01', end_date: '2026-04-30', status: 'open',
  } satisfies CreateBody<'programs'>), ...over,
});

/** Creates a record through the API and returns it, failing loudly on any error. */
export async function make(c: TestClient, resource: string, body: Record<string, unknown>): Promise<LooseJson> {
  const r = await c.post(`/api/${resource}`, body);
  if (r.status !== 201) throw new Error(`create ${resource}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}
