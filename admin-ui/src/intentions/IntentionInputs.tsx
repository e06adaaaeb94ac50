// IntentionInputs: a stated wish's inputs; its status and class (set when the worker is enrolled) appear on edit only.
import { BooleanInput, DateInput, required, TextInput } from 'react-admin';
import { today } from '../common/dates';
import { EnumInput } from '../common/EnumInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';

export const IntentionInputs = ({ isCreate = false }: { isCreate?: boolean }) => (
  <>
    <Row>
      <RefInput source="worker_id" reference="workers" validate={required()} />
      <RefInput source="region_code" reference="regions" validate={required()} />
    </Row>
    <Row>
      <EnumInput source="channel" of="channel" validate={required()} />
      <DateInput source="stated_on" defaultValue={today()} validate={required()} />
    </Row>
    <Row>
      <TextInput source="occupation_code" />
      <EnumInput source="training_kind" of="training_kind" />
      <EnumInput source="orientation" of="orientation" />
    </Row>
    <Row>
      <BooleanInput source="wants_training" defaultValue />
      <BooleanInput source="wants_evaluation" />
      <BooleanInput source="wants_job" />
    </Row>
    <TextInput source="job_wish" />
    <Row>
      {!isCreate && <EnumInput source="status" of="intention_status" validate={required()} />}
      {!isCreate && <RefInput source="enrollment_id" reference="enrollments" disabled />}
    </Row>
  </>
);
