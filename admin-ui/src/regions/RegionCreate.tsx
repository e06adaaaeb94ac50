// RegionCreate: adds a node to the tree; its id is its GB/T 2260 code (the path is computed by the API).
import { Create, required, SimpleForm, TextInput } from 'react-admin';
import { regionCode } from '../common/validators';
import { RegionInputs } from './RegionInputs';

export const RegionCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TextInput source="id" validate={[required(), regionCode]} />
      <RegionInputs />
    </SimpleForm>
  </Create>
);
