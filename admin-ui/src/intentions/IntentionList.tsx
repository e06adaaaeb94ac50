// IntentionList: the demand ledgers, filtered by region, channel, status, kind, orientation and date.
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
  <EnumInput key="status" source="status" of="intention_status" alwaysOn />,
  <EnumInput key="channel" source="channel" of="channel" />,
  <EnumInput key="training_kind" source="training_kind" of="training_kind" />,
  <EnumInput key="orientation" source="orientation" of="orientation" />,
  <RefInput key="worker_id" source="worker_id" reference="workers" />,
  <NullableBooleanInput key="wants_training" source="wants_training" />,
  <NullableBooleanInput key="wants_evaluation" source="wants_evaluation" />,
  <NullableBooleanInput key="wants_job" source="wants_job" />,
  ...dateRange('stated_on'),
];

export const IntentionList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'stated_on', order: 'DESC' }}>
    <ResponsiveDataTable card={{ fields: ['stated_on', 'channel', 'training_kind'] }} rowClick="show">
      <DataTable.Col source="worker_id"><RefField source="worker_id" reference="workers" /></DataTable.Col>
      <DataTable.Col source="stated_on" />
      <DataTable.Col source="channel"><EnumField source="channel" of="channel" /></DataTable.Col>
      <DataTable.Col source="occupation_code" />
      <DataTable.Col source="training_kind"><EnumField source="training_kind" of="training_kind" /></DataTable.Col>
      <DataTable.Col source="wants_training"><BooleanField source="wants_training" /></DataTable.Col>
      <DataTable.Col source="wants_evaluation"><BooleanField source="wants_evaluation" /></DataTable.Col>
      <DataTable.Col source="wants_job"><BooleanField source="wants_job" /></DataTable.Col>
      <DataTable.Col source="status"><EnumField source="status" of="intention_status" chip /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
