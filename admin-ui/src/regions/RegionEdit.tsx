// RegionEdit: edits a node of the tree; its code is fixed.
import { Edit, SimpleForm, TextInput } from 'react-admin';
import { toPatch } from '../common/toPatch';
import { RegionInputs } from './RegionInputs';

export const RegionEdit = () => (
  <Edit mutationMode="pessimistic" transform={toPatch('path')} redirect="show">
    <SimpleForm>
      <TextInput source="id" readOnly />
      <RegionInputs />
    </SimpleForm>
  </Edit>
);
