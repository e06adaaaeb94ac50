// Bench part 2: a dry-run of a stricter draft over N stored claims in a temporary SQLite database, timed end to end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadEnv } from '../core/env/env.js';
import { buildApp } from '../core/app.js';
import { resolveFrom } from '../core/configs/resolve.js';
import { candidateOf } from '../core/configs/service.js';
import { prng } from '../core/rules/compiler/testing/random-rules.js';
import { buildDecision } from '../core/rules/runtime/decision.js';
import { labelsOf } from '../core/rules/runtime/labels.js';
import { prepareRuleSet, type PreparedRuleSet } from '../core/rules/runtime/prepare.js';
import { chainEntries } from '../core/rules/runtime/resolve.js';
import { PreloadedSource } from '../core/rules/runtime/sources.js';
import { dryRun, type DryRunResult } from '../core/rules/dry-run.js';
import { randomSnapshot } from '../core/rules/testing/snapshots.js';
import type { Knex } from 'knex';

export interface DryRunBench {
  claims: number;
  setupSeconds: number;
  averageDecisionBytes: number;
  seconds: number;
  result: DryRunResult;
}

/** What this bench uses of a better-sqlite3 connection (the embedded database's driver). */
interface RawSqlite {
  pragma(source: string): unknown;
  prepare(sql: string): { run(...params: unknown[]): unknown };
  transaction(fn: () => void): () => void;
}

const day = (r: ReturnType<typeof prng>) => new Date(Date.UTC(2024, 3, 1) + r.int(0, 270) * 86_400_000).toISOString().slice(0, 10);

/**
 * Boots Steppe on a fresh SQLite file (migrations, regions, the configs/ seed), writes `count`
 * submitted training claims with real stored decisions (the runtime's, on random snapshots, for
 * each claim's own region and date) by bulk insert, then times `dryRun` of the 自治区 training
 * rule set with a stricter attendance minimum over all of them, reading the rows included.
 */
export async function benchDryRun(count: number, cases: Record<string, unknown>[]): Promise<DryRunBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  const env = loadEnv({}, { DATABASE_URL: `sqlite:${file}`, STEPPE_DATA_KEY: Buffer.alloc(32, 9).toString('base64'), ADMIN_PASSWORD: 'Gobi-Bench-Run-93#Kx', SEED_DEMO: false, LOG_LEVEL: 'silent', SERVE_UI: false, DATA_DIR: dir });
  const { app, services } = await buildApp(env);
  try {
    const knex = services.db.knex;
    const setupStart = Date.now();
    const operators = [...services.plugins.operators.values()];
    const labels = labelsOf(services.plugins);
    const regions = await knex('regions').select('id', 'name', 'parent_id');
    const counties = regions.filter((r) => r.id !== '150000' && !regions.some((c) => c.parent_id === r.id)).map((r) => r.id as string);
    const published = (await knex('configs').where({ kind: 'ruleset', key: 'training', state: 'published' })).map((r) => ({
      node: r.node_code, config_id: Number(r.id), version: Number(r.doc_version), mode: r.mode, title: r.title,
      effective_from: r.effective_from, effective_to: r.effective_to ?? null, body: JSON.parse(r.body),
    }));
    const source = new PreloadedSource(regions.map((r) => ({ id: r.id, name: r.name, parent: r.parent_id })), published);
    const prepared = new Map<string, { prepared: PreparedRuleSet; chain: ReturnType<typeof chainEntries> } | null>();
    const rulesetOf = async (region: string, date: string) => {
      const k = source.ancestorsNow(region).map((a) => source.docNow(a.id, date)?.config_id ?? '-').join(',');
      if (!prepared.has(k)) {
        const doc = await resolveFrom(source, region, 'ruleset', 'training', date);
        prepared.set(k, doc ? { prepared: prepareRuleSet(doc.body, doc.sources, operators), chain: chainEntries(doc.chain) } : null);
      }
      return prepared.get(k)!;
    };

    // The embedded database's own connection (better-sqlite3): prepared inserts in large transactions.
    // knex's client is typed loosely and better-sqlite3 ships no types here: RawSqlite names what this uses.
    const client: Knex.Client = knex.client;
    const raw: RawSqlite = await client.acquireConnection();
    raw.pragma('synchronous = OFF');
    const insert = raw.prepare(`INSERT INTO claims (type, region_code, claim_date, requested_fen, state, outcome, decision, created_at, updated_at, version)
      VALUES ('training', ?, ?, 150000, 'submitted', ?, ?, ?, ?, 1)`);
    const r = prng(20240207);
    const now = new Date().toISOString();
    let bytes = 0;
    for (let done = 0; done < count;) {
      const rows: Array<[string, string, string, string]> = [];
      for (const end = Math.min(count, done + 10_000); done < end; done++) {
        const region = r.pick(counties);
        const date = day(r);
        const rs = (await rulesetOf(region, date))!;
        const facts = randomSnapshot(cases, r);
        facts.claim = { ...(facts.claim as object), regionCode: region, claimDate: date };
        const decision = buildDecision({
          prepared: rs.prepared, snapshot: facts, labels, guide: null, evaluatedAt: now,
          ruleset: { node: region, key: 'training', date, chain: rs.chain, documents: rs.chain, sources: rs.prepared.sources },
        });
        const text = JSON.stringify(decision);
        bytes += Buffer.byteLength(text);
        rows.push([region, date, decision.outcome, text]);
      }
      raw.transaction(() => { for (const row of rows) insert.run(...row, now, now); })();
    }
    raw.pragma('synchronous = NORMAL');
    await client.releaseConnection(raw);
    const setupSeconds = (Date.now() - setupStart) / 1000;

    const base = await knex('configs').where({ node_code: '150000', kind: 'ruleset', key: 'training', state: 'published' }).orderBy('doc_version', 'desc').first();
    const body = JSON.parse(base.body);
    body.rules.find((x: { id: string }) => x.id === 'attendance-minimum').conditions.all[0].value = 0.85;
    const candidate = { ...candidateOf({ ...base, body, effective_to: base.effective_to ?? null }), key: 'training' };
    const start = process.hrtime.bigint();
    const result = await dryRun(knex, operators, candidate, { from: '2024-01-01', to: '2024-12-31', limit: 20 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    return { claims: count, setupSeconds, averageDecisionBytes: Math.round(bytes / count), seconds, result };
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
