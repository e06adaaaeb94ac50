// WorkerReveal: lets an administrator or reviewer fetch a worker's ID number, phone and account in clear (the API audits it).
import { useState } from 'react';
import { Alert, AlertTitle } from '@mui/material';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { canReveal } from '../permissions';
import { API_URL, httpClient } from '../providers/httpClient';

const CLEAR_FIELDS = ['id_number', 'phone', 'payee_account'] as const;

export const WorkerReveal = (_props: { label?: false }) => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const notify = useNotify();
  const [clear, setClear] = useState<Record<string, string> | null>(null);
  const [loading, setLoading] = useState(false);
  if (!record || !canReveal(permissions)) return null;

  // Fetched outside the data provider so the clear values never enter the shared cache.
  const reveal = () => {
    setLoading(true);
    httpClient(`${API_URL}/workers/${encodeURIComponent(record.id)}?reveal=true`)
      .then(({ json }) => setClear(json))
      .catch((error: Error) => notify(error.message, { type: 'error' }))
      .finally(() => setLoading(false));
  };
  if (!clear) {
    return <Button label="steppe.workers.reveal" onClick={reveal} disabled={loading}><VisibilityIcon /></Button>;
  }
  return (
    <Alert
      severity="warning"
      action={<Button label="steppe.workers.hide" onClick={() => setClear(null)}><VisibilityOffIcon /></Button>}
    >
      <AlertTitle>{translate('steppe.workers.revealed_notice')}</AlertTitle>
      {CLEAR_FIELDS.map((field) => (
        <div key={field}>{translate(`resources.workers.fields.${field}`)}：{clear[field] ?? ''}</div>
      ))}
    </Alert>
  );
};
