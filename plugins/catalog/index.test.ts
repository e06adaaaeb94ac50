// The catalog fact: the entry in force for the claim's region and date, with a 盟市's own standard where it overrides.
import { expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { insertTrainingClaim, insertWorker } from '../../core/rules/testing/scenario.js';
import { resolveFacts } from '../../core/rules/testing/facts.js';

describeEachDb('catalog fact', (t) => {
  it('reads the 自治区 entry, or the 盟市 override with the node it came from', async () => {
    const { services } = t();
    const hohhot = await insertTrainingClaim(services, (await insertWorker(services)).id, { region: '150102' });
    expect((await resolveFacts(services, hohhot.claimId, ['catalogEntry'])).catalogEntry).toEqual({
      found: true, occupationCode: '6-18-02-04', name: '焊工', level: '5', standardFen: 150000, minHours: 120, shortage: true, sourceNode: '150000',
    });
    const baotou = await insertTrainingClaim(services, (await insertWorker(services)).id, { region: '150203' });
    expect((await resolveFacts(services, baotou.claimId, ['catalogEntry'])).catalogEntry).toMatchObject({ found: true, standardFen: 180000, sourceNode: '150200' });
  });

  it('finds a 盟市\'s own occupation only there', async () => {
    const { services } = t();
    const own = await insertTrainingClaim(services, (await insertWorker(services)).id, { region: '150102', occupation: 'NM-150100-01', level: '4' });
    expect((await resolveFacts(services, own.claimId, ['catalogEntry'])).catalogEntry).toMatchObject({ found: true, name: '乳品加工工', standardFen: 170000, minHours: 140, sourceNode: '150100' });
    const elsewhere = await insertTrainingClaim(services, (await insertWorker(services)).id, { region: '150203', occupation: 'NM-150100-01', level: '4' });
    expect((await resolveFacts(services, elsewhere.claimId, ['catalogEntry'])).catalogEntry).toEqual({
      found: false, occupationCode: 'NM-150100-01', name: null, level: '4', standardFen: 0, minHours: 0, shortage: false, sourceNode: null,
    });
  });

  it('is not found for a level the entry lacks, before the catalog is in force, and uses the certificate when there is no class', async () => {
    const { services } = t();
    const level1 = await insertTrainingClaim(services, (await insertWorker(services)).id, { occupation: '6-29-01-01', level: '1' });
    expect((await resolveFacts(services, level1.claimId, ['catalogEntry'])).catalogEntry.found).toBe(false);
    const early = await insertTrainingClaim(services, (await insertWorker(services)).id, { claimDate: '2023-01-10' });
    expect((await resolveFacts(services, early.claimId, ['catalogEntry'])).catalogEntry.found).toBe(false);
    const evaluation = await insertTrainingClaim(services, (await insertWorker(services)).id, { type: 'evaluation', occupation: '4-10-01-05', level: '4', certificate: true });
    await services.db.knex('claims').where({ id: evaluation.claimId }).update({ program_id: null });
    expect((await resolveFacts(services, evaluation.claimId, ['catalogEntry'])).catalogEntry).toMatchObject({ found: true, occupationCode: '4-10-01-05', level: '4', standardFen: 170000 });
  });
});
