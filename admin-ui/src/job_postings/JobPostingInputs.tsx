// JobPostingInputs: a vacancy's inputs (wages in yuan, stored in fen), shared by create and edit.
import { DateInput, minValue, NumberInput, required, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { MoneyInput } from '../common/MoneyInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';

/** A form-level check for SimpleForm `validate`: the wage ceiling is not below the floor. */
export const wageOrder = (values: Record<string, unknown>) => {
  const { wage_min_fen: min, wage_max_fen: max } = values;
  return typeof min === 'number' && typeof max === 'number' && max < min
    ? { wage_max_fen: 'steppe.validation.range_order' }
    : {};
};

export const JobPostingInputs = () => (
  <>
    <Row>
      <TextInput source="title" validate={required()} />
      <TextInput source="employer" validate={required()} />
    </Row>
    <Row>
      <RefInput source="region_code" reference="regions" validate={required()} />
      <TextInput source="occupation_code" />
      <EnumInput source="min_level" of="skill_level" />
    </Row>
    <Row>
      <NumberInput source="positions" step={1} validate={minValue(1)} />
      <MoneyInput source="wage_min_fen" />
      <MoneyInput source="wage_max_fen" />
    </Row>
    <DateInput source="valid_to" />
  </>
);
