// JobProgress: a job's progress bar with 「已处理 n / 共 m」, indeterminate while its size is not known yet.
import { Box, LinearProgress, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { JobRecord } from './types';

export const JobProgress = ({ job: given }: { job?: JobRecord }) => {
  const translate = useTranslate();
  const job = useRecordContext<JobRecord>() ?? given;
  if (!job) return null;
  const active = job.status === 'queued' || job.status === 'running';
  const known = job.total !== null && job.total > 0;
  return (
    <Box sx={{ minWidth: 160 }}>
      <LinearProgress
        variant={active && !known ? 'indeterminate' : 'determinate'}
        value={job.percent}
        color={job.status === 'failed' ? 'error' : job.status === 'cancelled' ? 'inherit' : 'primary'}
        aria-label={translate('steppe.jobs.progress_label')}
      />
      <Typography variant="caption" color="text.secondary">
        {known ? translate('steppe.jobs.progress', { processed: job.processed.toLocaleString(), total: job.total!.toLocaleString(), percent: job.percent })
          : translate('steppe.jobs.progress_unknown', { processed: job.processed.toLocaleString() })}
      </Typography>
    </Box>
  );
};
