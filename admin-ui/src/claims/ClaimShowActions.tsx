// ClaimShowActions: the show page's toolbar: edit (drafts only) and the workflow actions of the role.
import { EditButton, TopToolbar, useRecordContext } from 'react-admin';
import { ClaimActionButtons } from './actions/ClaimActionButtons';
import { useDecision } from './decision/useDecision';

export const ClaimShowActions = () => {
  const record = useRecordContext();
  const { decision } = useDecision(record);
  return (
    <TopToolbar>
      <ClaimActionButtons limitFen={decision ? decision.amount_fen : null} />
      {record?.state === 'draft' && <EditButton />}
    </TopToolbar>
  );
};
