// The `q` search: people's names by prefix (an index range at any size), looking past the demo marker; other tables
// anywhere in the text; a whole ID or mobile number through its blind index; LIKE wildcards typed are characters.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { idNumber, institutionBody, make, workerBody } from '../test/fixtures.js';
import { searchPatterns } from './search.js';

it('builds prefix patterns that also match past the demo marker, and escapes wildcards', () => {
  expect(searchPatterns('王', 'prefix')).toEqual(['王%', '示例·王%']);
  expect(searchPatterns('示例·王', 'prefix')).toEqual(['示例·王%']);
  expect(searchPatterns('5%_', 'contains')).toEqual(['%5\\%\\_%']);
});

describeEachDb('q search', (t) => {
  let admin: TestClient;
  const names: Record<string, string> = { wang: '王建国', demoWang: '示例·王秀英', li: '李王芳', other: '示例·巴特尔' };
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    let n = 0;
    for (const [key, name] of Object.entries(names)) {
      ids[key] = (await make(admin, 'workers', workerBody({ id_number: idNumber('150203', '19880808', 700 + n), name, region_code: '150203', phone: `1390000${String(700 + n++).padStart(4, '0')}` }))).id;
    }
    await make(admin, 'institutions', institutionBody({ name: '包头市示例王牌职业学校', region_code: '150203' }));
  }, 60_000);

  const found = async (resource: string, q: string) => {
    const res = await admin.list(resource, { filter: { q }, sort: ['id', 'ASC'], range: [0, 99] });
    expect(res.status).toBe(200);
    return res.body.map((r: { id: number }) => r.id);
  };

  it('finds workers whose name starts with the text, with or without the demo marker, not those with it inside', async () => {
    expect(await found('workers', '王')).toEqual([ids.wang, ids.demoWang]);
    expect(await found('workers', '王秀')).toEqual([ids.demoWang]);
    expect(await found('workers', '示例·王')).toEqual([ids.demoWang]);
    expect(await found('workers', '李王')).toEqual([ids.li]);
    expect(await found('workers', '秀英')).toEqual([]);
    expect(await found('workers', '%')).toEqual([]);
  });

  it('finds a worker by the whole ID number or mobile number typed into the search box', async () => {
    expect(await found('workers', idNumber('150203', '19880808', 701))).toEqual([ids.demoWang]);
    expect(await found('workers', '13900000702')).toEqual([ids.li]);
    expect(await found('workers', '1390000070')).toEqual([]);
  });

  it('keeps matching anywhere in the text on smaller tables, and in the worker picker by prefix', async () => {
    expect((await found('institutions', '王牌')).length).toBe(1);
    const picker = await admin.get(`/api/lookup/workers?q=${encodeURIComponent('王')}`);
    expect(picker.body.map((r: { label: string }) => r.label).sort()).toEqual(['王建国', '示例·王秀英'].sort());
  });
});
