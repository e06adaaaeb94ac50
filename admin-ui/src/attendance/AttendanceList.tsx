// AttendanceList: sessions attended, by enrolment and date; wrong entries may be deleted in bulk.
import { DataTable, List, NumberField } from 'react-admin';
import { dateRange } from '../common/dateRange';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { ListActions } from '../common/ListActions';
import { DateTimeField } from '../common/DateTimeField';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const filters = [
  <RefInput key="enrollment_id" source="enrollment_id" reference="enrollments" alwaysOn />,
  ...dateRange('session_date'),
];

export const AttendanceList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'session_date', order: 'DESC' }}>
    <ResponsiveDataTable rowClick="show">
      <DataTable.Col source="enrollment_id"><RefField source="enrollment_id" reference="enrollments" /></DataTable.Col>
      <DataTable.Col source="session_date" />
      <DataTable.Col source="hours"><NumberField source="hours" /></DataTable.Col>
      <DataTable.Col source="check_in_at"><DateTimeField source="check_in_at" /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
