// RejectDialog: rejecting a claim needs a reason, which the applicant will read.
import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslate, type RaRecord } from 'react-admin';
import { Button } from '../../common/Button';

interface Props {
  record: RaRecord;
  open: boolean;
  busy: boolean;
  onClose: () => void;
  onReject: (reason: string) => void;
}

export const RejectDialog = ({ record, open, busy, onClose, onReject }: Props) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('steppe.claims.reject_title', { id: record.id })}</DialogTitle>
      <DialogContent>
        <TextField autoFocus fullWidth multiline minRows={3} margin="dense" required
          label={translate('resources.claims.fields.rejection_reason')} helperText={translate('steppe.validation.rejection_reason')}
          value={reason} onChange={(e) => setReason(e.target.value)} />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button label="steppe.claims.action.reject" variant="contained" color="error"
          onClick={() => onReject(reason.trim())} disabled={!reason.trim() || busy} />
      </DialogActions>
    </Dialog>
  );
};
