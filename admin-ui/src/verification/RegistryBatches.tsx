// RegistryBatches: the batches of comparison data loaded so far (GET /api/verification/registry/summary), newest first.
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDateTime } from '../common/dates';
import { batchTime } from './csvText';

export interface Batch { check: string; batch: string; source: string | null; rows: number | string }

export const RegistryBatches = ({ batches }: { batches: Batch[] | null }) => {
  const translate = useTranslate();
  if (!batches) return null;
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ fontSize: '1.1rem', fontWeight: 600, mt: 4, mb: 1 }}>{translate('steppe.verification.batches')}</Typography>
      {batches.length === 0 ? <Alert severity="info">{translate('steppe.verification.batches_empty')}</Alert> : (
        <Table size="small" sx={{ maxWidth: 960 }}>
          <TableHead>
            <TableRow>
              {['check', 'loaded_at', 'source', 'rows'].map((c) => (
                <TableCell key={c} align={c === 'rows' ? 'right' : 'left'} sx={{ fontWeight: 600 }}>{translate(`steppe.verification.columns.${c}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {batches.map((b) => {
              const at = batchTime(b.batch);
              return (
                <TableRow key={b.batch}>
                  <TableCell>{translate(`steppe.enums.verification_check.${b.check}`, { _: b.check })}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{at ? formatDateTime(at) : b.batch}</TableCell>
                  <TableCell>{b.source ? translate(`steppe.verification.sources.${b.source}`, { _: b.source }) : '—'}</TableCell>
                  <TableCell align="right">{Number(b.rows)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </>
  );
};
