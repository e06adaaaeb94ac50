// UploadResult: what a registry upload did: how many rows were loaded, and each skipped row with its reason.
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDateTime } from '../common/dates';
import { batchTime } from './csvText';

export interface LoadResult { batch: string; loaded: number; rejected: Array<{ row: number; message: string }> }

/** `lines`: the file line of each data row, so a skipped row is named by the line the clerk sees in Excel. */
export const UploadResult = ({ check, result, lines }: { check: string; result: LoadResult; lines: number[] }) => {
  const translate = useTranslate();
  const { rejected } = result;
  const at = batchTime(result.batch);
  return (
    <>
      <Alert severity={rejected.length ? 'warning' : 'success'} sx={{ mt: 2 }}>
        {translate('steppe.verification.result', {
          check: translate(`steppe.enums.verification_check.${check}`, { _: check }),
          at: at ? formatDateTime(at) : result.batch,
          loaded: result.loaded,
          rejected: rejected.length,
        })}
      </Alert>
      {rejected.length > 0 && (
        <>
          <Typography variant="body2" sx={{ mt: 2, mb: 0.5 }}>{translate('steppe.verification.rejected_title')}</Typography>
          <Table size="small" sx={{ maxWidth: 720 }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 96, fontWeight: 600 }}>{translate('steppe.verification.row')}</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>{translate('steppe.verification.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rejected.map((r) => (
                <TableRow key={r.row}><TableCell>{lines[r.row - 1] ?? r.row}</TableCell><TableCell>{r.message}</TableCell></TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </>
  );
};
