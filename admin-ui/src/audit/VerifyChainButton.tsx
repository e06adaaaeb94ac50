// VerifyChainButton: checks the audit hash chain (GET /api/audit/verify) and says the result in words on the page.
import { useState } from 'react';
import VerifiedIcon from '@mui/icons-material/VerifiedUser';
import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { apiGet } from '../providers/api';
import { formatDateTime } from '../common/dates';

interface Report {
  ok: boolean;
  entries: number;
  problem?: { message: string };
  checkpoint: { seq: number; at: string } | null;
}

export const VerifyChainButton = () => {
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const verify = async () => {
    setBusy(true);
    try {
      const r = await apiGet<Report>('/audit/verify');
      if (!r.ok) setResult({ ok: false, text: translate('steppe.audit.verify_failed', { message: r.problem?.message ?? '' }) });
      else if (r.checkpoint) setResult({ ok: true, text: translate('steppe.audit.verify_ok', { entries: r.entries, seq: r.checkpoint.seq, at: formatDateTime(r.checkpoint.at) }) });
      else setResult({ ok: true, text: translate('steppe.audit.verify_ok_no_checkpoint', { entries: r.entries }) });
    } catch (e) {
      setResult({ ok: false, text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label="steppe.audit.verify" onClick={verify} disabled={busy}><VerifiedIcon /></Button>
      {result && <Alert role="status" severity={result.ok ? 'success' : 'error'} onClose={() => setResult(null)} sx={{ py: 0 }}>{result.text}</Alert>}
    </>
  );
};
