// The steps offered on a claim: by role and state, never to its maker (经办与审核分离), never approving an ineligible one.
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../http/context.js';
import { claimSteps } from './transitions.js';

const as = (role: string, id = 3, institution_id: number | null = null): RequestContext =>
  ({ user: { id, username: 'u', display_name: 'u', role, region_code: '150200', region_path: '/150000/150200/', institution_id }, requestId: 't', ip: null }) as RequestContext;

describe('claim steps', () => {
  it('lets makers submit drafts and deciders decide submitted claims', () => {
    expect(claimSteps(as('institution_staff', 3, 7), { state: 'draft', institution_id: 7 })).toEqual(['submit']);
    expect(claimSteps(as('institution_staff', 3, 7), { state: 'submitted', institution_id: 7 })).toEqual([]);
    expect(claimSteps(as('reviewer'), { state: 'submitted', outcome: 'eligible' })).toEqual(['review', 'approve', 'reject']);
    expect(claimSteps(as('reviewer'), { state: 'under_review', outcome: 'ineligible' })).toEqual(['reject']);
  });

  it('keeps 驳回 on an approved claim until it is paid, and payment for administrators', () => {
    expect(claimSteps(as('reviewer'), { state: 'approved' })).toEqual(['reject']);
    expect(claimSteps(as('region_admin'), { state: 'approved', created_by: 9 })).toEqual(['reject', 'pay']);
    expect(claimSteps(as('reviewer'), { state: 'paid' })).toEqual([]);
  });

  it('never offers a decision to whoever created or submitted the claim', () => {
    expect(claimSteps(as('region_admin'), { state: 'submitted', created_by: 3 })).toEqual([]);
    expect(claimSteps(as('reviewer'), { state: 'submitted', submitted_by: 3 })).toEqual([]);
  });
});
