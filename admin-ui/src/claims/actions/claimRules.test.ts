// Tests of the claim actions offered per role and state.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimActions } from './claimRules';

describe('claimActions', () => {
  it('offers a maker only the submission of a draft', () => {
    expect(claimActions('institution_staff', { state: 'draft' })).toEqual(['submit']);
    expect(claimActions('institution_staff', { state: 'submitted' })).toEqual([]);
  });
  it('offers a reviewer review, approval and rejection, never payment', () => {
    expect(claimActions('reviewer', { state: 'submitted', outcome: 'eligible' })).toEqual(['review', 'approve', 'reject']);
    expect(claimActions('reviewer', { state: 'under_review', outcome: 'ineligible' })).toEqual(['reject']);
    expect(claimActions('reviewer', { state: 'approved' })).toEqual(['reject']);
  });
  it('lets an administrator pay an approved claim, but not decide one they made', () => {
    expect(claimActions('region_admin', { state: 'approved', created_by: 9 }, 3)).toEqual(['reject', 'pay']);
    expect(claimActions('region_admin', { state: 'submitted', created_by: 3 }, 3)).toEqual([]);
    expect(claimActions('auditor', { state: 'approved' })).toEqual([]);
  });
});
