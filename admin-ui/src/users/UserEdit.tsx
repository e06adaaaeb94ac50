// UserEdit: changes an account; a blank password is not sent, clearing "locked until" unlocks it.
import { DateTimeInput, Edit, SimpleForm } from 'react-admin';
import { toIsoTimestamp } from '../common/dates';
import { toPatch } from '../common/toPatch';
import { UserInputs } from './UserInputs';

const strip = toPatch();
const transform = (data: Record<string, unknown>) => {
  const patch = strip(data);
  if (!patch.password) delete patch.password;
  return patch;
};

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" transform={transform} redirect="show">
    <SimpleForm>
      <UserInputs />
      <DateTimeInput source="locked_until" parse={toIsoTimestamp} />
    </SimpleForm>
  </Edit>
);
