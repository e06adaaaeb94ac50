// ProgramEdit: edits a class.
import { Edit, SimpleForm } from 'react-admin';
import { dateOrder } from '../common/dates';
import { toPatch } from '../common/toPatch';
import { ProgramInputs } from './ProgramInputs';
import { ExtraFieldsInput } from '../forms/ExtraFieldsInput';

export const ProgramEdit = () => (
  <Edit mutationMode="pessimistic" transform={toPatch()} redirect="show">
    <SimpleForm validate={dateOrder('start_date', 'end_date')}>
      <ProgramInputs />
      <ExtraFieldsInput entity="program" />
    </SimpleForm>
  </Edit>
);
