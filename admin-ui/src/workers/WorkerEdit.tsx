// WorkerEdit: edits a worker; the ID number and what derives from it are not editable, masked values are not sent back.
import { Edit, SimpleForm, TextInput } from 'react-admin';
import { toPatch } from '../common/toPatch';
import { WorkerInputs } from './WorkerInputs';
import { ExtraFieldsInput } from '../forms/ExtraFieldsInput';

const strip = toPatch('id_number', 'gender', 'birth_date', 'home_region_code');

const transform = (data: Record<string, unknown>) => {
  const patch = strip(data);
  for (const field of ['phone', 'payee_account']) {
    if (typeof patch[field] === 'string' && (patch[field] as string).includes('*')) delete patch[field];
  }
  return patch;
};

export const WorkerEdit = () => (
  <Edit mutationMode="pessimistic" transform={transform} redirect="show">
    <SimpleForm>
      <TextInput source="id_number" readOnly />
      <WorkerInputs masked />
      <ExtraFieldsInput entity="worker" />
    </SimpleForm>
  </Edit>
);
