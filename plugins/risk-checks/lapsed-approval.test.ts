// lapsed-approval: classes outside the approval's dates, unapproved or revoked institutions, suspensions holding unpaid money.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { systemContext } from '../../core/http/context.js';
import { seedCleanSample } from '../../core/demo/risk-clean-sample.js';
import { lapsedApproval as check } from './lapsed-approval.js';
import { builder, hitFor, keysOf, runCheck } from './test-kit.js';

describeEachDb('lapsed-approval', (t) => {
  const p: Record<string, number> = {};
  const claim: Record<string, number> = {};

  beforeAll(async () => {
    await seedCleanSample(t().services, systemContext('test'));
    const b = builder(t().services, 16);
    const d = (md: string, y = 0) => b.d(md, y);
    const { knex } = t().services.db;
    const region = '150702';
    const classAt = async (name: string, approval: Record<string, unknown>, dates: [string, string] = [d('03-01'), d('03-31')]) => {
      const inst = await b.institution(`呼伦贝尔海拉尔示例${name}`, region, approval);
      const id = await b.cls(inst, region, { name, occupation_code: '4-10-01-06', start_date: dates[0], end_date: dates[1] });
      const tr = await b.trainees(id, { institution: inst, region, workers: await b.people(2, region, [22, 44]) });
      return { inst, id, claims: tr.map((x) => x.claim!) };
    };
    p.early = (await classAt('认定前开班', { approved_from: d('03-15'), approved_to: d('12-31', 2) })).id;
    p.pending = (await classAt('未认定机构', { approval_status: 'pending' })).id;
    p.revoked = (await classAt('已撤销机构', { approval_status: 'revoked' })).id;
    const suspended = await classAt('已暂停机构', { approval_status: 'suspended' });
    p.suspended = suspended.id;
    await knex('claims').where({ id: suspended.claims[0] }).update({ state: 'paid' });
    claim.suspendedPaid = suspended.claims[0];
    const paidOnly = await classAt('已暂停但已支付', { approval_status: 'suspended' });
    await knex('claims').whereIn('id', paidOnly.claims).update({ state: 'paid' });
    const rejected = await classAt('已驳回', { approval_status: 'revoked' });
    await knex('claims').whereIn('id', rejected.claims).update({ state: 'rejected' });
    p.onTheLastDay = (await classAt('认定末日结班', { approved_from: d('01-01'), approved_to: d('03-31') })).id;
    // An evaluation claim with no class: its own period is compared.
    const inst = await b.institution('呼伦贝尔示例评价机构', region, { approved_from: d('01-01'), approved_to: d('06-30') });
    claim.periodOnly = await b.w.claim({ type: 'evaluation', worker_id: await b.person(region, [25, 40]), program_id: null, institution_id: inst, region_code: region, claim_date: d('08-01'), requested_fen: 30_000, period_from: d('07-01'), period_to: d('07-15') });
  }, 120_000);

  it('finds one case per class (or per claim without a class), and not the clean sample or the near misses', async () => {
    expect(keysOf(await runCheck(check, t().services))).toEqual([
      `program:${p.early}`, `program:${p.pending}`, `program:${p.revoked}`, `program:${p.suspended}`, `claim:${claim.periodOnly}`,
    ].sort());
  });

  it('says why in words, with the approval and the dates', async () => {
    const hits = await runCheck(check, t().services);
    expect(hitFor(hits, `program:${p.early}`).evidence).toMatchObject({ approval_status: 'approved', reasons: [expect.stringContaining('早于认定起始日')] });
    expect(hitFor(hits, `program:${p.pending}`).summary).toContain('尚未认定');
    expect(hitFor(hits, `program:${p.revoked}`).claimIds).toHaveLength(2);
    // A suspension holds the unpaid claim only; the paid one was paid under a valid approval.
    const suspended = hitFor(hits, `program:${p.suspended}`);
    expect(suspended.claimIds).toHaveLength(1);
    expect(suspended.claimIds).not.toContain(claim.suspendedPaid);
    expect(hitFor(hits, `claim:${claim.periodOnly}`).evidence).toMatchObject({ program_id: null, reasons: [expect.stringContaining('晚于认定截止日')] });
  });

  it('narrows to the given claims and to the subtree', async () => {
    expect(keysOf(await runCheck(check, t().services, { claimIds: [claim.periodOnly] }))).toEqual([`claim:${claim.periodOnly}`]);
    expect(await runCheck(check, t().services, { region: '150200' })).toEqual([]);
  });
});
