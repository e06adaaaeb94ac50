// ClaimVerifications: the data comparisons made for this claim (GET /api/claims/:id/verifications): which check,
// whether the registry confirmed it, from which source and when; beside the materials they waive.
import { useEffect, useState } from 'react';
import { Alert, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../../common/dates';
import { apiGet } from '../../providers/api';

interface Comparison { check: string; confirmed: boolean | number | null; source: string | null; checked_at: string }

const stateOf = (c: Comparison) => (c.confirmed === null ? 'unknown' : c.confirmed ? 'confirmed' : 'refuted');

export const ClaimVerifications = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [rows, setRows] = useState<Comparison[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!record) return undefined;
    let live = true;
    apiGet<Comparison[]>(`/claims/${record.id}/verifications`).then((r) => live && setRows(r)).catch((e: Error) => live && setError(e.message));
    return () => { live = false; };
  }, [record?.id, record?.version]); // eslint-disable-line react-hooks/exhaustive-deps
  if (error) return <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>;
  if (!rows) return null;
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 3, fontWeight: 600 }}>{translate('steppe.verification.claim.title')}</Typography>
      {rows.length === 0 ? <Alert severity="info">{translate('steppe.verification.claim.empty')}</Alert> : (
        <TableContainer>
          <Table size="small">
            <TableHead>
              <TableRow>
                {['check', 'confirmed', 'source', 'checked_at'].map((h) => <TableCell key={h}>{translate(`steppe.verification.claim.columns.${h}`)}</TableCell>)}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((c, i) => (
                <TableRow key={`${c.check}-${i}`}>
                  <TableCell>{translate(`steppe.enums.verification_check.${c.check}`, { _: c.check })}</TableCell>
                  <TableCell>{translate(`steppe.verification.claim.state.${stateOf(c)}`)}</TableCell>
                  <TableCell>{c.source ? translate(`steppe.verification.sources.${c.source}`, { _: c.source }) : '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.checked_at)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  );
};
