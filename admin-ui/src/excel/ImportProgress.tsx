// ImportProgress: the job's progress bar, then its summary, warnings, first failed rows and the failed-rows download.
import { Alert, Box, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useNotify, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { downloadFile } from '../providers/download';
import type { ImportJob } from './useImportJob';

export const ImportProgress = ({ job }: { job: ImportJob }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const percent = job.total ? Math.round((job.processed / job.total) * 100) : 0;
  const running = job.status === 'queued' || job.status === 'running';
  const downloadErrors = () =>
    downloadFile(`/imports/${job.id}/errors?format=xlsx`, 'errors.xlsx').catch((e: Error) => notify(e.message, { type: 'error' }));
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="body2" gutterBottom>
        {translate(`steppe.excel.status.${job.status}`)} · {translate('steppe.excel.progress', { processed: job.processed, total: job.total ?? '…' })}
      </Typography>
      <LinearProgress variant={job.total ? 'determinate' : 'indeterminate'} value={percent} />
      {!running && (
        <Alert severity={job.status === 'failed' ? 'error' : job.failed > 0 ? 'warning' : 'success'} sx={{ mt: 2 }}>
          {job.message ?? translate('steppe.excel.summary', { total: job.total ?? job.processed, succeeded: job.succeeded, failed: job.failed })}
        </Alert>
      )}
      {job.warnings.map((w) => <Alert key={w.field} severity="info" sx={{ mt: 1 }}>{w.message}</Alert>)}
      {job.errors.length > 0 && (
        <Table size="small" sx={{ mt: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ whiteSpace: 'nowrap', width: 64 }}>{translate('steppe.excel.row')}</TableCell>
              <TableCell>{translate('steppe.excel.reason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {job.errors.map((e) => (
              <TableRow key={e.row}><TableCell>{e.row}</TableCell><TableCell>{e.message}</TableCell></TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {!running && job.error_count > 0 && (
        <Button label="steppe.excel.download_errors" onClick={downloadErrors} sx={{ mt: 1 }}><DownloadIcon /></Button>
      )}
    </Box>
  );
};
