// Issue 4, done when: a 包头 override shows through the effective catalog, mandatory rules hold, forms are enforced, configs/ round-trips.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { idNumber, workerBody } from '../test/fixtures.js';
import { systemContext } from '../http/context.js';
import { exportConfigDir, importConfigDir } from './io.js';
import { CONFIGS, TODAY, draft, nextVersion, publishDoc, seed } from './test-support.js';

describeEachDb('configs: done when', (t) => {
  let admin: TestClient;
  beforeAll(async () => { admin = await TestClient.login(t().app); });

  it('a 包头 catalog version overriding one 自治区 entry shows for 包头, and the base shows for 乌海', async () => {
    const base = seed('150000-nei-mongol/catalog.json').body.entries;
    const baotou = nextVersion('150200-baotou/catalog.json', '2026-01-01');
    const target = base.find((e: any) => !baotou.body.entries.some((b: any) => b.code === e.code) && e.levels['4']);
    const override = { ...target, levels: { '4': { ...target.levels['4'], standard_fen: target.levels['4'].standard_fen + 30000 } }, reference: '包头市上调四级补贴标准（示例）' };
    baotou.body.entries.push(override);
    const published = await publishDoc(admin, baotou);
    expect(published.doc_version).toBe(2);

    const mine = await admin.get(`/api/regions/150200/effective/catalog?date=2026-02-01`);
    expect(mine.status).toBe(200);
    const entry = mine.body.body.entries.find((e: any) => e.code === target.code);
    expect(entry.levels['4'].standard_fen).toBe(target.levels['4'].standard_fen + 30000);
    expect(entry.levels['5']).toEqual(target.levels['5']); // levels merge one by one
    expect(mine.body.sources[target.code]).toEqual({ node: '150200', version: 2, overrides: '150000' });
    expect(mine.body.chain.map((l: any) => [l.node, l.version, l.mode])).toEqual([['150000', 1, 'base'], ['150200', 2, 'extend']]);

    const wuhai = await admin.get(`/api/regions/150300/effective/catalog?date=2026-02-01`);
    expect(wuhai.body.body.entries.find((e: any) => e.code === target.code)).toEqual(target);
    expect(wuhai.body.sources[target.code]).toEqual({ node: '150000', version: 1 });

    // Before the new version begins, 包头's first version still governs.
    const before = await admin.get(`/api/regions/150200/effective/catalog?date=2025-12-31`);
    expect(before.body.sources[target.code]).toEqual({ node: '150000', version: 1 });
  });

  it('refuses at publish a child rule set that drops or overrides the mandatory no-double-subsidy rule', async () => {
    const parent = seed('150000-nei-mongol/rules/training.json').body.rules.find((r: any) => r.id === 'no-double-subsidy');
    const child = { ...nextVersion('150600-ordos/rules/training.json', '2026-01-01') };
    const dropping = await draft(admin, { ...child, body: { ...child.body, rules: [...child.body.rules, { id: 'no-double-subsidy', remove: true }] } });
    const r1 = await admin.post(`/api/configs/${dropping.id}/publish`);
    expect(r1.status).toBe(400);
    expect(r1.body.message).toContain('no-double-subsidy');
    expect(r1.body.message).toContain('强制规则，下级不能删除');
    expect(r1.body.details).toEqual([{ path: '/body/rules/1', message: expect.stringContaining(`「${parent.name}」（no-double-subsidy）是内蒙古自治区（150000）设定的强制规则`) }]);

    const loosened = { ...parent, mandatory: undefined, conditions: { all: [{ fact: 'subsidyHistory', path: '$.sameOccupationLevelCount', operator: 'lessThanInclusive', value: 1 }] } };
    delete loosened.mandatory;
    const overriding = await draft(admin, { ...child, body: { ...child.body, rules: [loosened] } });
    const r2 = await admin.post(`/api/configs/${overriding.id}/publish`);
    expect(r2.status).toBe(400);
    expect(r2.body.message).toContain('强制规则，下级不能覆盖或修改');
    expect(r2.body.field).toBe('/body/rules/0');
    expect((await admin.get(`/api/configs/${overriding.id}`)).body.state).toBe('draft');
  });

  it("refuses a worker whose extra fields break 包头's form in force, naming the field; a valid one stores form_version", async () => {
    const form = await publishDoc(admin, {
      kind: 'form', key: 'worker', node: '150200', mode: 'extend', title: '包头市劳动者登记补充信息（示例）', effective_from: '2026-01-01', effective_to: null,
      body: { entity: 'worker', schema: { type: 'object', properties: { steel_experience_years: { type: 'integer', title: '钢铁行业从业年限', minimum: 0 } } } },
    });
    const bad = [
      [{ ethnicity: '火星族' }, 'extra.ethnicity', '「民族」（extra.ethnicity）应为以下之一：汉族、蒙古族'],
      [{ household_type: 'nomad' }, 'extra.household_type', '「户籍所在地类型」（extra.household_type）应为以下之一：农村（嘎查村）（agricultural）'],
      [{ steel_experience_years: '三年' }, 'extra.steel_experience_years', '「钢铁行业从业年限」（extra.steel_experience_years）类型应为整数'],
      [{ shoe_size: 42 }, 'extra.shoe_size', '「extra.shoe_size」不是本地区表单中的字段'],
    ] as const;
    for (const [extra, field, message] of bad) {
      const r = await admin.post('/api/workers', workerBody({ region_code: '150203', id_number: idNumber('150203', '19880808'), extra }));
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.field).toBe(field);
      expect(r.body.message).toContain(message);
    }
    const ok = await admin.post('/api/workers', workerBody({ region_code: '150203', id_number: idNumber('150203', '19880808'), extra: { ethnicity: '蒙古族', steel_experience_years: 3 } }));
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.form_version).toBe(form.id);
    expect(ok.body.extra).toEqual({ ethnicity: '蒙古族', steel_experience_years: 3 });
    // 呼和浩特 has no such field: the same extra is refused there.
    const elsewhere = await admin.post('/api/workers', workerBody({ region_code: '150102', extra: { steel_experience_years: 3 } }));
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.field).toBe('extra.steel_experience_years');
    // An update that breaks the form is refused too, and changes nothing.
    const put = await admin.put(`/api/workers/${ok.body.id}`, { ...ok.body, extra: { steel_experience_years: -1 } });
    expect(put.status).toBe(400);
    expect(put.body.message).toContain('不能小于 0');
  });
}, {}, TODAY);

describeEachDb('configs: configs/ round trip', (t) => {
  it('imports configs/ into a fresh database, exports it byte for byte, and a second import creates no versions', async () => {
    const { services } = t();
    const seeded = await services.db.knex('configs').count({ n: '*' }).first();
    const files = walk(CONFIGS);
    expect(Number(seeded?.n)).toBe(files.filter((f) => !f.includes('/tests/')).length);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-export-'));
    try {
      const { written, removed } = await exportConfigDir(services.db.knex, out);
      expect(removed).toEqual([]);
      expect(written).toEqual(files);
      for (const f of files) expect(fs.readFileSync(path.join(out, f), 'utf8'), f).toBe(fs.readFileSync(path.join(CONFIGS, f), 'utf8'));
      const again = await importConfigDir(services, systemContext('test'), out);
      expect(again).toMatchObject({ imported: 0, unchanged: Number(seeded?.n), tests: 0, problems: [] });
      expect(Number((await services.db.knex('configs').count({ n: '*' }).first())?.n)).toBe(Number(seeded?.n));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
}, {}, TODAY);

/** The configuration files under dir, relative to it. */
function walk(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) return walk(dir, p);
    return p.includes('/') && e.name.endsWith('.json') ? [p] : [];
  }).sort();
}
