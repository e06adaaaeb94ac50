// The export reads cells from the few stored columns it selects, not API records: each field it shows must read, through
// the service's fieldReader, as the API record of the whole stored row gives it, for every resource (booleans, numbers,
// JSON lists, masks), and for a worker row stored before masks (decrypted, masked).
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { systemContext } from '../http/context.js';
import { TestClient } from '../test/client.js';
import { make, workerBody } from '../test/fixtures.js';
import { exportReadColumns } from './columns.js';
import { HEADERS } from './headers.js';
import { keysetRows } from './keyset.js';

describeEachDb('export cells from stored rows', (t) => {
  beforeAll(async () => {
    const admin = await TestClient.login(t().app);
    await make(admin, 'workers', workerBody({ name: '示例·存储甲', region_code: '150203', traits: ['older', 'local_wish'], payee_account: '6222021234567890123' }));
    const legacy = await make(admin, 'workers', workerBody({ name: '示例·存储乙', region_code: '150102' }));
    // A row from before stored masks: only the encrypted values.
    await t().services.db.knex('workers').where('id', legacy.id).update({ id_number_mask: null, phone_mask: null });
    const fund = (await admin.list('fund_sources', { filter: { code: 'employment_subsidy' } })).body[0].id;
    await make(admin, 'budgets', { fund_source_id: fund, region_code: '150200', year: 2032, amount_fen: 12345678 });
  });

  it('reads every exported field of every resource as the record of the whole row gives it', async () => {
    const { services } = t();
    const { knex } = services.db;
    let compared = 0;
    for (const service of services.resources.all()) {
      const { table } = service.def;
      const fields = [...new Set(HEADERS[service.def.name].map(([field]) => field))];
      const readers = fields.map((f) => [f, service.fieldReader(f)] as const);
      for await (const rows of keysetRows(services, service, systemContext('t'), {}, 500, exportReadColumns(service.def, knex))) {
        const whole = new Map((await knex(table).whereIn(`${table}.id`, rows.map((r) => r.id)).select(`${table}.*`)).map((r) => [String(r.id), r]));
        expect(whole.size).toBe(rows.length);
        for (const row of rows) {
          const record = service.toRecord(whole.get(String(row.id)));
          for (const [field, read] of readers) {
            expect(read(row), `${service.def.name}.${field} of ${String(row.id)}`).toEqual(record[field]);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('masks a worker stored without masks, and keeps stored masks as they are', async () => {
    const { services } = t();
    const service = services.resources.get('workers');
    const rows = [];
    for await (const page of keysetRows(services, service, systemContext('t'), { filter: JSON.stringify({ q: '示例·存储' }) }, 500, exportReadColumns(service.def, services.db.knex))) rows.push(...page);
    const byName = new Map(rows.map((r) => [r.name, r]));
    const legacy = byName.get('示例·存储乙')!;
    expect(legacy.id_number_mask).toBeNull();
    expect(service.fieldReader('id_number')(legacy)).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(service.fieldReader('phone')(legacy)).toBe('138****5678');
    const current = byName.get('示例·存储甲')!;
    expect(service.fieldReader('payee_account')(current)).toBe('****0123');
    expect(service.fieldReader('traits')(current)).toEqual(['older', 'local_wish']);
  });
});
