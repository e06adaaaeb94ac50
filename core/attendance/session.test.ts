// A class session recorded for the whole class at once: all or nothing, scoped like the class, audited, safe to send again.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { idNumber, institutionBody, make, programBody, workerBody } from '../test/fixtures.js';

const PASSWORD = 'Roster-pass-123';

describeEachDb('class sessions', (t) => {
  let admin: TestClient, staff: TestClient, other: TestClient, reviewer: TestClient;
  let programId: number;
  let enrols: Array<{ id: number; name: string }>;

  const hoursOf = async () => Promise.all(enrols.map(async (e) => (await staff.get(`/api/enrollments/${e.id}`)).body.attended_hours));
  const attendanceCount = async () => Number((await admin.list('attendance', { filter: {}, range: [0, 0] })).headers['content-range']?.toString().split('/')[1]);

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    const inst = await make(admin, 'institutions', institutionBody({ region_code: '150203', name: '示例点名培训学校' }));
    const otherInst = await make(admin, 'institutions', institutionBody({ region_code: '150203' }));
    for (const [username, role, region, institution_id] of [['rs_staff', 'institution_staff', '150203', inst.id], ['rs_other', 'institution_staff', '150203', otherInst.id], ['rs_reviewer', 'reviewer', '150200', null]] as const) {
      await make(admin, 'users', { username, display_name: username, role, region_code: region, institution_id, password: PASSWORD });
    }
    [staff, other, reviewer] = await Promise.all(['rs_staff', 'rs_other', 'rs_reviewer'].map((u) => TestClient.login(t().app, u, PASSWORD)));
    const cls = await make(staff, 'programs', programBody(inst.id, { region_code: '150203', name: '示例·点名班', start_date: '2026-03-01', end_date: '2026-04-30' }));
    programId = cls.id;
    enrols = [];
    for (const [i, name] of ['示例·其其格', '示例·巴图', '示例·乌云', '示例·苏和'].entries()) {
      const w = await make(admin, 'workers', workerBody({ id_number: idNumber('150203', '19900101', 700 + i), name, region_code: '150203' }));
      const e = await make(staff, 'enrollments', { program_id: cls.id, worker_id: w.id, enrolled_on: '2026-02-20' });
      enrols.push({ id: e.id, name });
    }
  }, 60_000);

  it('records a session for the class, shows it on the roster, and a second submit changes only what differs', async () => {
    const entries = enrols.map((e, i) => ({ enrollment_id: e.id, present: i !== 3 }));
    const r = await staff.post(`/api/programs/${programId}/sessions`, { session_date: '2026-03-02', hours: 8, entries });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ present: 3, absent: 1, created: 3, updated: 0, removed: 0, unchanged: 0 });
    expect(r.body.message).toContain('出勤 3 人');
    expect(await hoursOf()).toEqual([8, 8, 8, 0]);

    const roster = (await staff.get(`/api/programs/${programId}/sessions?session_date=2026-03-02`)).body;
    expect(roster.rows.map((row: any) => [row.worker_name, row.hours])).toEqual([['示例·其其格', 8], ['示例·巴图', 8], ['示例·乌云', 8], ['示例·苏和', null]]);
    expect(roster.rows[0].id_number).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(roster.dates).toEqual([{ session_date: '2026-03-02', workers: 3, hours: 8 }]);
    expect(roster.max_hours).toBe(12);

    // Again, corrected: 巴图 only 4 hours, 乌云 absent after all, 苏和 present. No duplicates; the sums follow.
    const again = await staff.post(`/api/programs/${programId}/sessions`, {
      session_date: '2026-03-02', hours: 8,
      entries: [{ enrollment_id: enrols[0].id, present: true }, { enrollment_id: enrols[1].id, present: true, hours: 4 }, { enrollment_id: enrols[2].id, present: false }, { enrollment_id: enrols[3].id, present: true }],
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body).toMatchObject({ present: 3, absent: 1, created: 1, updated: 1, removed: 1, unchanged: 1 });
    expect(await hoursOf()).toEqual([8, 4, 0, 8]);
    expect((await admin.list('attendance', { filter: { enrollment_id: enrols[0].id } })).body).toHaveLength(1);

    // Audited: one entry for the session, and each attendance record's own create/update/delete as a single write makes.
    const session = (await admin.list('audit', { filter: { action: 'record_session', resource: 'programs' }, sort: ['id', 'DESC'], range: [0, 0] })).body[0];
    expect(session).toMatchObject({ record_id: String(programId), username: 'rs_staff' });
    expect(session.changes).toMatchObject({ session_date: '2026-03-02', created: 1, updated: 1, removed: 1 });
    const deleted = (await admin.list('audit', { filter: { action: 'delete', resource: 'attendance' } })).body;
    expect(deleted.length).toBeGreaterThanOrEqual(1);
  });

  it('writes nothing when one person cannot be recorded: withdrawn, not in the class, outside the dates, too many hours', async () => {
    const before = await attendanceCount();
    const hours = await hoursOf();
    const w = await make(admin, 'workers', workerBody({ id_number: idNumber('150203', '19920101', 790), name: '示例·退学', region_code: '150203' }));
    const quit = await make(staff, 'enrollments', { program_id: programId, worker_id: w.id, enrolled_on: '2026-02-20' });
    expect((await staff.put(`/api/enrollments/${quit.id}`, { ...quit, status: 'withdrawn' })).status).toBe(200);

    const withdrawn = await staff.post(`/api/programs/${programId}/sessions`, {
      session_date: '2026-03-03', hours: 6, entries: [...enrols.map((e) => ({ enrollment_id: e.id, present: true })), { enrollment_id: quit.id, present: true }],
    });
    expect(withdrawn.status).toBe(409);
    expect(withdrawn.body.message).toBe('第 5 名学员「示例·退学」：该学员已退学，不能再记录考勤');
    expect(withdrawn.body.field).toBe('entries.4.enrollment_id');

    // An enrolment of another class (the other institution's), in the same body.
    const otherCls = await make(admin, 'programs', programBody((await make(admin, 'institutions', institutionBody({ region_code: '150203' }))).id, { region_code: '150203' }));
    const stranger = await make(admin, 'enrollments', { program_id: otherCls.id, worker_id: w.id, enrolled_on: '2026-02-20' });
    const foreign = await staff.post(`/api/programs/${programId}/sessions`, { session_date: '2026-03-03', hours: 6, entries: [{ enrollment_id: enrols[0].id, present: true }, { enrollment_id: stranger.id, present: true }] });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({ field: 'entries.1.enrollment_id', message: `学员名单第 2 项：报名记录 ${stranger.id} 不是培训班「示例·点名班」的学员` });

    const outside = await staff.post(`/api/programs/${programId}/sessions`, { session_date: '2026-05-02', hours: 6, entries: [{ enrollment_id: enrols[0].id, present: true }] });
    expect(outside.status).toBe(400);
    expect(outside.body).toMatchObject({ field: 'session_date' });
    expect(outside.body.message).toContain('不在培训班「示例·点名班」的开班期间（2026-03-01 至 2026-04-30）内');

    const tooLong = await staff.post(`/api/programs/${programId}/sessions`, { session_date: '2026-03-03', hours: 13, entries: [{ enrollment_id: enrols[0].id, present: true }] });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ field: 'hours', message: '「课时」不能大于 12' });

    const noDate = await staff.post(`/api/programs/${programId}/sessions`, { hours: 6, entries: [{ enrollment_id: enrols[0].id, present: true }] });
    expect(noDate.body).toMatchObject({ field: 'session_date', message: '「上课日期」为必填项' });
    const badEntry = await staff.post(`/api/programs/${programId}/sessions`, { session_date: '2026-03-03', hours: 6, entries: [{ enrollment_id: enrols[0].id, present: true }, { present: true }] });
    expect(badEntry.body).toMatchObject({ field: 'entries.1.enrollment_id', message: '「报名记录」为必填项' });
    const twice = await staff.post(`/api/programs/${programId}/sessions`, { session_date: '2026-03-03', hours: 6, entries: [{ enrollment_id: enrols[0].id, present: true }, { enrollment_id: enrols[0].id, present: false }] });
    expect(twice.status).toBe(400);
    expect(twice.body.message).toContain('同一报名记录');

    expect(await attendanceCount()).toBe(before);
    expect(await hoursOf()).toEqual(hours);
  });

  it('answers a retry with the same Idempotency-Key with the first answer, applied once', async () => {
    const body = { session_date: '2026-03-10', hours: 5, entries: enrols.map((e) => ({ enrollment_id: e.id, present: true })) };
    const hours = await hoursOf();
    const first = await staff.post(`/api/programs/${programId}/sessions`, body, { 'idempotency-key': 'session-0310' });
    const again = await staff.post(`/api/programs/${programId}/sessions`, body, { 'idempotency-key': 'session-0310' });
    expect(first.body).toMatchObject({ created: 4, unchanged: 0 });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await hoursOf()).toEqual(hours.map((h) => h + 5));
  });

  it('is scoped like the class: another institution sees no class, a reviewer reads the roster but cannot write', async () => {
    const body = { session_date: '2026-03-04', hours: 6, entries: [{ enrollment_id: enrols[0].id, present: true }] };
    const hours = await hoursOf();
    expect((await other.post(`/api/programs/${programId}/sessions`, body)).status).toBe(404);
    expect((await other.get(`/api/programs/${programId}/sessions`)).status).toBe(404);
    expect((await reviewer.get(`/api/programs/${programId}/sessions?session_date=2026-03-02`)).status).toBe(200);
    const refused = await reviewer.post(`/api/programs/${programId}/sessions`, body);
    expect(refused.status).toBe(403);
    expect(await hoursOf()).toEqual(hours);
  });
});
