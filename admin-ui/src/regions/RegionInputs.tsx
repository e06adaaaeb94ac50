// RegionInputs: the inputs of a region node other than its code, shared by create and edit.
import { BooleanInput, required, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';

export const RegionInputs = () => (
  <>
    <Row>
      <TextInput source="name" validate={required()} />
      <EnumInput source="level" of="region_level" validate={required()} />
    </Row>
    <Row>
      <RefInput source="parent_id" reference="regions" />
      <TextInput source="slug" />
    </Row>
    <Row>
      <BooleanInput source="owns_config" />
      <BooleanInput source="is_example" />
    </Row>
  </>
);
