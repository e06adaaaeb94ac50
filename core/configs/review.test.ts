// Typical cases (kind case): no personal data, submitted for review, approved (published) by another admin or sent back.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { caseDoc, userAt } from './test-support.js';

describeEachDb('configs: typical cases and their review', (t) => {
  let author: TestClient;
  let checker: TestClient;
  let reviewer: TestClient;
  beforeAll(async () => {
    const admin = await TestClient.login(t().app);
    author = await userAt(t().app, admin, 'case_author', 'region_admin', '150200');
    checker = await userAt(t().app, admin, 'case_checker', 'region_admin', '150200');
    reviewer = await userAt(t().app, admin, 'case_reviewer', 'reviewer', '150200');
  });

  it('refuses a slug that is not kebab-case, and an ID or phone number anywhere in the case, naming where', async () => {
    const bad = await author.post('/api/configs', caseDoc('Baotou Welders'));
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: 'key' });
    const withId = caseDoc('baotou-with-id');
    (withId.body as any).sections[0].text = '学员 150203198503150011 参加培训，电话 13812345678。';
    const d = await author.post('/api/configs', withId);
    expect(d.status).toBe(201);
    const r = await author.post(`/api/configs/${d.body.id}/submit`);
    expect(r.status).toBe(400);
    expect(r.body.details).toEqual([{ path: '/body/sections/0/text', message: expect.stringContaining('不能包含公民身份号码') }]);
    expect((await author.get(`/api/configs/${d.body.id}`)).body.state).toBe('draft');
  });

  it('publishes a case only after review by another admin; sends it back with a note; the author cannot approve', async () => {
    const d = await author.post('/api/configs', caseDoc('baotou-welders'));
    expect(d.status).toBe(201);
    const direct = await author.post(`/api/configs/${d.body.id}/publish`);
    expect(direct.status).toBe(409);
    expect(direct.body.message).toContain('须先提交审核');

    const submitted = await author.post(`/api/configs/${d.body.id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ state: 'in_review', review_note: null });
    const edit = await author.put(`/api/configs/${d.body.id}`, { version: submitted.body.version, title: '改' });
    expect(edit.status).toBe(409);
    expect((await author.post(`/api/configs/${d.body.id}/approve`)).body.message).toContain('不能审核自己提交的');
    expect((await reviewer.post(`/api/configs/${d.body.id}/approve`)).status).toBe(403);

    const empty = await checker.post(`/api/configs/${d.body.id}/send_back`, { note: '   ' });
    expect(empty.status).toBe(400);
    const back = await checker.post(`/api/configs/${d.body.id}/send_back`, { note: '请删去企业全称' });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ state: 'draft', review_note: '请删去企业全称' });

    expect((await author.post(`/api/configs/${d.body.id}/submit`)).status).toBe(200);
    const approved = await checker.post(`/api/configs/${d.body.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('published');

    const audit = await (await TestClient.login(t().app)).list('audit', { filter: { resource: 'configs', record_id: String(d.body.id) }, range: [0, 20] });
    expect(audit.body.map((a: any) => a.action)).toEqual(expect.arrayContaining(['submit', 'send_back', 'publish']));
  });
});
