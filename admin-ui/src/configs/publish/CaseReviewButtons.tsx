// CaseReviewButtons: a typical case is submitted for review, then approved (published) by another admin or sent back with a note.
import { useState } from 'react';
import SendIcon from '@mui/icons-material/Send';
import DoneIcon from '@mui/icons-material/DoneAll';
import UndoIcon from '@mui/icons-material/Undo';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { Confirm, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Button } from '../../common/Button';
import { isAdmin } from '../../permissions';
import { apiPost } from '../../providers/api';

type Action = 'submit' | 'approve' | 'send_back';

export const CaseReviewButtons = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState<Action | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  if (!record || record.kind !== 'case' || !isAdmin(permissions)) return null;
  const act = (action: Action, body?: unknown) => {
    setBusy(true);
    apiPost(`/configs/${record.id}/${action}`, body)
      .then(() => { notify(`steppe.publish.done.${action}`, { type: 'success' }); setOpen(null); setNote(''); refresh(); })
      .catch((e: Error) => notify(e.message, { type: 'error', multiLine: true }))
      .finally(() => setBusy(false));
  };
  return (
    <>
      {record.state === 'draft' && record.review_note && <Alert severity="warning" sx={{ mr: 1, py: 0 }}>{translate('steppe.publish.review_note', { note: record.review_note })}</Alert>}
      {record.state === 'draft' && <Button label="steppe.publish.submit" variant="contained" disabled={busy} onClick={() => act('submit')}><SendIcon /></Button>}
      {record.state === 'in_review' && <Button label="steppe.publish.approve" variant="contained" onClick={() => setOpen('approve')}><DoneIcon /></Button>}
      {record.state === 'in_review' && <Button label="steppe.publish.send_back" color="warning" onClick={() => setOpen('send_back')}><UndoIcon /></Button>}
      <Confirm isOpen={open === 'approve'} loading={busy} title="steppe.publish.approve_title" content="steppe.publish.approve_content"
        titleTranslateOptions={{ title: record.title }} onConfirm={() => act('approve')} onClose={() => setOpen(null)} />
      <Dialog open={open === 'send_back'} onClose={() => setOpen(null)} fullWidth>
        <DialogTitle>{translate('steppe.publish.send_back_title', { title: record.title })}</DialogTitle>
        <DialogContent>
          <TextField autoFocus fullWidth multiline minRows={3} label={translate('steppe.publish.send_back_note')} value={note}
            onChange={(e) => setNote(e.target.value)} slotProps={{ htmlInput: { maxLength: 500 } }} sx={{ mt: 1 }} />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(null)} />
          <Button label="steppe.publish.send_back" variant="contained" color="warning" disabled={busy || !note.trim()} onClick={() => act('send_back', { note })} />
        </DialogActions>
      </Dialog>
    </>
  );
};
