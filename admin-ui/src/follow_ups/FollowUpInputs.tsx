// FollowUpInputs: a follow-up visit's inputs, shared by create and edit.
import { BooleanInput, DateInput, minValue, NumberInput, required, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';

export const FollowUpInputs = () => (
  <>
    <Row>
      <RefInput source="worker_id" reference="workers" validate={required()} />
      <RefInput source="enrollment_id" reference="enrollments" validate={required()} />
    </Row>
    <Row>
      <NumberInput source="months_after" step={1} validate={minValue(0)} />
      <DateInput source="due_on" validate={required()} />
      <DateInput source="done_on" />
    </Row>
    <Row>
      <BooleanInput source="employed" />
      <TextInput source="employer" />
      <TextInput source="income_band" />
    </Row>
    <EnumInput source="satisfaction" of="satisfaction" />
    <TextInput source="notes" multiline minRows={2} />
  </>
);
