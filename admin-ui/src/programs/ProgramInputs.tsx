// ProgramInputs: a class's inputs, shared by create and edit; the occupation comes from the region's catalog.
import { BooleanInput, DateInput, minValue, NumberInput, required, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';
import { StatusInput } from '../common/StatusInput';
import { OccupationInput } from './OccupationInput';

export const ProgramInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <Row>
      <RefInput source="institution_id" reference="institutions" validate={required()} />
      <RefInput source="region_code" reference="regions" validate={required()} />
    </Row>
    <Row>
      <OccupationInput />
      <EnumInput source="level" of="skill_level" validate={required()} />
    </Row>
    <Row>
      <EnumInput source="training_kind" of="training_kind" validate={required()} />
      <EnumInput source="mode" of="program_mode" defaultValue="open" validate={required()} />
      <EnumInput source="delivery" of="delivery" defaultValue="offline" validate={required()} />
    </Row>
    <Row>
      <EnumInput source="target_group" of="target_group" defaultValue="general" />
      <NumberInput source="hours" step={1} validate={minValue(0)} />
      <NumberInput source="capacity" step={1} validate={minValue(0)} />
    </Row>
    <Row>
      <DateInput source="start_date" validate={required()} />
      <DateInput source="end_date" validate={required()} />
      <StatusInput entity="programs" of="program_status" initial={['draft', 'open']} />
    </Row>
    <BooleanInput source="subsidised" defaultValue />
  </>
);
