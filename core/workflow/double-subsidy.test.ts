// The no-double-subsidy rule at submit, approve and pay (issue 11, item 1): one worker in a 呼和浩特 class and a 包头 class
// for 钢筋工 五级 is subsidised once, however the two claims are submitted, approved at the same moment or paid.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { institutionBody, make, programBody, workerBody } from '../test/fixtures.js';
import { backfill } from '../../migrations/20261201001000_entitlements.js';

const AMOUNT = 120_000; // the 自治区 catalog's 钢筋工 五级 standard, full attendance
const day = (base: string, n: number) => new Date(Date.parse(`${base}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);

describeEachDb('no double subsidy across 盟市', (t) => {
  let admin: TestClient, hohhotReviewer: TestClient, baotouReviewer: TestClient;
  let fund: number;
  const budgets: Record<string, number> = {};
  const classes: Record<string, { id: number; start: string }> = {};
  let people = 0;

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    for (const [username, region] of [['ds_hohhot_reviewer', '150100'], ['ds_baotou_reviewer', '150200']]) {
      await make(admin, 'users', { username, display_name: username, role: 'reviewer', region_code: region, password: 'Double-pass-123' });
    }
    hohhotReviewer = await TestClient.login(t().app, 'ds_hohhot_reviewer', 'Double-pass-123');
    baotouReviewer = await TestClient.login(t().app, 'ds_baotou_reviewer', 'Double-pass-123');
    fund = (await admin.list('fund_sources', { filter: { code: 'employment_subsidy' } })).body[0].id;
    for (const league of ['150100', '150200']) budgets[league] = (await make(admin, 'budgets', { fund_source_id: fund, region_code: league, year: 2026, amount_fen: 1_000_000 })).id;
    for (const [league, region, start, end] of [['150100', '150102', '2026-03-02', '2026-04-15'], ['150200', '150203', '2026-06-01', '2026-07-15']]) {
      const inst = await make(admin, 'institutions', institutionBody({ region_code: region }));
      const cls = await make(admin, 'programs', programBody(inst.id, {
        region_code: region, name: '钢筋工（五级）培训班', occupation_code: '6-29-01-04', occupation_name: '钢筋工', level: '5', hours: 80, start_date: start, end_date: end,
      }));
      classes[league] = { id: cls.id, start };
    }
  }, 60_000);

  /** One worker, trained in both classes (full attendance, passed), a submitted claim for each: [呼和浩特's, 包头's]. */
  async function twoClaims(): Promise<[number, number]> {
    // A phone of one's own: three workers on one number is a risk case that would hold the claims.
    const worker = await make(admin, 'workers', workerBody({ region_code: '150203', phone: `1390000${String(++people).padStart(4, '0')}` }));
    const ids: number[] = [];
    for (const league of ['150100', '150200']) {
      const c = classes[league];
      const e = await make(admin, 'enrollments', { program_id: c.id, worker_id: worker.id, enrolled_on: day(c.start, -3) });
      for (let i = 0; i < 10; i++) await make(admin, 'attendance', { enrollment_id: e.id, session_date: day(c.start, i), hours: 8 });
      const done = await admin.put(`/api/enrollments/${e.id}`, { status: 'completed', completed_on: day(c.start, 40), assessment_result: 'pass', version: (await admin.get(`/api/enrollments/${e.id}`)).body.version });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
      ids.push((await make(admin, 'claims', { type: 'training', enrollment_id: e.id, claim_date: '2026-07-20' })).id);
    }
    for (const id of ids) expect((await admin.post(`/api/claims/${id}/submit`)).status).toBe(200);
    return [ids[0], ids[1]];
  }

  const budget = async (league: string) => (await admin.get(`/api/budgets/${budgets[league]}`)).body as { reserved_fen: number; spent_fen: number };
  const entitlements = (claimIds: number[]) => t().services.db.knex('entitlements').whereIn('claim_id', claimIds).select('claim_id', 'paid_at');

  it('a claim pending elsewhere sends the second to review naming the first; the history and collisions show both', async () => {
    const [hohhot, baotou] = await twoClaims();
    const first = (await admin.get(`/api/claims/${hohhot}/decision`)).body;
    const second = (await admin.get(`/api/claims/${baotou}/decision`)).body;
    expect(first.outcome).toBe('eligible');
    expect(second.outcome).toBe('needs_review');
    expect(second.facts.subsidyHistory).toMatchObject({ sameOccupationLevelCount: 0, pendingCount: 1, pendingClaims: [{ id: hohhot, regionCode: '150102', regionName: '呼和浩特市新城区', state: 'submitted' }] });
    expect(second.rules.find((r: any) => r.id === 'no-pending-duplicate')).toMatchObject({ passed: false, on_fail: 'needs_review' });
    expect(second.reasons.join('')).toContain(`申请编号 ${hohhot}，呼和浩特市新城区`);
    // The reviewer of the first claim sees the second too, live.
    const seen = (await hohhotReviewer.get(`/api/claims/${hohhot}/collisions`)).body;
    expect(seen).toMatchObject({ key: { family: 'training', occupation_code: '6-29-01-04', level: '5' }, holder: null });
    expect(seen.claims).toEqual([expect.objectContaining({ id: baotou, region_name: '包头市昆都仑区', state: 'submitted', holds_entitlement: false })]);
  });

  it('two reviewers of two 盟市 approving at the same moment: exactly one is approved, the other refused naming it; budgets exact; the winner is paid', async () => {
    const [hohhot, baotou] = await twoClaims();
    const before = { '150100': await budget('150100'), '150200': await budget('150200') };
    const [a, b] = await Promise.all([
      hohhotReviewer.post(`/api/claims/${hohhot}/approve`, { fund_source_id: fund }),
      baotouReviewer.post(`/api/claims/${baotou}/approve`, { fund_source_id: fund }),
    ]);
    expect([a.status, b.status].sort(), JSON.stringify([a.body, b.body])).toEqual([200, 409]);
    const [winner, loser, winnerLeague, loserLeague, refusal] = a.status === 200
      ? [hohhot, baotou, '150100', '150200', b] as const : [baotou, hohhot, '150200', '150100', a] as const;
    expect(refusal.body.message).toContain(`#${winner}`);
    expect(refusal.body.message).toContain('不可重复申领');
    expect(refusal.body.field).toBe('entitlement');
    expect((await admin.get(`/api/claims/${loser}`)).body.state).toBe('submitted');
    expect((await budget(winnerLeague)).reserved_fen).toBe(before[winnerLeague].reserved_fen + AMOUNT);
    expect(await budget(loserLeague)).toEqual(before[loserLeague]);
    expect(await entitlements([hohhot, baotou])).toEqual([{ claim_id: winner, paid_at: null }]);

    const paid = await admin.post(`/api/claims/${winner}/pay`);
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    expect(await budget(winnerLeague)).toMatchObject({ reserved_fen: before[winnerLeague].reserved_fen, spent_fen: before[winnerLeague].spent_fen + AMOUNT });
    expect((await entitlements([hohhot, baotou]))[0]).toMatchObject({ claim_id: winner, paid_at: expect.any(String) });
    // The loser stays refused, now against a paid claim, and cannot be paid.
    const again = await (loser === hohhot ? hohhotReviewer : baotouReviewer).post(`/api/claims/${loser}/approve`, { fund_source_id: fund });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain(`#${winner}`);
    expect(again.body.message).toContain('已支付');
    expect((await admin.post(`/api/claims/${loser}/pay`)).status).toBe(409);
    expect(await budget(loserLeague)).toEqual(before[loserLeague]);
  });

  it('approved one after the other: the second is refused; rejecting the first gives the entitlement back', async () => {
    const [hohhot, baotou] = await twoClaims();
    const ok = await hohhotReviewer.post(`/api/claims/${hohhot}/approve`, { fund_source_id: fund });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const refused = await baotouReviewer.post(`/api/claims/${baotou}/approve`, { fund_source_id: fund });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain(`申请 #${hohhot}（呼和浩特市新城区，已批准）`);
    const held = (await baotouReviewer.get(`/api/claims/${baotou}/collisions`)).body;
    expect(held.holder).toBe(hohhot);
    expect(held.claims).toEqual([expect.objectContaining({ id: hohhot, state: 'approved', holds_entitlement: true })]);

    const reserved = (await budget('150100')).reserved_fen;
    expect((await hohhotReviewer.post(`/api/claims/${hohhot}/reject`, { reason: '该人员已在包头市申领，经核实由包头市办理' })).status).toBe(200);
    expect((await budget('150100')).reserved_fen).toBe(reserved - AMOUNT);
    expect(await entitlements([hohhot, baotou])).toEqual([]);
    expect((await baotouReviewer.post(`/api/claims/${baotou}/approve`, { fund_source_id: fund })).status).toBe(200);
    expect((await admin.post(`/api/claims/${baotou}/pay`)).status).toBe(200);
    expect(await entitlements([hohhot, baotou])).toEqual([{ claim_id: baotou, paid_at: expect.any(String) }]);
  });

  it('a claim approved twice before the guard existed: the backfill keeps one entitlement and the other payment is refused naming it', async () => {
    const [hohhot, baotou] = await twoClaims();
    const { knex } = t().services.db;
    const spent = (await budget('150200')).spent_fen;
    const ok = await hohhotReviewer.post(`/api/claims/${hohhot}/approve`, { fund_source_id: fund });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    // 包头's claim as the old code approved it: state, amount and reservation, but no entitlement.
    await knex('budgets').where({ id: budgets['150200'] }).update({ reserved_fen: knex.raw('reserved_fen + ?', [AMOUNT]) });
    await knex('claims').where({ id: baotou }).update({ state: 'approved', decided_fen: AMOUNT, decided_at: new Date().toISOString(), fund_source_id: fund, budget_id: budgets['150200'] });
    // The migration's backfill, run again, gives 包头's claim nothing: the key is held.
    await knex('entitlements').where({ claim_id: hohhot }).delete();
    expect(await backfill(knex)).toEqual([baotou]);
    expect(await entitlements([hohhot, baotou])).toEqual([{ claim_id: hohhot, paid_at: null }]);
    const refused = await admin.post(`/api/claims/${baotou}/pay`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain(`#${hohhot}`);
    expect((await budget('150200')).spent_fen).toBe(spent);
    expect((await admin.post(`/api/claims/${hohhot}/pay`)).status).toBe(200);
  });
});
