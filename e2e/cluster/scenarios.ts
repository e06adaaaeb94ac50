// The scenarios of the cluster suite: concurrency across replicas and nodes, and a node killed mid-batch.
import type { Knex } from 'knex';
import { Api } from './api.js';
import { galera, type Replica } from './cluster.js';
import * as seed from './seed.js';

export interface Outcome {
  scenario: string;
  requests: number;
  expected: string;
  observed: string;
  ms: number;
  pass: boolean;
  notes: string[];
}

export interface Context {
  replicas: Replica[];
  admins: Api[];
  reviewers: Api[];
  /** A direct connection to each node (1-based index), for checks the API does not expose. */
  nodes: Map<number, Knex>;
  sql: () => Knex;
  fund: number;
  amountFen: number;
}

const count = async (q: Knex.QueryBuilder) => Number((await q.count({ n: '*' }).first())?.n ?? 0);

export async function budgetApprovals(c: Context, claims: number, room: number): Promise<Outcome & { approvedIds: number[]; budgetId: number }> {
  const admin = c.admins[0];
  const budgetId = await seed.budget(admin, c.fund, '150200', room * c.amountFen);
  const inst = await seed.institution(admin, '150203');
  const worker = await seed.worker(admin, '150203');
  const ids = await seed.submittedClaims(c.sql(), claims, { worker, institution: inst, region: '150203', amountFen: c.amountFen });
  const started = Date.now();
  const replies = await Promise.all(ids.map((id, i) => c.reviewers[i % 2].post(`/api/claims/${id}/approve`, { fund_source_id: c.fund })));
  const ms = Date.now() - started;
  const ok = replies.filter((r) => r.status === 200).length;
  const refused = replies.filter((r) => r.status === 409 && String(r.body.message).includes('预算不足')).length;
  const other = replies.filter((r) => r.status !== 200 && !(r.status === 409 && String(r.body.message).includes('预算不足')));
  const b = await c.sql()('budgets').where({ id: budgetId }).first();
  const approvedIds = ids.filter((_, i) => replies[i].status === 200);
  const approvedDb = await count(c.sql()('claims').whereIn('id', ids).where({ state: 'approved' }));
  const overspent = Math.max(0, Number(b.reserved_fen) + Number(b.spent_fen) - Number(b.amount_fen));
  return {
    scenario: `${claims} concurrent approvals over 2 replicas, budget room for ${room}`,
    requests: claims, expected: `${room} approved, ${claims - room} refused, 0 fen overspent`,
    observed: `${ok} approved (${approvedDb} in db), ${refused} refused, ${other.length} other, ${overspent} fen overspent, reserved ${b.reserved_fen} fen`,
    ms, pass: ok === room && approvedDb === room && refused === claims - room && other.length === 0 && overspent === 0 && Number(b.reserved_fen) === room * c.amountFen,
    notes: other.slice(0, 3).map((r) => `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`), approvedIds, budgetId,
  };
}

export async function entitlementPairs(c: Context, pairs: number): Promise<Outcome> {
  const admin = c.admins[0];
  await seed.budget(admin, c.fund, '150100', pairs * 4 * c.amountFen);
  const inst = await seed.institution(admin, '150102');
  const prog = await seed.program(admin, inst, '150102');
  const workers: number[] = [];
  for (let i = 0; i < pairs; i++) workers.push(await seed.worker(admin, '150102'));
  const claimPairs: Array<[number, number]> = [];
  for (const w of workers) {
    const [a, b] = await seed.submittedClaims(c.sql(), 2, { worker: w, institution: inst, region: '150102', amountFen: c.amountFen, program: prog.id });
    claimPairs.push([a, b]);
  }
  const started = Date.now();
  // Both claims of a person approved at the same moment, one on each replica (each on its own node).
  const replies = await Promise.all(claimPairs.map(([a, b]) => Promise.all([
    c.reviewers[0].post(`/api/claims/${a}/approve`, { fund_source_id: c.fund }),
    c.reviewers[1].post(`/api/claims/${b}/approve`, { fund_source_id: c.fund }),
  ])));
  const ms = Date.now() - started;
  const exactlyOne = replies.filter(([x, y]) => [x.status, y.status].sort().join() === '200,409').length;
  const refusals = replies.flat().filter((r) => r.status === 409);
  const named = refusals.filter((r) => String(r.body.message).includes('不可重复申领')).length;
  const bothApproved = replies.filter(([x, y]) => x.status === 200 && y.status === 200).length;
  const entitlements = await count(c.sql()('entitlements').whereIn('worker_id', workers));
  const approvedDb = await count(c.sql()('claims').whereIn('worker_id', workers).where({ state: 'approved' }));
  return {
    scenario: `same person, occupation and level approved on 2 replicas at once (${pairs} people)`,
    requests: pairs * 2, expected: `exactly 1 approved per person (${pairs}), ${pairs} entitlements`,
    observed: `${exactlyOne} with exactly one, ${bothApproved} with both, ${named} refusals naming the holder, ${approvedDb} approved, ${entitlements} entitlements`,
    ms, pass: exactlyOne === pairs && bothApproved === 0 && named === pairs && entitlements === pairs && approvedDb === pairs,
    notes: replies.flat().filter((r) => r.status !== 200 && r.status !== 409).slice(0, 3).map((r) => `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`),
  };
}

export async function concurrentPays(c: Context, claimIds: number[], each: number, budgetId: number): Promise<Outcome> {
  const before = await c.sql()('budgets').where({ id: budgetId }).first();
  const started = Date.now();
  const replies = await Promise.all(claimIds.flatMap((id) => Array.from({ length: each }, (_, i) => c.admins[i % 2].post(`/api/claims/${id}/pay`))));
  const ms = Date.now() - started;
  const ok = replies.filter((r) => r.status === 200).length;
  const refused = replies.filter((r) => r.status === 409).length;
  const after = await c.sql()('budgets').where({ id: budgetId }).first();
  const spent = Number(after.spent_fen) - Number(before.spent_fen);
  const paidDb = await count(c.sql()('claims').whereIn('id', claimIds).where({ state: 'paid' }));
  const paidAudit = await count(c.sql()('audit_log').where({ resource: 'claims', action: 'transition' }).whereIn('record_id', claimIds.map(String)).where('changes', 'like', '%"paid"%'));
  return {
    scenario: `${each} concurrent pays of each of ${claimIds.length} claims over 2 replicas`,
    requests: replies.length, expected: `${claimIds.length} payments, ${claimIds.length * each - claimIds.length} refused`,
    observed: `${ok} paid (${paidDb} in db, ${paidAudit} audited), ${refused} refused, spent +${spent} fen`,
    ms, pass: ok === claimIds.length && paidDb === claimIds.length && paidAudit === claimIds.length && refused === replies.length - ok && spent === claimIds.length * c.amountFen,
    notes: replies.filter((r) => r.status !== 200 && r.status !== 409).slice(0, 3).map((r) => `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`),
  };
}

/** Keeps asking both replicas for a list and their health while a node dies; counts what was not answered. */
function startProbe(c: Context): { stop: () => Promise<{ asked: number; answered: number; failures: string[] }> } {
  let running = true;
  const stats = { asked: 0, answered: 0, failures: [] as string[] };
  const loop = (async () => {
    while (running) {
      const replies = await Promise.all(c.admins.flatMap((a) => [a.get('/api/claims?range=[0,9]'), a.get('/api/budgets?range=[0,9]')]));
      for (const r of replies) {
        stats.asked++;
        if (r.status === 200) stats.answered++;
        else if (stats.failures.length < 5) stats.failures.push(`${r.status} ${JSON.stringify(r.body).slice(0, 160)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  return { stop: async () => { running = false; await loop; return stats; } };
}

export async function killDuringBatch(c: Context, claims: number, killNode: number, survivor: number): Promise<Outcome> {
  const admin = c.admins[0];
  const budgetId = await seed.budget(admin, c.fund, '150400', claims * 2 * c.amountFen);
  const inst = await seed.institution(admin, '150402');
  const worker = await seed.worker(admin, '150402');
  const ids = await seed.submittedClaims(c.sql(), claims, { worker, institution: inst, region: '150402', amountFen: c.amountFen });
  const watch = c.nodes.get(survivor)!;
  const probe = startProbe(c);
  const started = Date.now();
  // The whole batch on the replica whose connections go to the node that will die; re-sent with the same
  // Idempotency-Key if the request itself fails, as a client would: what was applied answers from its receipt.
  const key = `batch-${Date.now()}`;
  const send = () => c.reviewers[0].post('/api/claims/approve', { ids, fund_source_id: c.fund }, { 'idempotency-key': key });
  const batch = send();
  let killedAt = -1;
  let approvedAtKill = 0;
  while (killedAt < 0) {
    approvedAtKill = await count(watch('claims').whereIn('id', ids).where({ state: 'approved' }));
    if (approvedAtKill >= claims / 3) {
      await galera('node.sh', 'kill', String(killNode));
      killedAt = Date.now() - started;
    } else await new Promise((r) => setTimeout(r, 100));
  }
  let reply = await batch;
  let resent = 0;
  while (reply.status !== 200 && resent < 3) {
    resent++;
    reply = await send();
  }
  const batchMs = Date.now() - started;
  const rejoinMs = await galera('node.sh', 'start', String(killNode));
  const seen = await probe.stop();
  const results: Array<{ ok: boolean }> = reply.body.results ?? [];
  const notes = [`node${killNode} killed with kill -9 at ${(killedAt / 1000).toFixed(1)} s (${approvedAtKill}/${claims} approved), batch answered ${reply.status} after ${(batchMs / 1000).toFixed(1)} s${resent ? `, re-sent ${resent}×` : ''}`,
    `node${killNode} rejoined (IST) in ${(rejoinMs / 1000).toFixed(1)} s`, `reads while the node was down: ${seen.answered}/${seen.asked} answered`, ...seen.failures];

  // Every node must hold the same, exact figures.
  const perNode: string[] = [];
  let exact = true;
  for (const [n, knex] of c.nodes) {
    const approved = await count(knex('claims').whereIn('id', ids).where({ state: 'approved' }));
    const half = await count(knex('claims').whereIn('id', ids).where((q) => q
      .where((s) => s.where({ state: 'approved' }).where((x) => x.whereNull('budget_id').orWhereNull('decided_fen').orWhereNull('decided_at')))
      .orWhere((s) => s.where({ state: 'submitted' }).where((x) => x.whereNotNull('budget_id').orWhereNotNull('decided_fen')))));
    const sum = Number((await knex('claims').whereIn('id', ids).where({ state: 'approved' }).sum({ s: 'decided_fen' }).first())?.s ?? 0);
    const b = await knex('budgets').where({ id: budgetId }).first();
    const audited = await count(knex('audit_log').where({ resource: 'claims', action: 'transition' }).whereIn('record_id', ids.map(String)));
    const ok = approved === claims && half === 0 && sum === approved * c.amountFen && Number(b.reserved_fen) === sum && audited === approved;
    exact &&= ok;
    perNode.push(`node${n}: ${approved} approved, ${half} half-approved, reserved ${b.reserved_fen} = Σ ${sum} fen, ${audited} audit entries${ok ? '' : ' ✗'}`);
  }
  const verifies: string[] = [];
  for (const a of c.admins) {
    const v = await a.get('/api/audit/verify');
    verifies.push(`${v.status === 200 && v.body.ok ? 'ok' : `FAILED ${JSON.stringify(v.body).slice(0, 200)}`}`);
  }
  const okResults = results.filter((r) => r.ok).length;
  const readsOk = seen.answered === seen.asked;
  return {
    scenario: `kill -9 of node${killNode} during a ${claims}-claim batch approval`,
    requests: 1 + resent + seen.asked, expected: `${claims} approved once each, none half-approved, budgets exact on all 3 nodes, audit chain verifies, reads answered`,
    observed: `${okResults}/${claims} approved; ${perNode.length} nodes exact: ${exact ? 'yes' : 'NO'}; audit verify ${verifies.join(' / ')}; reads ${seen.answered}/${seen.asked}`,
    ms: batchMs, pass: okResults === claims && exact && verifies.every((v) => v === 'ok') && readsOk,
    notes: [...notes, ...perNode],
  };
}

/** A session opened on one replica works on the other and a logout there ends it; a write on one is read at once on the other. */
export async function replicasCoherent(c: Context, password: string): Promise<Outcome> {
  const started = Date.now();
  const [a, b] = c.replicas;
  const onA = await Api.login(a.url, 'admin', password);
  const onB = new Api(b.url, onA.token);
  const me = await onB.get('/api/auth/me');
  const inst = await seed.institution(onA, '150203');
  const read = await onB.get(`/api/institutions/${inst}`);
  // Configuration: B has 乌海's catalog in force (and cached); A retires it; B's very next answer is the parent's.
  const effective = async (api: Api) => (await api.get('/api/regions/150300/effective/catalog')).body?.chain?.map((l: { node: string }) => l.node).join('>');
  const cachedOnB = await effective(onB);
  const filter = encodeURIComponent(JSON.stringify({ node_code: '150300', kind: 'catalog', state: 'published' }));
  const own = (await onA.get(`/api/configs?filter=${filter}`)).body?.[0];
  const retired = own ? await onA.post(`/api/configs/${own.id}/retire`) : { status: 0 };
  const nowOnB = await effective(onB);
  const out = await onA.post('/api/auth/logout');
  const after = await onB.get('/api/auth/me');
  const pass = me.status === 200 && read.status === 200 && out.status < 300 && after.status === 401
    && retired.status === 200 && cachedOnB !== nowOnB && !String(nowOnB).includes('150300');
  return {
    scenario: 'replicas share sessions, writes and configuration',
    requests: 9, expected: 'token from A works on B; a record created on A read on B at once; a catalog retired on A out of force on B at once; logout on A ends it on B',
    observed: `me on B ${me.status}, read on B ${read.status}, catalog on B ${cachedOnB} → ${nowOnB} after retire on A (${retired.status}), me on B after logout on A ${after.status}`,
    ms: Date.now() - started, pass, notes: [],
  };
}
