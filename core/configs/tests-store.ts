// Rule tests as versioned documents beside the rule sets: read with the cases a node inherits, saved as a new version from the console.
import type { Knex } from 'knex';
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { ApiError, badRequest, conflict, forbidden } from '../http/errors.js';
import { regionChain, resolveEffective } from './resolve.js';
import { vocabulary } from './validation.js';
import { summarise } from './validation.js';
import { CLAIM_TYPES, validateRuleTests, type RuleTests } from './kinds/index.js';

export interface TestsVersion {
  node: string;
  node_name: string;
  version: number;
  body: RuleTests;
}

export interface TestsView {
  node: string;
  key: string;
  /** The node's own cases (null: none yet); `version` is what a save must carry. */
  own: TestsVersion | null;
  /** The ancestors' cases, nearest first: run and shown, read-only. */
  inherited: TestsVersion[];
  history: Array<{ version: number; created_at: string; created_by: number | null }>;
}

const WRITERS = new Set(['platform_admin', 'region_admin']);

function requireKey(key: string): void {
  if (!(CLAIM_TYPES as readonly string[]).includes(key)) throw badRequest(`规则集「${key}」不存在，可选：${CLAIM_TYPES.join('、')}`, 'key');
}

/** The node must lie in the user's subtree (its own and ancestors' cases are then readable). */
async function requireNode(db: Knex, ctx: RequestContext, node: string): Promise<string> {
  const region = await db('regions').where({ id: node }).first('path', 'name');
  if (!region || (ctx.user && !String(region.path).startsWith(ctx.user.region_path))) throw new ApiError(404, `行政区划 ${node} 不存在或不在您的管辖范围内`);
  return region.name;
}

export async function readTests(services: Services, ctx: RequestContext, node: string, key: string): Promise<TestsView> {
  requireKey(key);
  const db = services.db.knex;
  await requireNode(db, ctx, node);
  const chain = await regionChain(db, node);
  const rows = await db('config_tests').whereIn('node_code', chain.map((c) => c.id)).where({ ruleset_key: key }).select('node_code', 'body', 'version');
  const of = (id: string): TestsVersion | null => {
    const r = rows.find((x) => x.node_code === id);
    return r ? { node: id, node_name: chain.find((c) => c.id === id)?.name ?? id, version: Number(r.version), body: JSON.parse(r.body) } : null;
  };
  const history = await db('config_test_versions').where({ node_code: node, ruleset_key: key }).orderBy('test_version', 'desc').select('test_version', 'created_at', 'created_by');
  return {
    node, key, own: of(node),
    inherited: chain.slice(1).map((c) => of(c.id)).filter((x): x is TestsVersion => x !== null),
    history: history.map((h) => ({ version: Number(h.test_version), created_at: h.created_at, created_by: h.created_by ?? null })),
  };
}

/** Stores one more version of (node, key) inside `trx`: the current row and the history row. */
export async function storeTestsVersion(trx: Knex | Knex.Transaction, node: string, key: string, body: unknown, actor: number | null, now: string): Promise<number> {
  const text = JSON.stringify(body);
  const existing = await trx('config_tests').where({ node_code: node, ruleset_key: key }).first('id', 'version');
  const version = existing ? Number(existing.version) + 1 : 1;
  if (existing) await trx('config_tests').where({ id: existing.id }).update({ body: text, updated_at: now, updated_by: actor, version });
  else await trx('config_tests').insert({ node_code: node, ruleset_key: key, body: text, created_at: now, updated_at: now, created_by: actor, updated_by: actor, version });
  await trx('config_test_versions').insert({ node_code: node, ruleset_key: key, test_version: version, body: text, created_at: now, created_by: actor });
  return version;
}

/**
 * Saves the node's cases as a new version, checked like `configs/` (case names, facts of the loaded
 * plugins, rule ids of the rule set in force at the node today). `version` is the one read: a
 * stale one is a 409. Audited.
 */
export async function saveTests(services: Services, ctx: RequestContext, node: string, key: string, input: { body: unknown; version?: number | null }): Promise<TestsView> {
  requireKey(key);
  const db = services.db.knex;
  const name = await requireNode(db, ctx, node);
  if (ctx.user && !WRITERS.has(ctx.user.role)) throw forbidden('只有管理员可以修改规则测试');
  const owns = await db('regions').where({ id: node }).first('owns_config');
  if (!owns?.owns_config) throw badRequest(`${name}（${node}）不单独发布配置，沿用上级的规则测试`, 'node');
  const ruleset = await resolveEffective(db, node, 'ruleset', key, services.today());
  const ruleIds = ruleset?.body.rules.map((r: { id: string }) => r.id);
  const errors = validateRuleTests(input.body, { ...vocabulary(services.plugins), ruleIds });
  if ((input.body as { ruleset?: unknown })?.ruleset !== key) errors.unshift({ path: '/ruleset', message: `规则测试的 ruleset 应为「${key}」` });
  if (errors.length > 0) throw new ApiError(400, `规则测试未通过校验，未保存：${summarise(errors)}`, errors[0].path, errors);
  await services.resources.get('configs').write(async (trx) => {
    const current = await trx('config_tests').where({ node_code: node, ruleset_key: key }).first('version');
    const have = current ? Number(current.version) : null;
    if ((input.version ?? null) !== have) throw conflict(`规则测试已被他人修改（当前第 ${have ?? 0} 版，您读取的是第 ${input.version ?? 0} 版）；请刷新后再改`, 'version');
    const version = await storeTestsVersion(trx, node, key, input.body, ctx.user?.id ?? null, new Date().toISOString());
    await services.audit.append(trx, ctx, { action: 'update', resource: 'config_tests', recordId: null, changes: { node, ruleset: key, version, cases: (input.body as RuleTests).cases.length } });
  });
  return readTests(services, ctx, node, key);
}
