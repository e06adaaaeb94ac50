// JobPostingEdit: edits a vacancy.
import { Edit, SimpleForm } from 'react-admin';
import { toPatch } from '../common/toPatch';
import { JobPostingInputs, wageOrder } from './JobPostingInputs';

export const JobPostingEdit = () => (
  <Edit mutationMode="pessimistic" transform={toPatch()} redirect="show">
    <SimpleForm validate={wageOrder}>
      <JobPostingInputs />
    </SimpleForm>
  </Edit>
);
