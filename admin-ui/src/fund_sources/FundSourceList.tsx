// FundSourceList: the funds subsidies are paid from.
import { DataTable, List } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

export const FundSourceList = () => (
  <List actions={<ListActions filters={false} />} sort={{ field: 'code', order: 'ASC' }} pagination={false}>
    <ResponsiveDataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code"><EnumField source="code" of="fund_source_code" /></DataTable.Col>
      <DataTable.Col source="name" />
    </ResponsiveDataTable>
  </List>
);
