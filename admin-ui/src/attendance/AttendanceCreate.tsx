// AttendanceCreate: records an attended session.
import { Create, SimpleForm } from 'react-admin';
import { AttendanceInputs } from './AttendanceInputs';

export const AttendanceCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <AttendanceInputs />
    </SimpleForm>
  </Create>
);
