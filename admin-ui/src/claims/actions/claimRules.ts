// The claim's workflow actions, in the order the buttons show them; which of them a user may take is the server's answer
// (GET /api/claims/:id/transitions, core/workflow/claim-steps.ts).
export type ClaimAction = 'submit' | 'review' | 'approve' | 'reject' | 'pay';

export const CLAIM_ACTIONS: ClaimAction[] = ['submit', 'review', 'approve', 'reject', 'pay'];
