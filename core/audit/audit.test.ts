// Every write is in the audit trail with its author; editing, inserting or deleting an entry in SQL is detected.
import { expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { make, workerBody } from '../test/fixtures.js';

describeEachDb('audit trail', (t) => {
  it('records each write with who, what, changed fields (masked) and request id', async () => {
    const admin = await TestClient.login(t().app);
    await make(admin, 'users', { username: 'aud_clerk', display_name: '经办员', role: 'region_admin', region_code: '150200', password: 'Tamir-Gol-46#Fw' });
    const clerk = await TestClient.login(t().app, 'aud_clerk', 'Tamir-Gol-46#Fw');
    const w = await make(clerk, 'workers', workerBody({ region_code: '150203', phone: '13911112222' }));
    const read = (await clerk.get(`/api/workers/${w.id}`)).body;
    await clerk.call('PUT', `/api/workers/${w.id}`, { ...read, category: 'employed' }, { 'x-request-id': 'req-audit-1' });
    await clerk.get(`/api/workers/${w.id}?reveal=true`);
    const entries = (await admin.list('audit', { filter: { resource: 'workers', record_id: String(w.id) }, sort: ['id', 'ASC'] })).body;
    expect(entries.map((e: any) => e.action)).toEqual(['create', 'update', 'reveal']);
    for (const e of entries) expect(e).toMatchObject({ username: 'aud_clerk', role: 'region_admin', region_code: '150200' });
    expect(entries[1].changes.category).toEqual(['rural_transfer', 'employed']);
    expect(entries[1].request_id).toBe('req-audit-1');
    expect(entries[0].changes.phone[1]).toBe('139****2222');
    expect(JSON.stringify(entries)).not.toContain('13911112222');
    const auditorView = await clerk.list('audit');
    expect(auditorView.status).toBe(200);
  });

  it('verifies an intact chain and names the first edited, inserted or deleted entry', async () => {
    const admin = await TestClient.login(t().app);
    for (let i = 0; i < 3; i++) await make(admin, 'workers', workerBody());
    const { knex } = t().services.db;
    expect((await admin.get('/api/audit/verify')).body.ok).toBe(true);

    const victim = await knex('audit_log').where({ action: 'create', resource: 'workers' }).orderBy('id').offset(1).first();
    await knex('audit_log').where({ id: victim.id }).update({ username: 'someone_else' });
    let report = (await admin.get('/api/audit/verify')).body;
    expect(report).toMatchObject({ ok: false, problem: { seq: Number(victim.seq), kind: 'edited' } });
    await knex('audit_log').where({ id: victim.id }).update({ username: victim.username });
    expect((await admin.get('/api/audit/verify')).body.ok).toBe(true);

    await knex('audit_log').where({ id: victim.id }).delete();
    report = (await admin.get('/api/audit/verify')).body;
    expect(report).toMatchObject({ ok: false, problem: { seq: Number(victim.seq), kind: 'deleted' } });
    await knex('audit_log').insert(victim);
    expect((await admin.get('/api/audit/verify')).body.ok).toBe(true);

    // A forged entry with a plausible hash: without the key the chain cannot be rebuilt.
    const last = await knex('audit_log').orderBy('seq', 'desc').first();
    await knex('audit_log').insert({ ...last, id: undefined, seq: Number(last.seq) + 1, prev_hash: last.hash, hash: 'f'.repeat(64), action: 'update' });
    await knex('audit_head').update({ seq: Number(last.seq) + 1, hash: 'f'.repeat(64) });
    report = (await admin.get('/api/audit/verify')).body;
    expect(report).toMatchObject({ ok: false, problem: { seq: Number(last.seq) + 1, kind: 'edited' } });
    await knex('audit_log').where({ seq: Number(last.seq) + 1 }).delete();
    await knex('audit_head').update({ seq: last.seq, hash: last.hash });

    // Deleting the newest entries is caught by the chain head.
    await knex('audit_log').where({ seq: last.seq }).delete();
    report = (await admin.get('/api/audit/verify')).body;
    expect(report).toMatchObject({ ok: false, problem: { kind: 'truncated' } });
  });

  it('is read only, and closed to roles that are not auditors or administrators', async () => {
    const admin = await TestClient.login(t().app);
    expect((await admin.post('/api/audit', {})).status).toBe(404);
    expect((await admin.put('/api/audit/1', { version: 1 })).status).toBe(404);
    expect((await admin.delete('/api/audit/1')).status).toBe(404);
    await make(admin, 'users', { username: 'aud_reviewer', display_name: '审核员', role: 'reviewer', region_code: '150200', password: 'Review-pass-1' });
    const reviewer = await TestClient.login(t().app, 'aud_reviewer', 'Review-pass-1');
    expect((await reviewer.list('audit')).status).toBe(403);
    expect((await reviewer.get('/api/audit/verify')).status).toBe(403);
  });
});
