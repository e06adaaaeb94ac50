// Any create, update or delete sent again with the same Idempotency-Key gets the first answer and is applied once.
import { expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { institutionBody, workerBody } from '../test/fixtures.js';

describeEachDb('Idempotency-Key on resource writes', (t) => {
  it('creates once, updates once and deletes once however often the request is repeated', async () => {
    const admin = await TestClient.login(t().app);
    const body = workerBody({ region_code: '150203' });
    const created = await admin.call('POST', '/api/workers', body, { 'idempotency-key': 'w-create-1' });
    expect(created.status).toBe(201);
    const again = await admin.call('POST', '/api/workers', body, { 'idempotency-key': 'w-create-1' });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(created.body.id);
    expect((await admin.list('workers', { filter: { id: [created.body.id] } })).body).toHaveLength(1);
    // Without a key the same body is a second registration, refused as a duplicate person.
    expect((await admin.post('/api/workers', body)).status).toBe(409);

    const edit = { version: created.body.version, name: '示例·改名' };
    const updated = await admin.call('PUT', `/api/workers/${created.body.id}`, edit, { 'idempotency-key': 'w-update-1' });
    expect(updated.status).toBe(200);
    const repeated = await admin.call('PUT', `/api/workers/${created.body.id}`, edit, { 'idempotency-key': 'w-update-1' });
    expect(repeated.status).toBe(200);
    expect(repeated.body.version).toBe(updated.body.version);
    // Without the key the stale version is refused.
    expect((await admin.put(`/api/workers/${created.body.id}`, edit)).status).toBe(409);

    const inst = (await admin.post('/api/institutions', institutionBody({ region_code: '150203' }))).body;
    const removed = await admin.call('DELETE', `/api/institutions/${inst.id}`, undefined, { 'idempotency-key': 'i-delete-1' });
    expect(removed.status).toBe(200);
    const removedAgain = await admin.call('DELETE', `/api/institutions/${inst.id}`, undefined, { 'idempotency-key': 'i-delete-1' });
    expect(removedAgain.status).toBe(200);
    expect(removedAgain.body.id).toBe(inst.id);

    const audits = await t().services.db.knex('audit_log').where({ resource: 'workers', record_id: String(created.body.id) }).pluck('action');
    expect(audits).toEqual(['create', 'update']);
  });
});
