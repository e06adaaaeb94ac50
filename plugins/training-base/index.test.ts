// The training-base facts: the base's approval, level and area, and its results over the assessed period.
import { expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { insertTrainingClaim, insertWorker } from '../../core/rules/testing/scenario.js';
import { resolveFacts } from '../../core/rules/testing/facts.js';
import { REWARD_STANDARD_FEN, TILT } from './index.js';

const now = () => new Date().toISOString();
const book = () => ({ created_at: now(), updated_at: now(), version: 1 });

describeEachDb('training-base facts', (t) => {
  it('give the base\'s approval and its trained count, certificate and employment rates, standard and tilt', async () => {
    const { services } = t();
    const knex = services.db.knex;
    // four completed enrolments of the institution's subsidised classes in the period, two certified, three followed up (two employed)
    const first = await insertTrainingClaim(services, (await insertWorker(services)).id, { region: '152502', certificate: true, end: '2024-06-14' });
    const institutionId = first.institutionId;
    const enrolments = [first.enrollmentId];
    for (let i = 0; i < 3; i++) {
      const w = await insertWorker(services);
      const [e] = await knex('enrollments').insert({ program_id: first.programId, worker_id: w.id, status: 'completed', enrolled_on: '2024-05-01', attended_hours: 120, ...book() });
      enrolments.push(typeof e === 'object' ? (e as any).id : e);
      if (i === 0) await knex('certificates').insert({ worker_id: w.id, enrollment_id: enrolments.at(-1), kind: 'skill_level', number: `TB-${w.id}`, occupation_code: '6-18-02-04', level: '5', issuer: '测试', issued_on: '2024-06-20', ...book() });
    }
    const dropped = await insertWorker(services);
    await knex('enrollments').insert({ program_id: first.programId, worker_id: dropped.id, status: 'withdrawn', enrolled_on: '2024-05-01', attended_hours: 8, ...book() });
    const workerOf = async (e: number) => (await knex('enrollments').where({ id: e }).first('worker_id')).worker_id;
    for (const [e, employed] of [[enrolments[0], true], [enrolments[1], true], [enrolments[2], false]] as const) {
      await knex('follow_ups').insert({ enrollment_id: e, worker_id: await workerOf(e), region_code: '152502', due_on: '2024-09-14', months_after: 3, done_on: '2024-09-10', employed, ...book() });
    }
    await knex('follow_ups').insert({ enrollment_id: enrolments[3], worker_id: await workerOf(enrolments[3]), region_code: '152502', due_on: '2024-09-14', months_after: 3, ...book() });
    const [baseId] = await knex('bases').insert({ name: '测试实训基地', institution_id: institutionId, region_code: '152502', area_type: 'pastoral', capacity: 100, level: 'league', ...book() });
    const [claimId] = await knex('claims').insert({
      type: 'base_reward', base_id: typeof baseId === 'object' ? (baseId as any).id : baseId, institution_id: institutionId, region_code: '152502',
      claim_date: '2024-12-20', period_from: '2024-01-01', period_to: '2024-12-31', requested_fen: 0, state: 'submitted', ...book(),
    });
    const facts = await resolveFacts(services, Number(typeof claimId === 'object' ? (claimId as any).id : claimId), ['baseOutcome']);
    expect(facts).toEqual({
      trainingBase: { approved: true, areaType: 'pastoral', level: 'league' },
      baseOutcome: { periodTrainedCount: 4, certificateRate: 0.5, employmentRate: 0.6667, rewardStandardFen: REWARD_STANDARD_FEN.league, tiltFactor: TILT.pastoral },
    });
  });

  it('give an unapproved empty base when the claim names none', async () => {
    const { services } = t();
    const c = await insertTrainingClaim(services, (await insertWorker(services)).id, { type: 'base_reward' });
    expect(await resolveFacts(services, c.claimId, ['baseOutcome'])).toEqual({
      trainingBase: { approved: false, areaType: null, level: null },
      baseOutcome: { periodTrainedCount: 0, certificateRate: 0, employmentRate: 0, rewardStandardFen: 0, tiltFactor: 1 },
    });
  });
});
