// PiiReveal: lets an administrator or reviewer fetch a record's personal data in clear (the API audits each reveal); for any resource with encrypted fields.
import { useState } from 'react';
import { Alert, AlertTitle } from '@mui/material';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { useNotify, usePermissions, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { Button } from './Button';
import { canReveal } from '../permissions';
import { API_URL, httpClient } from '../providers/httpClient';

export const PiiReveal = ({ fields }: { fields: string[]; label?: false }) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const notify = useNotify();
  const [clear, setClear] = useState<Record<string, string> | null>(null);
  const [loading, setLoading] = useState(false);
  if (!record || !resource || !canReveal(permissions) || fields.every((f) => !record[f])) return null;

  // Fetched outside the data provider so the clear values never enter the shared cache.
  const reveal = () => {
    setLoading(true);
    httpClient(`${API_URL}/${resource}/${encodeURIComponent(record.id)}?reveal=true`)
      .then(({ json }) => setClear(json))
      .catch((error: Error) => notify(error.message, { type: 'error' }))
      .finally(() => setLoading(false));
  };
  if (!clear) return <Button label="steppe.security.reveal.show" onClick={reveal} disabled={loading}><VisibilityIcon /></Button>;
  return (
    <Alert severity="warning" action={<Button label="steppe.security.reveal.hide" onClick={() => setClear(null)}><VisibilityOffIcon /></Button>}>
      <AlertTitle>{translate('steppe.security.reveal.notice')}</AlertTitle>
      {fields.map((field) => <div key={field}>{translate(`resources.${resource}.fields.${field}`)}：{clear[field] ?? ''}</div>)}
    </Alert>
  );
};
