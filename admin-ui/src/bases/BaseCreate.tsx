// BaseCreate: registers a training base.
import { Create, SimpleForm } from 'react-admin';
import { BaseInputs } from './BaseInputs';

export const BaseCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <BaseInputs />
    </SimpleForm>
  </Create>
);
