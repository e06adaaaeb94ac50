// Exports stream by keyset: the same rows in the same order as the list's pages, no OFFSET and one count for the whole
// export, and a client that goes away stops the queries at once. On both databases.
import http from 'node:http';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { systemContext } from '../http/context.js';
import { seedWorkers } from '../demo/seed.js';
import { listen, login } from '../test/live.js';
import { activeExports } from './export.js';
import { KEYSET_PAGE, keysetRecords, STREAMED_PAGE } from './keyset.js';

const WORKERS = 30_000;

// No dashboard refresh on a timer here: its GROUP BY count of workers, run mid-export, would count as a second count.
describeEachDb('export by keyset', (t) => {
  beforeAll(async () => {
    const { services } = t();
    await seedWorkers(services, systemContext('test'), WORKERS, 7);
    // Blanks in a sortable column: keyset pages must step through NULLs as ORDER BY places them.
    await services.db.knex('workers').where('id', '<=', 4000).whereRaw('id % 3 = 0').update({ education: null });
  }, 300_000);

  async function listIds(sort: [string, string], filter: object): Promise<number[]> {
    const service = t().services.resources.get('workers');
    const ids: number[] = [];
    for (let start = 0; ; start += 1000) {
      const page = await service.list(systemContext('t'), { sort: JSON.stringify(sort), filter: JSON.stringify(filter), range: JSON.stringify([start, start + 999]) });
      ids.push(...page.records.map((r) => r.id));
      if (page.records.length < 1000) return ids;
    }
  }

  for (const sort of [['id', 'ASC'], ['name', 'ASC'], ['education', 'DESC'], ['education', 'ASC'], ['birth_date', 'DESC']] as Array<[string, string]>) {
    it(`gives the list's rows in the list's order, sorted by ${sort.join(' ')}`, async () => {
      const filter = { region_code: '150203' };
      const expected = await listIds(sort, filter);
      expect(expected.length).toBeGreaterThan(100);
      const got: number[] = [];
      // Small pages: many page boundaries, some among the blanks.
      for await (const r of keysetRecords(t().services, t().services.resources.get('workers'), systemContext('t'), { sort: JSON.stringify(sort), filter: JSON.stringify(filter) }, 97)) got.push(r.id);
      expect(got).toEqual(expected);
    }, 120_000);
  }

  it('reads by keyset with no OFFSET and counts once, whatever the depth', async () => {
    const { app, services } = t();
    const sql: string[] = [];
    const onQuery = (q: { sql: string }) => { sql.push(q.sql.toLowerCase()); };
    services.db.knex.on('query', onQuery);
    try {
      const api = await listen(app);
      const token = await login(api);
      const r = await fetch(`${api}/workers/export?format=csv&sort=${encodeURIComponent('["name","ASC"]')}`, { headers: { authorization: `Bearer ${token}` } });
      const lines = (await r.text()).trim().split('\r\n');
      expect(lines).toHaveLength(WORKERS + 1);
    } finally {
      services.db.knex.off('query', onQuery);
    }
    const reads = sql.filter((s) => s.includes('from `workers`') || s.includes('from "workers"'));
    expect(reads.filter((s) => s.includes('offset'))).toEqual([]);
    expect(reads.filter((s) => s.includes('count(')).length).toBe(1);
    // Pages of the export's own columns (masks, not every column), one query per page: on MySQL a query per
    // STREAMED_PAGE rows, taken as they arrive.
    const size = services.db.dialect === 'mysql' ? STREAMED_PAGE : KEYSET_PAGE;
    const pages = reads.filter((s) => /^select [`"]workers[`"]\.[`"]id[`"], /.test(s));
    expect(pages.length).toBe(Math.ceil(WORKERS / size) + (WORKERS % size === 0 ? 1 : 0));
    expect(pages.every((s) => s.includes('id_number_mask') && !s.includes('`extra`') && !s.includes('"extra"'))).toBe(true);
  }, 120_000);

  it('stops reading when the client goes away, and lets go of the export', async () => {
    const { app, services } = t();
    let reads = 0;
    const onQuery = (q: { sql: string }) => { if (/^select [`"]workers[`"]\.[`"]id[`"], /i.test(q.sql)) reads++; };
    services.db.knex.on('query', onQuery);
    try {
      const api = await listen(app);
      const token = await login(api);
      // A plain HTTP client with its own socket (no pooled keep-alive), closed after the first bytes, as a browser tab would.
      const firstBytes = await new Promise<number>((resolve, reject) => {
        const req = http.get(`${api}/workers/export?format=csv`, { agent: false, headers: { authorization: `Bearer ${token}` } }, (res) => {
          res.once('data', (chunk: Buffer) => { resolve(chunk.length); req.destroy(); });
        });
        req.on('error', (err) => { if (!req.destroyed) reject(err); });
      });
      expect(firstBytes).toBeGreaterThan(0);
      const deadline = Date.now() + 10_000;
      while (activeExports() > 0 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 20));
      expect(activeExports()).toBe(0);
      const after = reads;
      await new Promise((res) => setTimeout(res, 500));
      // No page read after the client left (one may have been on its way), and fewer than a full export's pages.
      expect(reads).toBe(after);
      expect(reads).toBeLessThan(Math.ceil(WORKERS / (services.db.dialect === 'mysql' ? STREAMED_PAGE : KEYSET_PAGE)));
      // The query on its way read on to its end and gave its connection back (a paused one would hang in the pool).
      const pool = (services.db.knex.client as { pool: { numUsed(): number } }).pool;
      while (pool.numUsed() > 0 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 20));
      expect(pool.numUsed()).toBe(0);
    } finally {
      services.db.knex.off('query', onQuery);
    }
  }, 120_000);
}, { AGGREGATES_REFRESH_SECONDS: 0 });
