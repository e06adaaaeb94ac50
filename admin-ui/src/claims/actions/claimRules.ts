// Which workflow actions a role may take on a claim in its state (the API's rules: makers submit, checkers decide, admins pay).
export type ClaimAction = 'submit' | 'review' | 'approve' | 'reject' | 'pay';

const MAKERS = ['platform_admin', 'region_admin', 'institution_staff'];
const DECIDERS = ['platform_admin', 'region_admin', 'reviewer'];
const PAYERS = ['platform_admin', 'region_admin'];

const RULES: Record<ClaimAction, { roles: string[]; states: string[] }> = {
  submit: { roles: MAKERS, states: ['draft'] },
  review: { roles: DECIDERS, states: ['submitted'] },
  approve: { roles: DECIDERS, states: ['submitted', 'under_review'] },
  reject: { roles: DECIDERS, states: ['submitted', 'under_review', 'approved'] },
  pay: { roles: PAYERS, states: ['approved'] },
};

export const CLAIM_ACTIONS = Object.keys(RULES) as ClaimAction[];

type ClaimLike = Record<string, unknown>;

/**
 * The actions to offer. Deciding is refused for the claim's maker (经办与审核分离), and an
 * ineligible claim cannot be approved; the API checks both again.
 */
export const claimActions = (role: unknown, claim: ClaimLike | undefined, userId?: unknown): ClaimAction[] => {
  if (!claim) return [];
  const own = userId != null && String(claim.created_by) === String(userId);
  return CLAIM_ACTIONS.filter((action) => {
    const rule = RULES[action];
    if (!rule.roles.includes(String(role)) || !rule.states.includes(String(claim.state))) return false;
    if (own && (action === 'review' || action === 'approve' || action === 'reject')) return false;
    return !(action === 'approve' && claim.outcome === 'ineligible');
  });
};
