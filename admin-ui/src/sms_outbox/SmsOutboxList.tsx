// SmsOutboxList: what the built-in SMS adapter "sent" (查进度 one-time codes) while no gateway plugin is loaded; phones masked.
import { DataTable, DateField, List, TextInput } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const filters = [
  <TextInput key="phone" source="phone" alwaysOn />,
  <RefInput key="region_code" source="region_code" reference="regions" />,
];

export const SmsOutboxList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
    <ResponsiveDataTable card={{ title: 'phone', fields: ['created_at', 'region_code', 'body'] }} bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="created_at"><DateField source="created_at" showTime /></DataTable.Col>
      <DataTable.Col source="phone" />
      <DataTable.Col source="region_code"><RefField source="region_code" reference="regions" /></DataTable.Col>
      <DataTable.Col source="body" />
    </ResponsiveDataTable>
  </List>
);
