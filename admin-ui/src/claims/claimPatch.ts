// claimPatch: what a draft claim's PUT carries: the application fields; state and decision move only through actions.
import { toPatch } from '../common/toPatch';

export const claimPatch = toPatch(
  'state', 'outcome', 'decision', 'decided_fen', 'rejection_reason', 'submitted_at', 'decided_at', 'decided_by', 'paid_at', 'form_version',
);
