// BulkApproveButton: approve the selected claims from one fund source; each succeeds or fails on its own, and says why.
import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useListContext, usePermissions, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { Button } from '../../common/Button';
import { apiPost } from '../../providers/api';
import { BulkResults, type BulkResult } from './BulkResults';
import { FundSourceSelect } from './FundSourceSelect';

export const BulkApproveButton = () => {
  const { selectedIds } = useListContext();
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const refresh = useRefresh();
  const unselect = useUnselectAll('claims');
  const [open, setOpen] = useState(false);
  const [fund, setFund] = useState('');
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<BulkResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!['platform_admin', 'region_admin', 'reviewer'].includes(String(permissions))) return null;
  const approve = async () => {
    setBusy(true); setError(null);
    try {
      const reply = await apiPost<{ results: BulkResult[] }>('/claims/approve', { ids: selectedIds.map(Number), fund_source_id: Number(fund) });
      setResults(reply.results);
      refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    if (results) unselect();
    setOpen(false); setResults(null); setError(null);
  };
  return (
    <>
      <Button label="steppe.claims.bulk_approve" onClick={() => setOpen(true)}><DoneAllIcon /></Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="md">
        <DialogTitle>{translate('steppe.claims.bulk_title', { count: selectedIds.length })}</DialogTitle>
        <DialogContent>
          {!results && <FundSourceSelect value={fund} onChange={setFund} />}
          <BulkResults results={results} error={error} />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={close} />
          {!results && <Button label="steppe.claims.action.approve" variant="contained" onClick={approve} disabled={!fund || busy} />}
        </DialogActions>
      </Dialog>
    </>
  );
};
