// BudgetInputs: a budget's fund, region, year and amount; reserved and spent are kept by the payment workflow.
import { NumberInput, required } from 'react-admin';
import { MoneyInput } from '../common/MoneyInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';

export const BudgetInputs = () => (
  <>
    <Row>
      <RefInput source="fund_source_id" reference="fund_sources" validate={required()} />
      <RefInput source="region_code" reference="regions" validate={required()} />
    </Row>
    <Row>
      <NumberInput source="year" step={1} defaultValue={new Date().getFullYear()} validate={required()} />
      <MoneyInput source="amount_fen" validate={required()} />
    </Row>
  </>
);
