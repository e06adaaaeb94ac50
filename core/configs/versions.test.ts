// Versions of a document: draft → published → retired, frozen once published, in force by date, falling back on retirement.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { TODAY, draft, nextVersion, publishDoc, recordOf } from './test-support.js';

const WUHAI = '150300-wuhai/catalog.json';

describeEachDb('configs: versions', (t) => {
  let admin: TestClient;
  const v: Record<number, any> = {};
  /** The 乌海 catalog version in force on a date, by its doc_version. */
  const inForce = async (date?: string) => {
    const r = await admin.get(`/api/regions/150300/effective/catalog${date ? `?date=${date}` : ''}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.chain.at(-1).node === '150300' ? r.body.chain.at(-1).version : null;
  };
  const title = (n: number) => `乌海市职业技能培训需求指导目录（示例，第 ${n} 版）`;

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    v[1] = (await admin.list('configs', { filter: { node_code: '150300', kind: 'catalog' } })).body[0];
  });

  it('the seed is version 1, published by the import', async () => {
    expect(v[1]).toMatchObject({ doc_version: 1, state: 'published', mode: 'extend', effective_from: '2024-04-01', effective_to: null });
    expect(await inForce()).toBe(1);
  });

  it('a draft is numbered by the server, editable and deletable, and changes nothing in force', async () => {
    const forged = await admin.post('/api/configs', { ...recordOf(nextVersion(WUHAI, '2026-01-01')), doc_version: 99, state: 'published' });
    expect(forged.status).toBe(400);
    const d = await draft(admin, nextVersion(WUHAI, '2026-01-01'), { title: title(2) });
    expect(d.doc_version).toBe(2);
    const put = await admin.put(`/api/configs/${d.id}`, { ...d, title: '改过的标题（示例）' });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect((await admin.put(`/api/configs/${d.id}`, { ...put.body, state: 'published' })).status).toBe(400);
    expect(put.body.title).toBe('改过的标题（示例）');
    expect(await inForce('2026-02-01')).toBe(1);
    expect((await admin.post(`/api/configs/${d.id}/retire`)).status).toBe(409);
    expect((await admin.delete(`/api/configs/${d.id}`)).status).toBe(200);
    expect((await admin.get(`/api/configs/${d.id}`)).status).toBe(404);
  });

  it('publishing freezes a version: no edit, no delete, no second publish (409)', async () => {
    v[2] = await publishDoc(admin, nextVersion(WUHAI, '2026-01-01'), { title: title(2) });
    expect(v[2]).toMatchObject({ doc_version: 2, state: 'published', published_by: expect.any(Number), published_at: expect.any(String) });
    const put = await admin.put(`/api/configs/${v[2].id}`, { ...v[2], title: '不该改' });
    expect(put.status).toBe(409);
    expect(put.body.message).toContain('已发布或已废止的配置文档不能修改');
    const del = await admin.delete(`/api/configs/${v[2].id}`);
    expect(del.status).toBe(409);
    expect(del.body.message).toContain('只有草稿可以删除');
    const again = await admin.post(`/api/configs/${v[2].id}/publish`);
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('只有草稿可以发布');
    expect((await admin.get(`/api/configs/${v[2].id}`)).body.title).toBe(title(2));
  });

  it('a new version governs from its effective_from; the old one still governs earlier dates', async () => {
    expect(await inForce('2025-12-31')).toBe(1);
    expect(await inForce('2026-01-01')).toBe(2);
    expect(await inForce()).toBe(2); // today, 2026-03-01
    // Before the first version of 乌海 began, the 自治区 base alone applies.
    expect(await inForce('2024-03-15')).toBe(null);
    const none = await admin.get('/api/regions/150300/effective/catalog?date=2024-01-01');
    expect(none.status).toBe(404);
    expect(none.body.message).toContain('都没有生效的培训需求指导目录');
  });

  it('effective_to is the last day in force', async () => {
    v[3] = await publishDoc(admin, nextVersion(WUHAI, '2026-04-01', '2026-06-30'), { title: title(3) });
    expect(await inForce('2026-04-01')).toBe(3);
    expect(await inForce('2026-06-30')).toBe(3);
    expect(await inForce('2026-07-01')).toBe(2);
  });

  it('retiring a version falls back to the previous one; a retired version cannot come back', async () => {
    const r = await admin.post(`/api/configs/${v[3].id}/retire`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.state).toBe('retired');
    expect(await inForce('2026-05-01')).toBe(2);
    expect((await admin.post(`/api/configs/${v[3].id}/publish`)).status).toBe(409);
    expect((await admin.post(`/api/configs/${v[3].id}/retire`)).status).toBe(409);
    expect((await admin.put(`/api/configs/${v[3].id}`, { ...r.body, title: 'x' })).status).toBe(409);
    await admin.post(`/api/configs/${v[2].id}/retire`);
    expect(await inForce('2026-05-01')).toBe(1);
  });

  it('refuses to publish an older draft once a newer version was published', async () => {
    const older = await draft(admin, nextVersion(WUHAI, '2026-08-01'), { title: title(4) });
    v[5] = await publishDoc(admin, nextVersion(WUHAI, '2026-09-01'), { title: title(5) });
    const r = await admin.post(`/api/configs/${older.id}/publish`);
    expect(r.status).toBe(409);
    expect(r.body.message).toContain('第 5 版已经发布过，不能再发布更早的第 4 版草稿');
  });

  it('keeps the versions in a list react-admin can page and filter', async () => {
    const r = await admin.list('configs', { filter: { node_code: '150300', kind: 'catalog' }, sort: ['doc_version', 'ASC'], range: [0, 9] });
    expect(r.status).toBe(200);
    expect(r.body.map((c: any) => [c.doc_version, c.state])).toEqual([[1, 'published'], [2, 'retired'], [3, 'retired'], [4, 'draft'], [5, 'published']]);
    expect(r.headers['content-range']).toBe('configs 0-4/5');
  });

  it('refuses a malformed date, and a key the kind does not have', async () => {
    expect((await admin.get('/api/regions/150300/effective/catalog?date=2026-13-45')).status).toBe(400);
    const key = await admin.get('/api/regions/150300/effective/ruleset?key=bonus');
    expect(key.status).toBe(400);
    expect(key.body.message).toContain('training');
  });
}, {}, TODAY);
