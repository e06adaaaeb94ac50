// The claim's workflow steps in one list: who may take each and from which states. The actions enforce it; the
// transitions endpoint tells the console, so it offers exactly what the server will accept.
export type ClaimStep = 'submit' | 'review' | 'approve' | 'reject' | 'pay';

export const MAKERS = new Set(['platform_admin', 'region_admin', 'institution_staff']);
export const DECIDERS = new Set(['platform_admin', 'region_admin', 'reviewer']);
export const PAYERS = new Set(['platform_admin', 'region_admin']);

/**
 * Rejecting an approved claim stays possible until it is paid: a reviewer who finds a reason after approving (a risk
 * case, a forged certificate) takes the approval back; the reservation and the entitlement are given back with it.
 */
export const CLAIM_STEPS: Record<ClaimStep, { roles: Set<string>; states: string[] }> = {
  submit: { roles: MAKERS, states: ['draft'] },
  review: { roles: DECIDERS, states: ['submitted'] },
  approve: { roles: DECIDERS, states: ['submitted', 'under_review'] },
  reject: { roles: DECIDERS, states: ['submitted', 'under_review', 'approved'] },
  pay: { roles: PAYERS, states: ['approved'] },
};
