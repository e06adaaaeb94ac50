// MachineImportDialog: the attendance machine's export (.xlsx/.csv) for one class, with the expected columns and a template; follows the import job.
import { useState } from 'react';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import UploadIcon from '@mui/icons-material/UploadFile';
import { useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { downloadFile } from '../providers/download';
import { ImportProgress } from '../excel/ImportProgress';
import { isFinished, useImportJob } from '../excel/useImportJob';
import { uploadMachineFile } from './sessionApi';

export const MachineImportDialog = ({ programId, open, onClose }: { programId: number; open: boolean; onClose: (imported: boolean) => void }) => {
  const translate = useTranslate();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { job, error: pollError } = useImportJob(jobId);

  const start = async () => {
    if (!file) return;
    setError(null);
    try {
      setJobId((await uploadMachineFile(programId, file)).job_id);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const close = () => {
    const imported = isFinished(job);
    setFile(null); setJobId(null); setError(null);
    onClose(imported);
  };
  const template = () => downloadFile('/attendance/import/template', 'template.xlsx').catch((e: Error) => setError(e.message));

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="md">
      <DialogTitle>{translate('steppe.sessions.import_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" gutterBottom>{translate('steppe.sessions.import_help')}</Typography>
        <Button label="steppe.excel.template" onClick={template} />
        {jobId === null && (
          <input type="file" accept=".xlsx,.csv" aria-label={translate('steppe.excel.choose_file')} data-testid="machine-file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)} style={{ display: 'block', margin: '16px 0' }} />
        )}
        {(error ?? pollError) && <Alert severity="error" sx={{ mt: 2 }}>{error ?? pollError}</Alert>}
        {job && <ImportProgress job={job} />}
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.close" onClick={close} />
        {jobId === null && (
          <Button label="steppe.excel.start" variant="contained" onClick={start} disabled={!file}><UploadIcon /></Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
