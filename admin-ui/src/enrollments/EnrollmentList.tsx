// EnrollmentList: enrolments, filtered by program, worker, status, result and dates.
import { DataTable, List, NumberField, SearchInput } from 'react-admin';
import { dateRange } from '../common/dateRange';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { ListActions } from '../common/ListActions';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RefInput key="program_id" source="program_id" reference="programs" alwaysOn />,
  <EnumInput key="status" source="status" of="enrollment_status" alwaysOn />,
  <RefInput key="worker_id" source="worker_id" reference="workers" />,
  <EnumInput key="assessment_result" source="assessment_result" of="assessment_result" />,
  ...dateRange('enrolled_on'),
  ...dateRange('completed_on'),
];

export const EnrollmentList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'enrolled_on', order: 'DESC' }}>
    <ResponsiveDataTable card={{ title: 'worker_id', chip: 'status', fields: ['program_id', 'enrolled_on', 'attended_hours'] }} rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="worker_id"><RefField source="worker_id" reference="workers" /></DataTable.Col>
      <DataTable.Col source="program_id"><RefField source="program_id" reference="programs" /></DataTable.Col>
      <DataTable.Col source="enrolled_on" />
      <DataTable.Col source="attended_hours"><NumberField source="attended_hours" /></DataTable.Col>
      <DataTable.Col source="status"><EnumField source="status" of="enrollment_status" chip /></DataTable.Col>
      <DataTable.Col source="completed_on" />
      <DataTable.Col source="assessment_result"><EnumField source="assessment_result" of="assessment_result" /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
