// One subsidised class at a time: a person cannot be enrolled in two subsidised classes whose dates overlap, but a class
// they left (withdrawn) or one they pay for themselves (not subsidised) does not count.
import { expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { institutionBody, make, programBody, workerBody } from '../test/fixtures.js';

describeEachDb('enrolment clash', (t) => {
  it('refuses a second subsidised class in the same weeks, unless the first was left or is not subsidised', async () => {
    const admin = await TestClient.login(t().app);
    const inst = await make(admin, 'institutions', institutionBody());
    const first = await make(admin, 'programs', programBody(inst.id, { name: '焊工班甲', start_date: '2026-03-01', end_date: '2026-04-30' }));
    const second = await make(admin, 'programs', programBody(inst.id, { name: '焊工班乙', start_date: '2026-04-15', end_date: '2026-05-30' }));
    const selfPaid = await make(admin, 'programs', programBody(inst.id, { name: '自费焊工班', subsidised: false, start_date: '2026-04-01', end_date: '2026-05-20' }));
    const enrol = (programId: number, workerId: number) => admin.post('/api/enrollments', { program_id: programId, worker_id: workerId, enrolled_on: '2026-02-25' });

    const worker = await make(admin, 'workers', workerBody());
    const taken = (await enrol(first.id, worker.id)).body;
    const clash = await enrol(second.id, worker.id);
    expect(clash.status).toBe(409);
    expect(clash.body.message).toContain('焊工班甲');
    // A class the person pays for is no subsidy: it may overlap either way.
    expect((await enrol(selfPaid.id, worker.id)).status).toBe(201);
    // Once the first class is left, the second may be taken.
    const left = await admin.put(`/api/enrollments/${taken.id}`, { status: 'withdrawn', version: taken.version });
    expect(left.status, JSON.stringify(left.body)).toBe(200);
    expect((await enrol(second.id, worker.id)).status).toBe(201);

    // Someone in a self-paid class first may still join a subsidised class in the same weeks.
    const other = await make(admin, 'workers', workerBody({ phone: '13812340001' }));
    expect((await enrol(selfPaid.id, other.id)).status).toBe(201);
    expect((await enrol(second.id, other.id)).status).toBe(201);
  });
});
