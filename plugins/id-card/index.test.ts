// The id-card fact: validity, age on the claim date, birth region and gender from the encrypted ID number — never the number.
import { describe, expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { idNumber } from '../../core/test/fixtures.js';
import { insertTrainingClaim, insertWorker } from '../../core/rules/testing/scenario.js';
import { resolveFacts } from '../../core/rules/testing/facts.js';
import { idCardFacts } from './index.js';

describe('idCardFacts', () => {
  it('gives validity, whole years on the date, birth date, region and gender', () => {
    const id = idNumber('150203', '19900620', 11);
    expect(idCardFacts(id, '2024-06-19')).toEqual({ valid: true, age: 33, birthDate: '1990-06-20', birthRegionCode: '150203', gender: 'male' });
    expect(idCardFacts(id, '2024-06-20').age).toBe(34);
    expect(idCardFacts(idNumber('150203', '19900620', 12), '2024-06-20').gender).toBe('female');
  });

  it('is invalid, with the reason, for a wrong check character or no number', () => {
    const id = idNumber('150203', '19900620', 11);
    const wrong = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    expect(idCardFacts(wrong, '2024-06-20')).toEqual({ valid: false, age: null, birthDate: null, birthRegionCode: null, gender: null, problem: expect.stringContaining('校验位') });
    expect(idCardFacts(null, '2024-06-20')).toMatchObject({ valid: false, age: null });
  });
});

describeEachDb('id-card fact', (t) => {
  it('reads the worker\'s encrypted ID through FactServices and stores no part that identifies the person', async () => {
    const { services } = t();
    const worker = await insertWorker(services, { region: '150602', birth: '19700101' });
    const c = await insertTrainingClaim(services, worker.id, { claimDate: '2024-06-20' });
    const facts = await resolveFacts(services, c.claimId, ['idCard']);
    expect(facts).toEqual({ idCard: { valid: true, age: 54, birthDate: '1970-01-01', birthRegionCode: '150602', gender: expect.any(String) } });
    expect(JSON.stringify(facts)).not.toContain(worker.idNumber);
    // on another date the age is the age on that date
    expect((await resolveFacts(services, c.claimId, ['idCard'], '2030-01-01')).idCard.age).toBe(60);
  });

  it('is invalid for a claim without a worker', async () => {
    const { services } = t();
    const c = await insertTrainingClaim(services, (await insertWorker(services)).id);
    await services.db.knex('claims').where({ id: c.claimId }).update({ worker_id: null });
    expect((await resolveFacts(services, c.claimId, ['idCard'])).idCard).toMatchObject({ valid: false, age: null });
  });
});
