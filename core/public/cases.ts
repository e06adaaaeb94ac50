// 典型案例 for the public: published cases in force today, of a node's 盟市 subtree and its ancestors, newest version per case.
import type { Knex } from 'knex';
import type { Services } from '../services.js';
import { notFound } from '../http/errors.js';
import type { CaseBody } from '../configs/kinds/index.js';
import { storedBody } from '../configs/resolve.js';
import { pathCodes, regionByCode } from './regions.js';

export interface PublicCaseSummary {
  node: string;
  node_name: string;
  key: string;
  version: number;
  title: string;
  summary: string;
  training_kind: string | null;
  occupation_name: string | null;
  published_on: string;
  mn: { title: string; summary: string; status: 'reviewed' | 'draft' } | null;
}
export interface PublicCase extends PublicCaseSummary { sections: CaseBody['sections']; outcome: string }

/** The highest published version in force on `date` of each case (node, key) the filter admits. */
/** A published case document as stored, with its node's name (the body JSON as text, or parsed). */
interface CaseRow { id: number | string; node_code: string; node_name: string; key: string; doc_version: number | string; title: string; body: unknown; published_at: unknown; [column: string]: unknown }
/** A case in force: its row, and its body as the case kind's type. */
interface CaseInForce extends CaseRow { case: CaseBody }

async function inForce(knex: Knex, date: string, narrow: (q: Knex.QueryBuilder) => void): Promise<CaseInForce[]> {
  const q = knex('configs').join('regions', 'regions.id', 'configs.node_code')
    .where({ 'configs.kind': 'case', 'configs.state': 'published' }).where('configs.effective_from', '<=', date)
    .where((w) => w.whereNull('configs.effective_to').orWhere('configs.effective_to', '>=', date))
    .select('configs.*', { node_name: 'regions.name' }).orderBy('configs.doc_version', 'desc');
  narrow(q);
  const seen = new Set<string>();
  const out: CaseInForce[] = [];
  // Highest version first: the first row of each case is the one in force.
  for (const r of (await q) as CaseRow[]) {
    const id = `${r.node_code}/${r.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const body = typeof r.body === 'string' ? JSON.parse(r.body) : r.body;
    out.push({ ...r, case: storedBody('case', { node: r.node_code, config_id: Number(r.id), version: Number(r.doc_version), body }, r.node_name) });
  }
  return out.sort((a, b) => String(b.published_at).localeCompare(String(a.published_at)));
}

function summary(r: CaseInForce): PublicCaseSummary {
  const body = r.case;
  return {
    node: r.node_code, node_name: r.node_name, key: r.key, version: Number(r.doc_version), title: r.title, summary: body.summary,
    training_kind: body.training_kind ?? null, occupation_name: body.occupation_name ?? null,
    published_on: String(r.published_at ?? '').slice(0, 10), mn: body.mn ?? null,
  };
}

/**
 * Cases for the site: with `region`, those published by that node's 盟市 and anything below it, and by the
 * 自治区; without, all. Newest first, at most `limit`.
 */
export async function publicCases(services: Services, region?: string, limit = 50): Promise<PublicCaseSummary[]> {
  const knex = services.db.knex;
  let narrow = (_q: Knex.QueryBuilder) => {};
  if (region) {
    const node = await regionByCode(knex, region);
    if (!node) throw notFound('行政区划', region);
    const [root, league] = pathCodes(node.path);
    narrow = (q) => q.where((w) => {
      w.where('configs.node_code', root);
      if (league) w.orWhere('regions.path', 'like', `/${root}/${league}/%`);
    });
  }
  return (await inForce(knex, services.today(), narrow)).slice(0, limit).map(summary);
}

export async function publicCase(services: Services, node: string, key: string): Promise<PublicCase> {
  const [row] = await inForce(services.db.knex, services.today(), (q) => q.where({ 'configs.node_code': node, 'configs.key': key }));
  if (!row) throw notFound('典型案例', `${node}/${key}`);
  return { ...summary(row), sections: row.case.sections, outcome: row.case.outcome };
}
