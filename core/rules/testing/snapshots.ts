// Test and bench support: plausible fact snapshots, the rule-test cases of configs/ with their numbers and flags shaken.
import fs from 'node:fs';
import path from 'node:path';
import type { Rng } from '../compiler/testing/random-rules.js';

/** The `facts` of every rule-test case of a claim type, from configs/<node>/tests/<key>.json. */
export function caseSnapshots(configsDir: string, key: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const folder of fs.readdirSync(configsDir)) {
    const file = path.join(configsDir, folder, 'tests', `${key}.json`);
    if (fs.existsSync(file)) for (const c of JSON.parse(fs.readFileSync(file, 'utf8')).cases) out.push(c.facts);
  }
  return out;
}

function shake(v: unknown, r: Rng): unknown {
  if (typeof v === 'number') {
    if (!r.chance(0.3)) return v;
    const x = v * (0.6 + r.next() * 0.7);
    return Number.isInteger(v) ? Math.round(x) : Math.min(1, Math.round(x * 10000) / 10000);
  }
  if (typeof v === 'boolean') return r.chance(0.06) ? !v : v;
  if (Array.isArray(v)) return v.map((x) => shake(x, r));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shake(x, r)]));
  return v;
}

/** A snapshot like one of `cases`, numbers scaled and flags flipped now and then (a fact is rarely missing). */
export function randomSnapshot(cases: Record<string, unknown>[], r: Rng): Record<string, unknown> {
  const facts = shake(r.pick(cases), r) as Record<string, unknown>;
  for (const k of Object.keys(facts)) if (r.chance(0.01)) delete facts[k];
  return facts;
}
