// BudgetShow: one budget line.
import { NumberField, Show, SimpleShowLayout } from 'react-admin';
import { MetaFields } from '../common/MetaFields';
import { MoneyField } from '../common/MoneyField';
import { RefField } from '../common/RefField';
import { AvailableField } from './AvailableField';

export const BudgetShow = () => (
  <Show>
    <SimpleShowLayout>
      <NumberField source="year" options={{ useGrouping: false }} />
      <RefField source="fund_source_id" reference="fund_sources" />
      <RefField source="region_code" reference="regions" />
      <MoneyField source="amount_fen" />
      <MoneyField source="reserved_fen" />
      <MoneyField source="spent_fen" />
      <AvailableField source="available_fen" />
      <MetaFields label={false} />
    </SimpleShowLayout>
  </Show>
);
