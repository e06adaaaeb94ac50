// BulkResults: one line per claim of a batch approval: approved, or why not.
import { Alert, List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import { useTranslate } from 'react-admin';

export interface BulkResult {
  id: number;
  ok: boolean;
  message: string;
}

export const BulkResults = ({ results, error }: { results: BulkResult[] | null; error: string | null }) => {
  const translate = useTranslate();
  if (error) return <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>;
  if (!results) return null;
  const ok = results.filter((r) => r.ok).length;
  return (
    <>
      <Alert severity={ok === results.length ? 'success' : 'warning'}>
        {translate('steppe.claims.bulk_summary', { ok, failed: results.length - ok })}
      </Alert>
      <List dense>
        {results.map((r) => (
          <ListItem key={r.id}>
            <ListItemIcon>{r.ok ? <CheckCircleIcon color="success" /> : <CancelIcon color="error" />}</ListItemIcon>
            <ListItemText primary={translate('steppe.claims.claim_no', { id: r.id })} secondary={r.message} />
          </ListItem>
        ))}
      </List>
    </>
  );
};
