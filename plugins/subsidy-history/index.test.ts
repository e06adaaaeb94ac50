// The subsidy-history fact: approved or paid, and pending, claims of the person for the same occupation and level, region-wide.
import { expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { insertTrainingClaim, insertWorker } from '../../core/rules/testing/scenario.js';
import { resolveFacts } from '../../core/rules/testing/facts.js';

describeEachDb('subsidy-history fact', (t) => {
  const history = async (claimId: number) => (await resolveFacts(t().services, claimId, ['subsidyHistory'])).subsidyHistory;

  it('counts approved and paid claims anywhere in the region, never the claim itself, naming where they were', async () => {
    const { services } = t();
    const knex = services.db.knex;
    const worker = await insertWorker(services);
    const paid = await insertTrainingClaim(services, worker.id, { region: '150102', state: 'paid' });
    await knex('claims').where({ id: paid.claimId }).update({ decided_fen: 150000 });
    const approved = await insertTrainingClaim(services, worker.id, { region: '152502', state: 'approved' });
    const pending: number[] = [];
    for (const state of ['draft', 'submitted', 'under_review', 'rejected']) {
      const c = await insertTrainingClaim(services, worker.id, { state });
      if (state === 'submitted' || state === 'under_review') pending.push(c.claimId);
    }
    const current = await insertTrainingClaim(services, worker.id, { region: '150203' });
    await knex('claims').where({ id: current.claimId }).update({ state: 'approved' }); // even once approved, it is not its own history
    expect(await history(current.claimId)).toEqual({
      sameOccupationLevelCount: 2,
      priorClaims: [
        { id: paid.claimId, regionCode: '150102', regionName: '呼和浩特市新城区', type: 'training', state: 'paid', decidedFen: 150000 },
        { id: approved.claimId, regionCode: '152502', regionName: '锡林郭勒盟锡林浩特市', type: 'training', state: 'approved', decidedFen: null },
      ],
      // Pending elsewhere: submitted or in review, never a draft or a rejected claim.
      pendingCount: 2,
      pendingClaims: [
        { id: pending[0], regionCode: '150102', regionName: '呼和浩特市新城区', type: 'training', state: 'submitted', decidedFen: null },
        { id: pending[1], regionCode: '150102', regionName: '呼和浩特市新城区', type: 'training', state: 'under_review', decidedFen: null },
      ],
    });
  });

  it('counts only the same occupation and level, and 技能提升补贴 with 培训补贴 but not 评价补贴', async () => {
    const { services } = t();
    const worker = await insertWorker(services);
    await insertTrainingClaim(services, worker.id, { level: '4', hours: 160, state: 'paid' });
    await insertTrainingClaim(services, worker.id, { occupation: '6-31-01-03', state: 'paid' });
    await insertTrainingClaim(services, worker.id, { type: 'evaluation', state: 'paid' });
    const other = await insertWorker(services);
    await insertTrainingClaim(services, other.id, { state: 'paid' });
    const training = await insertTrainingClaim(services, worker.id);
    expect(await history(training.claimId)).toEqual({ sameOccupationLevelCount: 0, priorClaims: [], pendingCount: 0, pendingClaims: [] });
    const upgrade = await insertTrainingClaim(services, worker.id, { type: 'upgrade', state: 'paid' });
    expect((await history(training.claimId)).priorClaims.map((c: any) => [c.id, c.type])).toEqual([[upgrade.claimId, 'upgrade']]);
    const evaluation = await insertTrainingClaim(services, worker.id, { type: 'evaluation' });
    expect((await history(evaluation.claimId)).sameOccupationLevelCount).toBe(1);
  });

  it('matches by certificate when a claim has no class', async () => {
    const { services } = t();
    const worker = await insertWorker(services);
    const earlier = await insertTrainingClaim(services, worker.id, { type: 'evaluation', certificate: true, state: 'paid' });
    await services.db.knex('claims').where({ id: earlier.claimId }).update({ program_id: null });
    const now = await insertTrainingClaim(services, worker.id, { type: 'evaluation', certificate: true });
    await services.db.knex('claims').where({ id: now.claimId }).update({ program_id: null });
    expect((await history(now.claimId)).priorClaims.map((c: any) => c.id)).toEqual([earlier.claimId]);
  });
});
