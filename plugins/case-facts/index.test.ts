// The case facts: the claim (with its 盟市), the worker, the class with its institution's approval, and the certificate.
import { describe, expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { insertTrainingClaim, insertWorker } from '../../core/rules/testing/scenario.js';
import { resolveFacts } from '../../core/rules/testing/facts.js';
import { leagueOf } from './index.js';

describe('leagueOf', () => {
  it('is the node just below the autonomous region, or the node itself', () => {
    expect(leagueOf(['150203', '150200', '150000'])).toBe('150200');
    expect(leagueOf(['150781', '150700', '150000'])).toBe('150700');
    expect(leagueOf(['150200', '150000'])).toBe('150200');
    expect(leagueOf(['150000'])).toBe('150000');
  });
});

describeEachDb('case facts', (t) => {
  it('describe the claim, its worker, its class and its certificate', async () => {
    const { services } = t();
    const worker = await insertWorker(services, { region: '150203', category: 'returnee' });
    const c = await insertTrainingClaim(services, worker.id, { region: '150203', hours: 120, certificate: true });
    const facts = await resolveFacts(services, c.claimId, ['claim', 'worker', 'program', 'certificate']);
    expect(facts.claim).toEqual({ type: 'training', regionCode: '150203', leagueCode: '150200', claimDate: '2024-06-20', requestedFen: 150000 });
    expect(facts.worker).toEqual({ category: 'returnee', traits: ['youth'], regionCode: '150203' });
    expect(facts.program).toEqual({
      found: true, occupationCode: '6-18-02-04', level: '5', trainingKind: 'employment_skills', mode: 'order', delivery: 'offline', hours: 120,
      targetGroup: 'general', subsidised: true, startDate: '2024-05-06', endDate: '2024-06-14', institutionApproved: true, institutionId: c.institutionId,
    });
    expect(facts.certificate).toMatchObject({ present: true, kind: 'skill_level', level: '5', occupationCode: '6-18-02-04', matchesProgram: true, issuedOn: '2024-06-16' });
  });

  it('finds the enrolment\'s certificate when the claim names none, and says when it does not match the class', async () => {
    const { services } = t();
    const c = await insertTrainingClaim(services, (await insertWorker(services)).id, { certificate: true });
    const knex = services.db.knex;
    await knex('claims').where({ id: c.claimId }).update({ certificate_id: null });
    await knex('certificates').where({ id: c.certificateId }).update({ level: '4' });
    const facts = await resolveFacts(services, c.claimId, ['certificate']);
    expect(facts.certificate).toMatchObject({ present: true, level: '4', matchesProgram: false });
    expect(Object.keys(facts)).toEqual(['program', 'certificate']); // a dependency is gathered first
  });

  it('says the institution is not approved when suspended or when its approval does not cover the whole class', async () => {
    const { services } = t();
    const knex = services.db.knex;
    const suspended = await insertTrainingClaim(services, (await insertWorker(services)).id, { institutionApproved: false });
    expect((await resolveFacts(services, suspended.claimId, ['program'])).program.institutionApproved).toBe(false);
    const lapsed = await insertTrainingClaim(services, (await insertWorker(services)).id);
    await knex('institutions').where({ id: lapsed.institutionId }).update({ approved_to: '2024-06-01' });
    expect((await resolveFacts(services, lapsed.claimId, ['program'])).program.institutionApproved).toBe(false);
  });

  it('gives empty values for a claim without class, certificate or worker', async () => {
    const { services } = t();
    const c = await insertTrainingClaim(services, (await insertWorker(services)).id);
    await services.db.knex('claims').where({ id: c.claimId }).update({ program_id: null, enrollment_id: null, worker_id: null });
    const facts = await resolveFacts(services, c.claimId, ['worker', 'program', 'certificate']);
    expect(facts.worker).toEqual({ category: null, traits: [], regionCode: null });
    expect(facts.program).toMatchObject({ found: false, occupationCode: null, hours: 0, institutionApproved: false });
    expect(facts.certificate).toMatchObject({ present: false, matchesProgram: false });
  });
});
