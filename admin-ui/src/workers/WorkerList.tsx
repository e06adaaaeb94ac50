// WorkerList: the register of workers, searchable by name, ID number or phone, filtered by region and category.
import { DataTable, List, SearchInput, useTranslate } from 'react-admin';
import { dateRange } from '../common/dateRange';
import { ListActions } from '../common/ListActions';
import { ImportRosterButton } from '../excel/ImportRosterButton';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { ListPagination } from '../common/ListPagination';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

// Names match from their start (an index range over millions of people); a whole ID or mobile number is looked up
// exactly. The placeholder says so.
const WorkerSearch = (props: { source: string; alwaysOn?: boolean }) => (
  <SearchInput {...props} placeholder={useTranslate()('steppe.workers.search')} sx={{ minWidth: 240 }} />
);

const filters = [
  <WorkerSearch key="q" source="q" alwaysOn />,
  <RefInput key="region_code" source="region_code" reference="regions" alwaysOn />,
  <EnumInput key="category" source="category" of="worker_category" alwaysOn />,
  <EnumInput key="gender" source="gender" of="gender" />,
  <RefInput key="home_region_code" source="home_region_code" reference="regions" />,
  ...dateRange('birth_date'),
  ...dateRange('created_at'),
];

export const WorkerList = () => (
  <List pagination={<ListPagination />} actions={<ListActions><ImportRosterButton /></ListActions>} filters={filters} sort={{ field: 'created_at', order: 'DESC' }}>
    <ResponsiveDataTable card={{ fields: ['category', 'region_code', 'id_number'] }} rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="id_number" disableSort />
      <DataTable.Col source="gender"><EnumField source="gender" of="gender" /></DataTable.Col>
      <DataTable.Col source="birth_date" />
      <DataTable.Col source="category"><EnumField source="category" of="worker_category" /></DataTable.Col>
      <DataTable.Col source="region_code"><RefField source="region_code" reference="regions" /></DataTable.Col>
      <DataTable.Col source="phone" disableSort />
      <DataTable.Col source="employment_status"><EnumField source="employment_status" of="employment_status" /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
