// Recovery after kill -9: a real server process importing a 3,000-row roster is killed mid-job; on restart the job
// resumes from its last committed batch (or, out of attempts, ends failed with the exact rows written). On both databases.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../db/connection.js';
import { freshDatabaseUrl, TEST_DBS } from '../test/build-test-app.js';
import { startChildServer, type ChildServer } from '../test/child-server.js';
import { curl, login } from '../test/live.js';
import { checkCharacter } from '../validation/resident-id.js';
import { rowRanges } from './account.js';

const ROWS = 3000;

/** 3,000 distinct valid resident IDs of 包头 (150203), birth dates spread over ten years. */
function roster(): string {
  const lines = ['公民身份号码,姓名,所属地区代码,人员类别'];
  for (let i = 0; i < ROWS; i++) {
    const day = new Date(Date.UTC(1980, 0, 1) + Math.floor(i / 500) * 86_400_000 * 400).toISOString().slice(0, 10).replace(/-/g, '');
    const first17 = `150203${day}${String(i % 500 + 100).padStart(3, '0')}`;
    lines.push(`${first17}${checkCharacter(first17)},示例·崩溃${i},150203,返乡农牧民工`);
  }
  return lines.join('\r\n') + '\r\n';
}

async function upload(api: string, token: string): Promise<number> {
  const r = await curl(`${api}/workers/import/upload?filename=${encodeURIComponent('崩溃测试.csv')}`, { method: 'POST', token, headers: { 'content-type': 'text/csv' }, body: roster() });
  if (r.status !== 202) throw new Error(`upload: ${r.status} ${r.text}`);
  return r.body.job_id;
}

async function job(api: string, token: string, id: number) {
  return (await curl(`${api}/jobs/${id}`, { token })).body;
}

async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, ms = 120_000, every = 20): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

for (const db of TEST_DBS) {
  describe(`kill -9 during a roster import [${db}]`, () => {
    let url: string;
    let drop: () => Promise<void>;
    let dataDir: string;
    let knex: Knex;
    let server: ChildServer | null = null;
    const env = { JOBS_LEASE_SECONDS: '2', IMPORT_BATCH_ROWS: '25' };

    beforeAll(async () => {
      ({ url, drop } = await freshDatabaseUrl(db));
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-crash-'));
      knex = knexFactory(parseDatabaseUrl(url).config);
    }, 60_000);
    afterAll(async () => {
      await server?.kill9();
      await knex?.destroy();
      await drop?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    /** Starts an import, kills the server with SIGKILL once some batches (not all) are committed; the job row as left. */
    async function crashMidImport(extra: Record<string, string> = {}) {
      server = await startChildServer(url, dataDir, { ...env, ...extra });
      const token = await login(server.api);
      const id = await upload(server.api, token);
      try {
        await until('a few committed batches', async () => {
          const row = await knex('jobs').where({ id }).first('processed');
          return Number(row?.processed) >= 100;
        }, 240_000, 5);
      } catch (err) {
        throw new Error(`${(err as Error).message}: ${JSON.stringify(await knex('jobs').where({ id }).first())}\n${server.output()}`, { cause: err });
      }
      await server.kill9();
      server = null;
      return { id, left: await knex('jobs').where({ id }).first() };
    }

    /** What the database holds for the job: workers of its rows, batches, audit entries. */
    async function written(id: number) {
      const workers = await knex('workers').where('name', 'like', '示例·崩溃%').count({ n: '*' }).countDistinct({ d: 'id_number_idx' }).first();
      const batches = await knex('job_batches').where({ job_id: id }).select('written', 'succeeded');
      const rows = batches.flatMap((b) => JSON.parse(b.written) as Array<[number, number]>);
      const audits = await knex('audit_log').where({ action: 'create', resource: 'workers' }).where('changes', 'like', `%"job_id":${id},%`).count({ n: '*' }).first();
      return { workers: Number(workers?.n), distinct: Number(workers?.d), batches: batches.length, rows, audits: Number(audits?.n) };
    }

    it('resumes from the last committed batch: every row written once, counters equal to the rows', async () => {
      const { id, left } = await crashMidImport();
      expect(left.status).toBe('running');
      const before = await written(id);
      // At the moment of the crash the counters already equal what is in the table: batch and counters commit together.
      expect(Number(left.succeeded)).toBe(before.workers);
      expect(Number(left.processed)).toBe(before.batches * 25);
      expect(before.workers).toBeLessThan(ROWS);

      server = await startChildServer(url, dataDir, env);
      const token = await login(server.api);
      const done = await until('the resumed job', async () => { const j = await job(server!.api, token, id); return j.status === 'done' || j.status === 'failed' ? j : null; }, 180_000, 200);
      expect(done, server.output()).toMatchObject({ status: 'done', total: ROWS, processed: ROWS, succeeded: ROWS, failed: 0, attempts: 2 });
      const after = await written(id);
      expect(after).toMatchObject({ workers: ROWS, distinct: ROWS, batches: ROWS / 25, audits: ROWS / 25 });
      expect(new Set(after.rows.map(([row]) => row)).size).toBe(ROWS);
      const verify = await curl(`${server.api}/audit/verify`, { token });
      expect(verify.body.ok, JSON.stringify(verify.body)).toBe(true);
      await server.stop();
      server = null;
    }, 400_000);

    it('out of attempts, ends failed naming exactly the rows written; nothing half-written', async () => {
      if (await knex.schema.hasTable('workers')) await knex('workers').where('name', 'like', '示例·崩溃%').delete();
      const { id } = await crashMidImport({ JOBS_MAX_ATTEMPTS: '1' });
      const before = await written(id);
      server = await startChildServer(url, dataDir, { ...env, JOBS_MAX_ATTEMPTS: '1' });
      const token = await login(server.api);
      const failed = await until('the job to fail', async () => { const j = await job(server!.api, token, id); return j.status === 'failed' ? j : null; }, 60_000, 200);
      const after = await written(id);
      // Nothing was written after the crash, and the account names the rows that were.
      expect(after.workers).toBe(before.workers);
      expect(failed.succeeded).toBe(after.workers);
      expect(after.rows.length).toBe(after.workers);
      expect(failed.message).toContain(`已写入 ${after.workers.toLocaleString('en-US')} 行（${rowRanges(after.rows.map(([r]) => r))}）`);
      expect(failed.message).toContain(`未处理 ${(ROWS - failed.processed).toLocaleString('en-US')} 行`);
      // A person can still finish it: retry resumes after the committed batches.
      expect((await curl(`${server.api}/jobs/${id}/retry`, { method: 'POST', token })).status).toBe(200);
      const done = await until('the retried job', async () => { const j = await job(server!.api, token, id); return j.status === 'done' ? j : null; }, 180_000, 200);
      expect(done).toMatchObject({ succeeded: ROWS, processed: ROWS });
      expect(await written(id)).toMatchObject({ workers: ROWS, distinct: ROWS });
    }, 400_000);
  });
}
