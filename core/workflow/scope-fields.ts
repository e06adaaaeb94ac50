// Scope fields follow the records they link: a class's region from its institution, a claim's region and institution
// from its enrolment, certificate or base, a wish's region from its worker, a clerk's worker from the clerk's
// institution. A value the client leaves out is derived; one that disagrees is refused (400 naming the field), for
// every role: where a record sits decides who sees it, reviews it and which budget pays it.
import type { Knex } from 'knex';
import { badRequest } from '../http/errors.js';
import type { RequestContext } from '../http/context.js';
import type { HookArgs } from '../resources/definition.js';
import { regionChain } from '../configs/resolve.js';

type Db = Knex | Knex.Transaction;
type Body = Record<string, unknown>;

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || (a != null && b != null && String(a) === String(b));

/**
 * The client's value of `field` must be `derived` (from `source`, said in Chinese); left out, it becomes `derived`.
 * @example settle(claim, 'region_code', '150203', '申请地区', '报名记录所在培训班')
 */
export function settle(input: Body, field: string, derived: unknown, label: string, source: string): void {
  if (input[field] === undefined) {
    input[field] = derived ?? null;
    return;
  }
  if (!same(input[field], derived)) {
    throw badRequest(`「${label}」应为 ${derived ?? '空'}（由${source}决定），与提交的 ${input[field] ?? '空'} 不一致`, field);
  }
}

/** The 盟市 (second node of the tree) a node belongs to, with its name; the root is its own. */
export async function leagueOf(db: Db, node: string): Promise<{ id: string; name: string } | null> {
  const chain = await regionChain(db, node);
  if (chain.length === 0) return null;
  return chain.length >= 2 ? chain[chain.length - 2] : chain[0];
}

/**
 * A node that must lie in the 盟市 of `anchor` (a class held in another county of its institution's league, a worker a
 * clerk registers in the institution's league); left out, it becomes `anchor` itself.
 */
export async function settleWithinLeague(db: Db, input: Body, field: string, anchor: string, label: string, source: string): Promise<void> {
  if (input[field] === undefined || input[field] === null) {
    input[field] = anchor;
    return;
  }
  const league = await leagueOf(db, anchor);
  const path = (await db('regions').where({ id: input[field] }).first('path'))?.path as string | undefined;
  if (!league || !path || !path.includes(`/${league.id}/`)) {
    throw badRequest(`「${label}」${input[field]} 不在${source}所在的${league?.name ?? anchor}范围内`, field);
  }
}

/** The institution of an institution's clerk, or null for every other role. */
export async function clerkInstitution(db: Db, ctx: RequestContext): Promise<{ id: number; name: string; region_code: string } | null> {
  if (ctx.user?.role !== 'institution_staff' || ctx.user.institution_id === null) return null;
  const inst = await db('institutions').where({ id: ctx.user.institution_id }).first('id', 'name', 'region_code');
  return inst ? { id: Number(inst.id), name: inst.name, region_code: inst.region_code } : null;
}

/**
 * The linked record as the caller may see it, or the 400 the reference check gives (no probing: a record out of
 * scope reads as absent, before any derived value could tell where it is). The caller names the columns' types (R).
 */
export async function linked<R extends Body = Body>(args: HookArgs, resource: string, id: unknown, field: string, columns: string[]): Promise<R> {
  const target = args.services.resources.get(resource);
  const row = id === undefined || id === null ? null
    : await target.scoped(args.ctx, args.trx).where(`${target.def.table}.id`, id).first(columns.map((c) => `${target.def.table}.${c}`));
  if (!row) throw badRequest(`字段「${field}」引用的${target.def.label} ${id ?? '（未填写）'} 不存在或不在您的权限范围内`, field);
  return row;
}
