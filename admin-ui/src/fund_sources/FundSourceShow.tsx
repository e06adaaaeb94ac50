// FundSourceShow: one fund, with its budgets by region and year.
import { DataTable, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MetaFields } from '../common/MetaFields';
import { MoneyField } from '../common/MoneyField';
import { RefField } from '../common/RefField';
import { Related } from '../common/Related';

export const FundSourceShow = () => (
  <Show>
    <SimpleShowLayout>
      <EnumField source="code" of="fund_source_code" />
      <TextField source="name" />
      <MetaFields label={false} />
      <Related label="resources.budgets.name" reference="budgets" target="fund_source_id" sort={{ field: 'year', order: 'DESC' }}>
        <DataTable.Col source="year" />
        <DataTable.Col source="region_code"><RefField source="region_code" reference="regions" /></DataTable.Col>
        <DataTable.Col source="amount_fen" align="right"><MoneyField source="amount_fen" /></DataTable.Col>
        <DataTable.Col source="spent_fen" align="right"><MoneyField source="spent_fen" /></DataTable.Col>
      </Related>
    </SimpleShowLayout>
  </Show>
);
