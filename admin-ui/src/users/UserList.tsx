// UserList: the console's accounts, filtered by role, region and whether they are active.
import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { ListActions } from '../common/ListActions';
import { DateTimeField } from '../common/DateTimeField';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" source="role" of="role" alwaysOn />,
  <RefInput key="region_code" source="region_code" reference="regions" alwaysOn />,
  <RefInput key="institution_id" source="institution_id" reference="institutions" />,
  <NullableBooleanInput key="active" source="active" />,
];

export const UserList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'username', order: 'ASC' }}>
    <ResponsiveDataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="username" />
      <DataTable.Col source="display_name" />
      <DataTable.Col source="role"><EnumField source="role" of="role" /></DataTable.Col>
      <DataTable.Col source="region_code"><RefField source="region_code" reference="regions" /></DataTable.Col>
      <DataTable.Col source="institution_id"><RefField source="institution_id" reference="institutions" /></DataTable.Col>
      <DataTable.Col source="active"><BooleanField source="active" /></DataTable.Col>
      <DataTable.Col source="last_login_at"><DateTimeField source="last_login_at" /></DataTable.Col>
      <DataTable.Col source="locked_until"><DateTimeField source="locked_until" /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
