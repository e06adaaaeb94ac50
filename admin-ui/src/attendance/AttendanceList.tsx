// AttendanceList: sessions attended, by enrolment and date; wrong entries may be deleted in bulk. A whole class is
// recorded at once on a class's 按班点名 tab, which 「按班点名」 here leads to (through the class list).
import GroupsIcon from '@mui/icons-material/Groups';
import { DataTable, List, NumberField, useCanAccess, useRedirect } from 'react-admin';
import { Button } from '../common/Button';
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

const ByClassButton = () => {
  const redirect = useRedirect();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'attendance' });
  if (!canAccess) return null;
  return <Button label="steppe.sessions.by_class" onClick={() => redirect('list', 'programs')}><GroupsIcon /></Button>;
};

export const AttendanceList = () => (
  <List actions={<ListActions><ByClassButton /></ListActions>} filters={filters} sort={{ field: 'session_date', order: 'DESC' }}>
    <ResponsiveDataTable rowClick="show">
      <DataTable.Col source="enrollment_id"><RefField source="enrollment_id" reference="enrollments" /></DataTable.Col>
      <DataTable.Col source="session_date" />
      <DataTable.Col source="hours"><NumberField source="hours" /></DataTable.Col>
      <DataTable.Col source="check_in_at"><DateTimeField source="check_in_at" /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
