// JobPostingCreate: publishes a vacancy.
import { Create, SimpleForm } from 'react-admin';
import { JobPostingInputs, wageOrder } from './JobPostingInputs';

export const JobPostingCreate = () => (
  <Create redirect="show">
    <SimpleForm validate={wageOrder}>
      <JobPostingInputs />
    </SimpleForm>
  </Create>
);
