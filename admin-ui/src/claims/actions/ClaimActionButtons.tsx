// ClaimActionButtons: the workflow buttons the server allows this user on this claim now; each asks before it acts.
import { useState } from 'react';
import { Confirm, useRecordContext } from 'react-admin';
import { Button } from '../../common/Button';
import { useTransitions } from '../../common/useTransitions';
import { ApproveDialog } from './ApproveDialog';
import { CLAIM_ACTIONS, type ClaimAction } from './claimRules';
import { RejectDialog } from './RejectDialog';
import { useClaimAction } from './useClaimAction';

export const ClaimActionButtons = ({ limitFen = null }: { limitFen?: number | null }) => {
  const record = useRecordContext();
  // The steps the server accepts for this claim and this user (state, role, maker–checker, outcome).
  const transitions = useTransitions('claims', record?.id, `${record?.state}:${record?.version}`);
  const { run, busy } = useClaimAction(record);
  const [open, setOpen] = useState<ClaimAction | null>(null);
  if (!record) return null;
  const actions = CLAIM_ACTIONS.filter((a) => transitions?.allowed.includes(a));
  const close = () => setOpen(null);
  const act = async (action: ClaimAction, body?: Record<string, unknown>) => {
    if (await run(action, body)) close();
  };
  return (
    <>
      {actions.map((action) => (
        <Button key={action} label={`steppe.claims.action.${action}`} onClick={() => setOpen(action)} disabled={busy}
          variant={action === 'approve' || action === 'submit' ? 'contained' : 'text'} color={action === 'reject' ? 'error' : 'primary'} />
      ))}
      {open === 'approve' && <ApproveDialog open record={record} busy={busy} limitFen={limitFen} onClose={close} onApprove={(b) => act('approve', b)} />}
      {open === 'reject' && <RejectDialog open record={record} busy={busy} onClose={close} onReject={(reason) => act('reject', { reason })} />}
      {(open === 'submit' || open === 'review' || open === 'pay') && (
        <Confirm isOpen loading={busy} title={`steppe.claims.confirm.${open}`} content={`steppe.claims.confirm.${open}_content`}
          titleTranslateOptions={{ id: record.id }} contentTranslateOptions={{ id: record.id }} onConfirm={() => act(open)} onClose={close} />
      )}
    </>
  );
};
