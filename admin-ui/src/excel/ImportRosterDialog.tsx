// ImportRosterDialog: pick a roster (.xlsx/.csv), optionally the region of rows without one, start, follow the job.
import { useState } from 'react';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import UploadIcon from '@mui/icons-material/UploadFile';
import { useRefresh, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { RegionPicker } from '../common/RegionPicker';
import { downloadFile } from '../providers/download';
import { MAX_IMPORT_BYTES, uploadRoster } from './uploadRoster';
import { ImportProgress } from './ImportProgress';
import { isFinished, useImportJob } from './useImportJob';

export const ImportRosterDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [file, setFile] = useState<File | null>(null);
  const [region, setRegion] = useState('');
  const [jobId, setJobId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { job, error: pollError } = useImportJob(jobId);
  const tooBig = !!file && file.size > MAX_IMPORT_BYTES;

  const start = async () => {
    if (!file) return;
    setError(null);
    try {
      const { job_id } = await uploadRoster(file, region || undefined);
      setJobId(job_id);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const close = () => {
    if (isFinished(job)) refresh();
    setFile(null); setJobId(null); setError(null);
    onClose();
  };
  const template = () => downloadFile('/workers/import/template', 'template.xlsx').catch((e: Error) => setError(e.message));

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="md">
      <DialogTitle>{translate('steppe.excel.import_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" gutterBottom>{translate('steppe.excel.import_help')}</Typography>
        <Button label="steppe.excel.template" onClick={template} />
        {jobId === null && (
          <>
            <input type="file" accept=".xlsx,.csv" aria-label={translate('steppe.excel.choose_file')} data-testid="roster-file"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)} style={{ display: 'block', margin: '16px 0' }} />
            <RegionPicker label={translate('steppe.excel.region_code')} helperText={translate('steppe.excel.region_help')}
              value={region} onChange={setRegion} />
          </>
        )}
        {tooBig && <Alert severity="error" sx={{ mt: 2 }}>{translate('steppe.excel.too_big')}</Alert>}
        {(error ?? pollError) && <Alert severity="error" sx={{ mt: 2 }}>{error ?? pollError}</Alert>}
        {job && <ImportProgress job={job} />}
        {job && <Alert severity="info" sx={{ mt: 2 }}>{translate('steppe.excel.see_jobs')}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.close" onClick={close} />
        {jobId === null && (
          <Button label="steppe.excel.start" variant="contained" onClick={start} disabled={!file || tooBig}><UploadIcon /></Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
