// shared-contact: three people on one phone or one payee account are found by blind index; two are not.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { systemContext } from '../../core/http/context.js';
import { seedCleanSample } from '../../core/demo/risk-clean-sample.js';
import { SHARED_CONTACT_MIN, sharedContact as check } from './shared-contact.js';
import { builder, hitFor, keysOf, runCheck } from './test-kit.js';

describeEachDb('shared-contact', (t) => {
  const phone = '13912340000';
  const account = '6228480012345678901';
  let phoneKey: string, accountKey: string;
  const people: Record<string, number[]> = {};
  let claim = 0;

  beforeAll(async () => {
    const { services } = t();
    await seedCleanSample(services, systemContext('test'));
    const b = builder(services, 13);
    const inst = await b.institution('乌兰察布集宁示例培训学校', '150902');
    // Three on one phone, one of them in another 盟市.
    people.phone = [await b.person('150902', [25, 44], { phone }), await b.person('150902', [25, 44], { phone }), await b.person('150102', [25, 44], { phone })];
    // Three with one payee account (different phones).
    people.account = [];
    for (let i = 0; i < SHARED_CONTACT_MIN; i++) {
      const id = await b.person('150921', [25, 44]);
      await services.db.knex('workers').where({ id }).update({ payee_account_enc: services.pii.encrypt(account), payee_account_idx: services.pii.blindIndex(account) });
      people.account.push(id);
    }
    const cls = await b.cls(inst, '150902', { name: '家政班', occupation_code: '4-10-01-06', start_date: b.d('03-01'), end_date: b.d('03-31') });
    claim = (await b.trainees(cls, { institution: inst, region: '150902', workers: people.phone.slice(0, 2) }))[1].claim!;
    phoneKey = `phone:${services.pii.blindIndex(phone).slice(0, 16)}`;
    accountKey = `account:${services.pii.blindIndex(account).slice(0, 16)}`;
  }, 120_000);

  it('finds the shared phone and the shared account, not the couple of the clean sample', async () => {
    expect(keysOf(await runCheck(check, t().services))).toEqual([accountKey, phoneKey].sort());
  });

  it('names the people by id, never the number, and belongs to the node over all of them', async () => {
    const hits = await runCheck(check, t().services);
    const text = JSON.stringify(hits);
    expect(text).not.toContain(phone);
    expect(text).not.toContain(phone.slice(3));
    expect(text).not.toContain(account);
    const byPhone = hitFor(hits, phoneKey);
    expect(byPhone.workerIds).toEqual([...people.phone].sort((a, b) => a - b));
    expect(byPhone.evidence).toMatchObject({ contact: 'phone', people: 3, threshold: SHARED_CONTACT_MIN, regions: ['150102', '150902'] });
    expect(byPhone.regionCode).toBe('150000');
    expect(byPhone.claimIds).toHaveLength(2);
    expect(byPhone.institutionId).toBeGreaterThan(0);
    const byAccount = hitFor(hits, accountKey);
    expect(byAccount.regionCode).toBe('150921');
    expect(byAccount.claimIds).toEqual([]);
  });

  it('a scan of a node with any of the sharers finds the whole group; a claim scan finds its worker’s group only', async () => {
    const hohhot = await runCheck(check, t().services, { region: '150100' });
    expect(keysOf(hohhot)).toEqual([phoneKey]);
    expect(hitFor(hohhot, phoneKey).workerIds).toHaveLength(3);
    expect(keysOf(await runCheck(check, t().services, { claimIds: [claim] }))).toEqual([phoneKey]);
    expect(await runCheck(check, t().services, { region: '150600' })).toEqual([]);
  });
});
