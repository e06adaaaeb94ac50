// AuditList: the audit trail, newest first, in Chinese, filtered by user, role, resource, action (in words), record and
// time; its chain verified from the toolbar.
import { DataTable, List, SearchInput, SelectInput, TextInput } from 'react-admin';
import { VerifyChainButton } from './VerifyChainButton';
import { dateRange } from '../common/dateRange';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { resourceChoices } from '../resources';
import { ResourceNameField } from './ResourceNameField';
import { ListActions } from '../common/ListActions';
import { DateTimeField } from '../common/DateTimeField';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="resource" source="resource" choices={resourceChoices()} alwaysOn />,
  <EnumInput key="action" source="action" of="audit_action" alwaysOn sx={{ minWidth: 160 }} />,
  <RefInput key="user_id" source="user_id" reference="users" />,
  <EnumInput key="role" source="role" of="role" />,
  <RefInput key="region_code" source="region_code" reference="regions" />,
  <TextInput key="record_id" source="record_id" />,
  ...dateRange('at'),
];

export const AuditList = () => (
  <List actions={<ListActions><VerifyChainButton /></ListActions>} filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={50}>
    <ResponsiveDataTable card={{ title: 'action', fields: ['resource', 'username', 'at'] }} rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="at"><DateTimeField source="at" /></DataTable.Col>
      <DataTable.Col source="username" />
      <DataTable.Col source="role"><EnumField source="role" of="role" /></DataTable.Col>
      <DataTable.Col source="region_code"><RefField source="region_code" reference="regions" /></DataTable.Col>
      <DataTable.Col source="action"><EnumField source="action" of="audit_action" /></DataTable.Col>
      <DataTable.Col source="resource"><ResourceNameField source="resource" /></DataTable.Col>
      <DataTable.Col source="record_id" />
      <DataTable.Col source="ip" />
    </ResponsiveDataTable>
  </List>
);
