// ProgramList: classes, filtered by region, institution, kind, level, mode, status and start date.
import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput } from 'react-admin';
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
  <EnumInput key="status" source="status" of="program_status" alwaysOn />,
  <RefInput key="institution_id" source="institution_id" reference="institutions" />,
  <EnumInput key="training_kind" source="training_kind" of="training_kind" />,
  <EnumInput key="level" source="level" of="skill_level" />,
  <EnumInput key="mode" source="mode" of="program_mode" />,
  <EnumInput key="delivery" source="delivery" of="delivery" />,
  <EnumInput key="target_group" source="target_group" of="target_group" />,
  <NullableBooleanInput key="subsidised" source="subsidised" />,
  ...dateRange('start_date'),
];

export const ProgramList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'start_date', order: 'DESC' }}>
    <ResponsiveDataTable card={{ fields: ['institution_id', 'occupation_name', 'start_date'] }} rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="institution_id"><RefField source="institution_id" reference="institutions" /></DataTable.Col>
      <DataTable.Col source="occupation_name" />
      <DataTable.Col source="level"><EnumField source="level" of="skill_level" /></DataTable.Col>
      <DataTable.Col source="training_kind"><EnumField source="training_kind" of="training_kind" /></DataTable.Col>
      <DataTable.Col source="start_date" />
      <DataTable.Col source="end_date" />
      <DataTable.Col source="subsidised"><BooleanField source="subsidised" /></DataTable.Col>
      <DataTable.Col source="status"><EnumField source="status" of="program_status" chip /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
