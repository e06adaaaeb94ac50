// BudgetList: budgets by fund, region and year, with reserved, spent and available amounts.
import { DataTable, List, NumberInput } from 'react-admin';
import { MoneyField } from '../common/MoneyField';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { AvailableField } from './AvailableField';
import { ListActions } from '../common/ListActions';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const filters = [
  <NumberInput key="year" source="year" alwaysOn />,
  <RefInput key="fund_source_id" source="fund_source_id" reference="fund_sources" alwaysOn />,
  <RefInput key="region_code" source="region_code" reference="regions" alwaysOn />,
];

export const BudgetList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'year', order: 'DESC' }}>
    <ResponsiveDataTable card={{ title: 'fund_source_id', fields: ['year', 'region_code', 'available_fen'] }} rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="year" />
      <DataTable.Col source="fund_source_id"><RefField source="fund_source_id" reference="fund_sources" /></DataTable.Col>
      <DataTable.Col source="region_code"><RefField source="region_code" reference="regions" /></DataTable.Col>
      <DataTable.Col source="amount_fen" align="right"><MoneyField source="amount_fen" /></DataTable.Col>
      <DataTable.Col source="reserved_fen" align="right"><MoneyField source="reserved_fen" /></DataTable.Col>
      <DataTable.Col source="spent_fen" align="right"><MoneyField source="spent_fen" /></DataTable.Col>
      <DataTable.Col source="available_fen" align="right" disableSort><AvailableField /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
