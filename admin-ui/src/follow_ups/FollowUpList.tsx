// FollowUpList: follow-up visits by due date, worker and outcome.
import { BooleanField, DataTable, List, NullableBooleanInput } from 'react-admin';
import { dateRange } from '../common/dateRange';
import { EnumField } from '../common/EnumField';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { ListActions } from '../common/ListActions';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const filters = [
  <RefInput key="worker_id" source="worker_id" reference="workers" alwaysOn />,
  ...dateRange('due_on'),
  <NullableBooleanInput key="employed" source="employed" />,
  <RefInput key="enrollment_id" source="enrollment_id" reference="enrollments" />,
];

export const FollowUpList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'due_on', order: 'ASC' }}>
    <ResponsiveDataTable rowClick="show">
      <DataTable.Col source="worker_id"><RefField source="worker_id" reference="workers" /></DataTable.Col>
      <DataTable.Col source="months_after" />
      <DataTable.Col source="due_on" />
      <DataTable.Col source="done_on" />
      <DataTable.Col source="employed"><BooleanField source="employed" /></DataTable.Col>
      <DataTable.Col source="employer" />
      <DataTable.Col source="satisfaction"><EnumField source="satisfaction" of="satisfaction" /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
