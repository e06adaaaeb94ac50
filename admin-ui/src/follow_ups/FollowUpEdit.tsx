// FollowUpEdit: records the outcome of a follow-up visit.
import { Edit, SimpleForm } from 'react-admin';
import { toPatch } from '../common/toPatch';
import { FollowUpInputs } from './FollowUpInputs';

export const FollowUpEdit = () => (
  <Edit mutationMode="pessimistic" transform={toPatch()} redirect="show">
    <SimpleForm>
      <FollowUpInputs />
    </SimpleForm>
  </Edit>
);
