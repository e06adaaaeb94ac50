// ClaimInputs: what a claim's maker fills in; a 以奖代补 claim names a base and a period, the others a worker.
import { DateInput, FormDataConsumer, required } from 'react-admin';
import { today } from '../common/dates';
import { EnumInput } from '../common/EnumInput';
import { MoneyInput } from '../common/MoneyInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';

export const ClaimInputs = () => (
  <>
    <Row>
      <EnumInput source="type" of="claim_type" validate={required()} />
      <RefInput source="region_code" reference="regions" validate={required()} />
      <DateInput source="claim_date" defaultValue={today()} validate={required()} />
    </Row>
    <FormDataConsumer>
      {({ formData }) =>
        formData.type === 'base_reward' ? (
          <Row>
            <RefInput source="base_id" reference="bases" validate={required()} />
            <DateInput source="period_from" validate={required()} />
            <DateInput source="period_to" validate={required()} />
          </Row>
        ) : (
          <>
            <Row>
              <RefInput source="worker_id" reference="workers" validate={required()} />
              <RefInput source="program_id" reference="programs" />
            </Row>
            <Row>
              <RefInput source="enrollment_id" reference="enrollments" />
              <RefInput source="certificate_id" reference="certificates" />
            </Row>
          </>
        )
      }
    </FormDataConsumer>
    <Row>
      <RefInput source="institution_id" reference="institutions" />
      <MoneyInput source="requested_fen" validate={required()} />
    </Row>
  </>
);
