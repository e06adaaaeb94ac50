// claimPatch: what a claim's PUT carries for each role; a reviewer sends only the decision.
import { isAdmin } from '../permissions';
import { toPatch } from '../common/toPatch';

const SYSTEM = ['outcome', 'decision', 'submitted_at', 'decided_at', 'decided_by', 'paid_at'];
const DECISION = ['state', 'decided_fen', 'rejection_reason', 'fund_source_id'];

export const claimPatch = (role: unknown) => (data: Record<string, unknown>) => {
  if (role === 'reviewer') {
    return Object.fromEntries([...DECISION, 'version'].map((key) => [key, data[key]]));
  }
  const patch = toPatch(...SYSTEM)(data);
  if (!isAdmin(role)) for (const key of DECISION.slice(1)) delete patch[key];
  return patch;
};
