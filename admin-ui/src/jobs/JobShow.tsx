// JobShow: one job with its progress, summary, warnings, first failed rows and its buttons; refreshed every 2 s while it runs.
import { Alert, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { DateField, Labeled, NumberField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { JobActions } from './JobActions';
import { JobProgress } from './JobProgress';
import { isActive, type JobRecord } from './types';

const Outcome = () => {
  const job = useRecordContext<JobRecord>();
  const translate = useTranslate();
  if (!job) return null;
  return (
    <>
      {job.message && (
        <Alert severity={job.status === 'failed' ? 'error' : job.status === 'cancelled' || job.failed > 0 ? 'warning' : isActive(job) ? 'info' : 'success'}>
          {job.message}
        </Alert>
      )}
      {(job.warnings ?? []).map((w) => <Alert key={w.field} severity="info" sx={{ mt: 1 }}>{w.message}</Alert>)}
      {(job.errors ?? []).length > 0 && (
        <Labeled label={translate('steppe.jobs.first_errors', { count: job.error_count ?? 0 })}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 64 }}>{translate('steppe.excel.row')}</TableCell>
                <TableCell>{translate('steppe.excel.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {job.errors!.map((e, i) => <TableRow key={`${e.row}-${i}`}><TableCell>{e.row}</TableCell><TableCell>{e.message}</TableCell></TableRow>)}
            </TableBody>
          </Table>
        </Labeled>
      )}
    </>
  );
};

export const JobShow = () => (
  <Show queryOptions={{ refetchInterval: 2000 }}>
    <SimpleShowLayout>
      <TextField source="title" />
      <EnumField source="kind" of="job_kind" />
      <EnumField source="status" of="job_status" chip />
      <Labeled label="resources.jobs.fields.progress"><JobProgress /></Labeled>
      <NumberField source="succeeded" />
      <NumberField source="failed" />
      <NumberField source="attempts" />
      <DateField source="created_at" showTime />
      <DateField source="started_at" showTime />
      <DateField source="finished_at" showTime />
      <Outcome />
      <JobActions />
    </SimpleShowLayout>
  </Show>
);
