// ClaimVerifications: the data comparisons made for this claim (GET /api/claims/:id/verifications): which check,
// whether the registry confirmed it, from which source and when; beside the materials they waive.
import { useEffect, useState } from 'react';
import { Alert, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../../common/dates';
import { RowsTable } from '../../common/RowsTable';
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
        <RowsTable
          head={['check', 'confirmed', 'source', 'checked_at'].map((h) => translate(`steppe.verification.claim.columns.${h}`))}
          nowrap={[3]}
          rows={rows.map((c, i) => ({
            key: `${c.check}-${i}`,
            cells: [
              translate(`steppe.enums.verification_check.${c.check}`, { _: c.check }),
              translate(`steppe.verification.claim.state.${stateOf(c)}`),
              c.source ? translate(`steppe.verification.sources.${c.source}`, { _: c.source }) : '—',
              formatDateTime(c.checked_at),
            ],
          }))}
        />
      )}
    </>
  );
};
