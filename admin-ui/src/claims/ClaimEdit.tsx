// ClaimEdit: a maker edits and submits a draft; a reviewer decides; an administrator may do both.
import { Edit, SimpleForm, usePermissions } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { isAdmin } from '../permissions';
import { ClaimDecisionInputs, rejectionNeedsReason } from './ClaimDecisionInputs';
import { ClaimInputs } from './ClaimInputs';
import { claimPatch } from './claimPatch';
import { ClaimSummary } from './ClaimSummary';

export const ClaimEdit = () => {
  const { permissions: role } = usePermissions();
  const decides = role === 'reviewer' || isAdmin(role);
  const makes = role !== 'reviewer';
  return (
    <Edit mutationMode="pessimistic" transform={claimPatch(role)} redirect="show">
      <SimpleForm validate={rejectionNeedsReason}>
        {makes ? <ClaimInputs /> : <ClaimSummary />}
        {makes && !decides && <EnumInput source="state" of="claim_state" only={['draft', 'submitted']} />}
        {decides && <ClaimDecisionInputs />}
      </SimpleForm>
    </Edit>
  );
};
