// The buttons of a job: cancel (queued or running), retry (failed or cancelled), download the result, download the failed rows.
import { useState } from 'react';
import CancelIcon from '@mui/icons-material/Cancel';
import DownloadIcon from '@mui/icons-material/Download';
import ReplayIcon from '@mui/icons-material/Replay';
import { Stack } from '@mui/material';
import { useNotify, useRecordContext, useRefresh } from 'react-admin';
import { Button } from '../common/Button';
import { apiPost } from '../providers/api';
import { downloadFile } from '../providers/download';
import { isActive, type JobRecord } from './types';

export const JobActions = () => {
  const job = useRecordContext<JobRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!job) return null;
  const act = (path: string, done: string) => () => {
    setBusy(true);
    apiPost(`/jobs/${job.id}/${path}`)
      .then(() => { notify(done, { type: 'info' }); refresh(); })
      .catch((e: Error) => notify(e.message, { type: 'error' }))
      .finally(() => setBusy(false));
  };
  const download = (path: string, fallback: string) => () =>
    downloadFile(path, fallback).catch((e: Error) => notify(e.message, { type: 'error' }));
  return (
    <Stack direction="row" spacing={1} onClick={(e) => e.stopPropagation()}>
      {isActive(job) && !job.cancel_requested && (
        <Button label="steppe.jobs.cancel" onClick={act('cancel', 'steppe.jobs.cancel_requested')} disabled={busy} color="warning"><CancelIcon /></Button>
      )}
      {(job.status === 'failed' || job.status === 'cancelled') && (
        <Button label="steppe.jobs.retry" onClick={act('retry', 'steppe.jobs.retried')} disabled={busy}><ReplayIcon /></Button>
      )}
      {job.status === 'done' && job.downloadable && (
        <Button label="steppe.jobs.download" onClick={download(`/jobs/${job.id}/download`, job.filename ?? `job-${job.id}`)}><DownloadIcon /></Button>
      )}
      {(job.kind === 'roster_import' || job.kind === 'attendance_import') && job.failed > 0 && !isActive(job) && (
        <Button label="steppe.jobs.download_errors" onClick={download(`/jobs/${job.id}/errors?format=xlsx`, 'errors.xlsx')}><DownloadIcon /></Button>
      )}
    </Stack>
  );
};
