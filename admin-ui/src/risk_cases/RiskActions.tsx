// RiskActions: take a case (指派给我), start the investigation, add a note, clear it or confirm it (a reason each time).
import { useState } from 'react';
import { Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, TextField } from '@mui/material';
import { TopToolbar, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { apiPost } from '../providers/api';
import { session } from '../providers/session';

type Action = 'assign' | 'investigate' | 'note' | 'clear' | 'confirm';
const ACTIVE = ['open', 'investigating'];

export const RiskActions = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState<Action | null>(null);
  const [text, setText] = useState('');
  const [suspend, setSuspend] = useState(false);
  if (!record || !['platform_admin', 'region_admin', 'reviewer'].includes(String(permissions))) return <TopToolbar />;
  const act = (action: Action, body: Record<string, unknown> = {}) =>
    apiPost(`/risk_cases/${record.id}/${action}`, body)
      .then(() => { notify(`steppe.risk.done.${action}`, { type: 'success' }); setOpen(null); setText(''); refresh(); })
      .catch((e: Error) => notify(e.message, { type: 'error', multiLine: true }));
  const active = ACTIVE.includes(String(record.status));
  const me = session.user()?.id;
  const bodyOf = (action: Action) => (action === 'note' ? { text } : action === 'confirm' ? { resolution: text, suspend_institution: suspend } : { resolution: text });
  return (
    <TopToolbar>
      {active && String(record.assignee_id) !== String(me) && <Button label="steppe.risk.action.assign" onClick={() => act('assign', { assignee_id: Number(me) })} />}
      {record.status === 'open' && <Button label="steppe.risk.action.investigate" onClick={() => act('investigate')} />}
      <Button label="steppe.risk.action.note" onClick={() => setOpen('note')} />
      {active && <Button label="steppe.risk.action.clear" onClick={() => setOpen('clear')} />}
      {active && <Button label="steppe.risk.action.confirm" color="error" onClick={() => setOpen('confirm')} />}
      <Dialog open={open !== null} onClose={() => setOpen(null)} fullWidth maxWidth="sm">
        <DialogTitle>{open && translate(`steppe.risk.action.${open}`)}</DialogTitle>
        <DialogContent>
          <TextField autoFocus fullWidth multiline minRows={3} margin="dense" value={text} onChange={(e) => setText(e.target.value)}
            label={translate(open === 'note' ? 'steppe.risk.note' : 'steppe.risk.resolution')} />
          {open === 'confirm' && record.institution_id && (
            <FormControlLabel control={<Checkbox checked={suspend} onChange={(e) => setSuspend(e.target.checked)} />} label={translate('steppe.risk.suspend')} />
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(null)} />
          <Button label="ra.action.confirm" variant="contained" disabled={text.trim().length < (open === 'note' ? 1 : 4)} onClick={() => open && act(open, bodyOf(open))} />
        </DialogActions>
      </Dialog>
    </TopToolbar>
  );
};
