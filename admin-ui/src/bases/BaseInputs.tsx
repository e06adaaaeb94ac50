// BaseInputs: a training base's inputs, shared by create and edit.
import { minValue, NumberInput, required, TextArrayInput, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';

export const BaseInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <Row>
      <RefInput source="institution_id" reference="institutions" validate={required()} />
      <RefInput source="region_code" reference="regions" validate={required()} />
    </Row>
    <Row>
      <EnumInput source="area_type" of="area_type" validate={required()} />
      <EnumInput source="level" of="base_level" validate={required()} />
      <NumberInput source="capacity" step={1} validate={minValue(0)} />
    </Row>
    <TextArrayInput source="occupations" />
  </>
);
