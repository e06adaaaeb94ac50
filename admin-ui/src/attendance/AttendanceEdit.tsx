// AttendanceEdit: corrects an attended session.
import { Edit, SimpleForm } from 'react-admin';
import { toPatch } from '../common/toPatch';
import { AttendanceInputs } from './AttendanceInputs';

export const AttendanceEdit = () => (
  <Edit mutationMode="pessimistic" transform={toPatch()} redirect="show">
    <SimpleForm>
      <AttendanceInputs />
    </SimpleForm>
  </Edit>
);
