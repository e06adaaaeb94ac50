// Job scenarios of the cluster suite: a roster import survives a database node killed under it, and a replica
// killed under it (the job lease lapses and the other replica finishes it). Every row written once, the account exact.
import type { Knex } from 'knex';
import { checkCharacter } from '../../core/validation/resident-id.js';
import { Api } from './api.js';
import { galera, stopReplica, type Replica } from './cluster.js';
import type { Context, Outcome } from './scenarios.js';

/** A roster of distinct valid resident IDs of 包头 (150203); `tag` names the rows and shifts the birth dates. */
function roster(rows: number, tag: string, yearOffset: number): string {
  const lines = ['公民身份号码,姓名,所属地区代码,人员类别'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(1970 + yearOffset, 0, 1) + Math.floor(i / 500) * 86_400_000 * 3).toISOString().slice(0, 10).replace(/-/g, '');
    const first17 = `150203${day}${String((i % 500) + 100).padStart(3, '0')}`;
    lines.push(`${first17}${checkCharacter(first17)},示例·${tag}${i},150203,返乡农牧民工`);
  }
  return lines.join('\r\n') + '\r\n';
}

async function upload(api: Api, rows: number, tag: string, yearOffset: number): Promise<number> {
  const res = await fetch(`${api.base}/api/workers/import/upload?filename=${encodeURIComponent(`${tag}.csv`)}`, {
    method: 'POST', headers: { authorization: `Bearer ${api.token}`, 'content-type': 'text/csv' }, body: roster(rows, tag, yearOffset),
  });
  const body = await res.json() as { job_id?: number };
  if (res.status !== 202 || !body.job_id) throw new Error(`roster upload: ${res.status} ${JSON.stringify(body)}`);
  return body.job_id;
}

async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, ms: number, every = 100): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** The replica running a job, from the pid in its lease owner (`host:pid:random`). */
function ownerOf(replicas: Replica[], owner: string | null): Replica | undefined {
  const pid = Number(String(owner ?? '').split(':')[1]);
  return replicas.find((r) => r.process.pid === pid);
}

/** What each node holds for an import: the workers of its rows, the rows its batches name, its audit entries. */
async function account(knex: Knex, jobId: number, tag: string) {
  const w = await knex('workers').where('name', 'like', `示例·${tag}%`).count({ n: '*' }).countDistinct({ d: 'id_number_idx' }).first();
  const batches = await knex('job_batches').where({ job_id: jobId }).select('written');
  const rows = batches.flatMap((b) => JSON.parse(b.written ?? '[]') as Array<[number, number]>).map(([row]) => row);
  const audits = Number((await knex('audit_log').where({ action: 'create', resource: 'workers' }).where('changes', 'like', `%"job_id":${jobId},%`).count({ n: '*' }).first())?.n ?? 0);
  return { workers: Number(w?.n ?? 0), distinct: Number(w?.d ?? 0), rows: rows.length, distinctRows: new Set(rows).size, batches: batches.length, audits };
}

/** The columns of a `jobs` row these scenarios read, as the driver returns them (counts may come back as strings). */
interface JobSeen {
  id: number;
  status: string;
  succeeded: number | string;
  message: string | null;
  attempts: number;
  lease_owner: string | null;
}

async function finished(knex: Knex, jobId: number, ms: number): Promise<JobSeen> {
  return until(`job ${jobId} to end`, async () => {
    const j = await knex('jobs').where({ id: jobId }).first();
    return j && ['done', 'failed', 'cancelled'].includes(j.status) ? j : null;
  }, ms, 250);
}

async function exactEverywhere(c: Context, job: JobSeen, tag: string, total: number): Promise<{ exact: boolean; lines: string[] }> {
  const lines: string[] = [];
  let exact = true;
  for (const [n, knex] of c.nodes) {
    const a = await account(knex, job.id, tag);
    const ok = a.workers === a.distinct && a.workers === a.rows && a.rows === a.distinctRows && a.workers === Number(job.succeeded) && a.audits === a.batches
      && (job.status !== 'done' || a.workers === total);
    exact &&= ok;
    lines.push(`node${n}: ${a.workers} workers (${a.distinct} distinct), ${a.rows} rows named by ${a.batches} batches, ${a.audits} audit entries${ok ? '' : ' ✗'}`);
  }
  return { exact, lines };
}

export async function killNodeDuringImport(c: Context, rows: number): Promise<Outcome> {
  const tag = '集群导入甲';
  const admin = c.admins[0];
  const started = Date.now();
  const jobId = await upload(admin, rows, tag, 5);
  const running = await until('a third of the import', async () => {
    const j = await c.sql()('jobs').where({ id: jobId }).first();
    return j && j.status === 'running' && Number(j.processed) >= rows / 3 ? j : null;
  }, 240_000, 50);
  // The node under the replica that runs the job dies.
  const runner = ownerOf(c.replicas, running.lease_owner) ?? c.replicas[0];
  await galera('node.sh', 'kill', String(runner.node));
  const killedAt = Date.now() - started;
  const job = await finished(c.nodes.get([1, 2, 3].find((n) => n !== runner.node)!)!, jobId, 600_000);
  const ms = Date.now() - started;
  const rejoinMs = await galera('node.sh', 'start', String(runner.node));
  const { exact, lines } = await exactEverywhere(c, job, tag, rows);
  const verify = await admin.get('/api/audit/verify');
  const accountOk = job.status === 'done' || (job.status === 'failed' && String(job.message).includes(`已写入 ${Number(job.succeeded).toLocaleString('en-US')} 行`));
  return {
    scenario: `kill -9 of node${runner.node} during a ${rows}-row roster import on ${runner.name}`,
    requests: 1, expected: 'job resumed (done) or failed with an exact account; every row once; same on all 3 nodes; audit verifies',
    observed: `job ${job.status}, ${job.succeeded}/${rows} rows, attempts ${job.attempts}; nodes exact: ${exact ? 'yes' : 'NO'}; audit verify ${verify.body?.ok ? 'ok' : 'FAILED'}`,
    ms, pass: ['done', 'failed'].includes(job.status) && accountOk && exact && verify.body?.ok === true,
    notes: [`node${runner.node} killed at ${(killedAt / 1000).toFixed(1)} s (${running.processed}/${rows} processed); rejoined in ${(rejoinMs / 1000).toFixed(1)} s`,
      ...(job.status === 'failed' ? [`account: ${job.message}`] : []), ...lines],
  };
}

export async function killReplicaDuringImport(c: Context, rows: number): Promise<Outcome> {
  const tag = '集群导入乙';
  const started = Date.now();
  const jobId = await upload(c.admins[1], rows, tag, 15);
  const running = await until('a third of the import', async () => {
    const j = await c.sql()('jobs').where({ id: jobId }).first();
    return j && j.status === 'running' && Number(j.processed) >= rows / 3 ? j : null;
  }, 240_000, 50);
  const victim = ownerOf(c.replicas, running.lease_owner);
  if (!victim) throw new Error(`job ${jobId} runs on ${running.lease_owner}, not on a replica of the suite`);
  await stopReplica(victim, 'SIGKILL');
  const killedAt = Date.now() - started;
  const survivor = c.replicas.find((r) => r !== victim)!;
  // Who holds the lease after the takeover.
  const owners = new Set<string>();
  const job = await until(`job ${jobId} to end`, async () => {
    const j = await c.sql()('jobs').where({ id: jobId }).first();
    if (j?.lease_owner) owners.add(String(j.lease_owner));
    return j && ['done', 'failed', 'cancelled'].includes(j.status) ? j : null;
  }, 600_000, 100);
  const ms = Date.now() - started;
  const finishedBy = [...owners].map((o) => ownerOf(c.replicas, o)?.name ?? o).filter((n) => n !== victim.name);
  const { exact, lines } = await exactEverywhere(c, job, tag, rows);
  const verify = await new Api(survivor.url, c.admins[c.replicas.indexOf(survivor)].token).get('/api/audit/verify');
  return {
    scenario: `kill -9 of ${victim.name} (the job's runner) during a ${rows}-row roster import`,
    requests: 1, expected: `the job finishes on ${survivor.name}: all ${rows} rows once, exact on all 3 nodes; audit verifies`,
    observed: `job ${job.status} by ${finishedBy.join(', ') || '?'}, ${job.succeeded}/${rows} rows, attempts ${job.attempts}; nodes exact: ${exact ? 'yes' : 'NO'}; audit verify ${verify.body?.ok ? 'ok' : 'FAILED'}`,
    ms, pass: job.status === 'done' && Number(job.succeeded) === rows && finishedBy.includes(survivor.name) && exact && verify.body?.ok === true,
    notes: [`${victim.name} killed at ${(killedAt / 1000).toFixed(1)} s (${running.processed}/${rows} processed)`, ...lines],
  };
}
