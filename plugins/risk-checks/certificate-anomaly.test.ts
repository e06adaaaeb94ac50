// certificate-anomaly: early certificates and certificates from issuers not registered for the occupation; an empty register is not judged.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { systemContext } from '../../core/http/context.js';
import { seedCleanSample } from '../../core/demo/risk-clean-sample.js';
import { DEMO_ISSUERS } from '../../core/demo/risk-patterns.js';
import { certificateAnomaly as check } from './certificate-anomaly.js';
import { CLEAR_PII, builder, hitFor, keysOf, runCheck } from './test-kit.js';

describeEachDb('certificate-anomaly', (t) => {
  const c: Record<string, number> = {};
  let claims: number[] = [];
  const ROGUE = '某某技能证书代办中心（示例）';
  const WRONG_TRADE = DEMO_ISSUERS[1].name; // registered for welding and cooking only

  beforeAll(async () => {
    await seedCleanSample(t().services, systemContext('test'));
    const b = builder(t().services, 14);
    const d = (md: string) => b.d(md);
    const inst = await b.institution('通辽科尔沁示例培训学校', '150502');
    const cls = await b.cls(inst, '150502', { name: '焊工班', occupation_code: '6-18-02-04', start_date: d('03-01'), end_date: d('03-31') });
    const tr = await b.trainees(cls, { institution: inst, region: '150502', workers: await b.people(5, '150502', [22, 44]), passes: () => true });
    const cert = (i: number, issuer: string, on: string, occupation = '6-18-02-04') =>
      b.w.certificate({ worker_id: tr[i].worker, enrollment_id: tr[i].enrollment, number: `T-${i}-${on}`, occupation_code: occupation, issuer, issued_on: on });
    c.early = await cert(0, DEMO_ISSUERS[0].name, d('03-21'));
    c.onTheDay = await cert(1, DEMO_ISSUERS[0].name, d('03-31'));
    c.rogue1 = await cert(2, ROGUE, d('04-05'));
    c.rogue2 = await cert(3, ROGUE, d('04-06'));
    c.wrongTrade = await cert(4, WRONG_TRADE, d('04-05'), '4-10-01-06');
    claims = tr.map((x) => x.claim!);
    // A certificate without a class, held by a worker of the subtree: judged by its issuer only.
    const loner = await b.person('150502', [30, 40]);
    c.loner = await b.w.certificate({ worker_id: loner, enrollment_id: null, number: 'T-loner', occupation_code: '6-18-02-04', issuer: ROGUE, issued_on: d('01-10') });
  }, 120_000);

  it('finds the early certificate and one case per unregistered issuer and occupation', async () => {
    const hits = await runCheck(check, t().services);
    expect(keysOf(hits)).toEqual([`certificate:${c.early}:early`, `issuer:6-18-02-04:${ROGUE}`, `issuer:4-10-01-06:${WRONG_TRADE}`].sort());
    expect(JSON.stringify(hits)).not.toMatch(CLEAR_PII);
  });

  it('explains dates, the register and the certificates, and holds the claims of their classes', async () => {
    const hits = await runCheck(check, t().services);
    const early = hitFor(hits, `certificate:${c.early}:early`);
    expect(early.evidence).toMatchObject({ finding: 'issued-before-class-end', days_early: 10 });
    expect(early.claimIds).toEqual([claims[0]]);
    const rogue = hitFor(hits, `issuer:6-18-02-04:${ROGUE}`);
    expect(rogue.evidence).toMatchObject({ issuer_in_register: false, registered_occupations: [] });
    expect((rogue.evidence as any).certificates.map((x: any) => x.certificate_id)).toEqual([c.rogue1, c.rogue2, c.loner]);
    expect(rogue.claimIds).toEqual([claims[2], claims[3]]);
    const wrong = hitFor(hits, `issuer:4-10-01-06:${WRONG_TRADE}`);
    expect(wrong.evidence).toMatchObject({ issuer_in_register: true, registered_occupations: ['4-03-02-01', '6-18-02-04'] });
    expect(wrong.summary).toContain('未登记职业 4-10-01-06');
  });

  it('narrows to the claims’ certificates and to the subtree', async () => {
    expect(keysOf(await runCheck(check, t().services, { claimIds: [claims[0]] }))).toEqual([`certificate:${c.early}:early`]);
    expect(await runCheck(check, t().services, { region: '150200' })).toEqual([]);
  });

  it('does not judge issuers while the register is empty', async () => {
    const { knex } = t().services.db;
    const saved = await knex('issuers').select();
    await knex('issuers').delete();
    try {
      expect(keysOf(await runCheck(check, t().services))).toEqual([`certificate:${c.early}:early`]);
    } finally {
      await knex('issuers').insert(saved);
    }
  });
});
