// CertificateList: certificates, searchable by number, filtered by holder, kind, level and issue date.
import { DataTable, List, SearchInput, TextInput } from 'react-admin';
import { dateRange } from '../common/dateRange';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { ListActions } from '../common/ListActions';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="kind" source="kind" of="certificate_kind" alwaysOn />,
  <RefInput key="worker_id" source="worker_id" reference="workers" />,
  <EnumInput key="level" source="level" of="skill_level" />,
  <TextInput key="occupation_code" source="occupation_code" />,
  ...dateRange('issued_on'),
];

export const CertificateList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'issued_on', order: 'DESC' }}>
    <ResponsiveDataTable card={{ fields: ['worker_id', 'kind', 'level'] }} rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="worker_id"><RefField source="worker_id" reference="workers" /></DataTable.Col>
      <DataTable.Col source="kind"><EnumField source="kind" of="certificate_kind" /></DataTable.Col>
      <DataTable.Col source="occupation_code" />
      <DataTable.Col source="level"><EnumField source="level" of="skill_level" /></DataTable.Col>
      <DataTable.Col source="issuer" />
      <DataTable.Col source="issued_on" />
    </ResponsiveDataTable>
  </List>
);
