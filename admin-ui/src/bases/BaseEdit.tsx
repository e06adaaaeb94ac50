// BaseEdit: edits a training base.
import { Edit, SimpleForm } from 'react-admin';
import { toPatch } from '../common/toPatch';
import { BaseInputs } from './BaseInputs';

export const BaseEdit = () => (
  <Edit mutationMode="pessimistic" transform={toPatch()} redirect="show">
    <SimpleForm>
      <BaseInputs />
    </SimpleForm>
  </Edit>
);
