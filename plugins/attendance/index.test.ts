// The attendance fact: attended hours summed from the sessions, the completion ratio, completion and assessment.
import { describe, expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { insertTrainingClaim, insertWorker } from '../../core/rules/testing/scenario.js';
import { resolveFacts } from '../../core/rules/testing/facts.js';
import { completionRatio } from './index.js';

describe('completionRatio', () => {
  it('is attended over planned, at most 1, to 4 decimals; 0 without planned hours', () => {
    expect(completionRatio(102, 120)).toBe(0.85);
    expect(completionRatio(100, 120)).toBe(0.8333);
    expect(completionRatio(130, 120)).toBe(1);
    expect(completionRatio(10, 0)).toBe(0);
  });
});

describeEachDb('attendance fact', (t) => {
  it('sums the sessions of the enrolment', async () => {
    const { services } = t();
    const c = await insertTrainingClaim(services, (await insertWorker(services)).id, { hours: 120, attended: 100 });
    expect((await resolveFacts(services, c.claimId, ['attendance'])).attendance).toEqual({
      attendedHours: 100, plannedHours: 120, completionRatio: 0.8333, completed: true, assessment: 'pass',
    });
  });

  it('reports an unfinished enrolment without assessment, and zeros without an enrolment', async () => {
    const { services } = t();
    const open = await insertTrainingClaim(services, (await insertWorker(services)).id, { hours: 80, attended: 16, completed: false, assessment: null });
    expect((await resolveFacts(services, open.claimId, ['attendance'])).attendance).toEqual({ attendedHours: 16, plannedHours: 80, completionRatio: 0.2, completed: false, assessment: null });
    await services.db.knex('claims').where({ id: open.claimId }).update({ enrollment_id: null });
    expect((await resolveFacts(services, open.claimId, ['attendance'])).attendance).toEqual({ attendedHours: 0, plannedHours: 0, completionRatio: 0, completed: false, assessment: null });
  });
});
