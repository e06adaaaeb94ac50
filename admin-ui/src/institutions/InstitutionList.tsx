// InstitutionList: training providers, filtered by region, kind, approval status and approval expiry.
import { DataTable, List, SearchInput } from 'react-admin';
import { dateRange } from '../common/dateRange';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { ListActions } from '../common/ListActions';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RefInput key="region_code" source="region_code" reference="regions" alwaysOn />,
  <EnumInput key="approval_status" source="approval_status" of="approval_status" alwaysOn />,
  <EnumInput key="kind" source="kind" of="institution_kind" />,
  <EnumInput key="brand_level" source="brand_level" of="brand_level" />,
  ...dateRange('approved_to'),
];

export const InstitutionList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <ResponsiveDataTable card={{ fields: ['kind', 'region_code', 'approved_to'] }} rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="credit_code" />
      <DataTable.Col source="kind"><EnumField source="kind" of="institution_kind" /></DataTable.Col>
      <DataTable.Col source="region_code"><RefField source="region_code" reference="regions" /></DataTable.Col>
      <DataTable.Col source="approval_status"><EnumField source="approval_status" of="approval_status" chip /></DataTable.Col>
      <DataTable.Col source="approved_to" />
      <DataTable.Col source="brand_level"><EnumField source="brand_level" of="brand_level" /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
