// JobList (后台任务): the caller's jobs (all of them for a platform administrator), newest first, refreshed every 2 s.
import { DataTable, DateField, List, SelectInput } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { JobActions } from './JobActions';
import { JobProgress } from './JobProgress';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const KINDS = ['roster_import', 'attendance_import', 'export', 'risk_scan', 'rule_dry_run', 'demo_seed'].map((id) => ({ id, name: `steppe.enums.job_kind.${id}` }));

const filters = [
  <EnumInput key="status" source="status" of="job_status" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={KINDS} alwaysOn />,
];

export const JobList = () => (
  <List filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={25} queryOptions={{ refetchInterval: 2000 }} exporter={false}>
    <ResponsiveDataTable card={{ title: 'title', fields: ['kind', 'percent', 'created_at'] }} rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="kind"><EnumField source="kind" of="job_kind" /></DataTable.Col>
      <DataTable.Col source="title" />
      <DataTable.Col source="status"><EnumField source="status" of="job_status" chip /></DataTable.Col>
      <DataTable.Col source="percent" label="resources.jobs.fields.progress"><JobProgress /></DataTable.Col>
      <DataTable.Col source="created_at"><DateField source="created_at" showTime /></DataTable.Col>
      <DataTable.Col source="finished_at"><DateField source="finished_at" showTime /></DataTable.Col>
      <DataTable.Col label="resources.jobs.fields.actions"><JobActions /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
