// RiskScanButton: runs every risk check over the user's node now (POST /api/risk/scan) and reports what it found.
import { useState } from 'react';
import RadarIcon from '@mui/icons-material/Radar';
import { useNotify, usePermissions, useRefresh } from 'react-admin';
import { Button } from '../common/Button';
import { apiPost } from '../providers/api';
import { session } from '../providers/session';

export const RiskScanButton = () => {
  const { permissions } = usePermissions();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const region = session.user()?.region_code;
  if (!region || !['platform_admin', 'region_admin', 'reviewer'].includes(String(permissions))) return null;
  const scan = () => {
    setBusy(true);
    apiPost<{ totals: { hits: number; new: number; reopened: number } }>('/risk/scan', { region_code: region })
      .then((r) => { notify('steppe.risk.scanned', { type: 'info', messageArgs: r.totals }); refresh(); })
      .catch((e: Error) => notify(e.message, { type: 'error' }))
      .finally(() => setBusy(false));
  };
  return <Button label="steppe.risk.scan" onClick={scan} disabled={busy}><RadarIcon /></Button>;
};
