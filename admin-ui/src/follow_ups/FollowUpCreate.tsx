// FollowUpCreate: schedules or records a follow-up visit.
import { Create, SimpleForm } from 'react-admin';
import { FollowUpInputs } from './FollowUpInputs';

export const FollowUpCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <FollowUpInputs />
    </SimpleForm>
  </Create>
);
