// AvailableField: what is left of a budget (amount − reserved − spent), in yuan.
import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatFen } from '../common/money';

export const AvailableField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  const left = (record.amount_fen ?? 0) - (record.reserved_fen ?? 0) - (record.spent_fen ?? 0);
  return (
    <Typography component="span" variant="body2" color={left < 0 ? 'error' : undefined}>
      {formatFen(left)}
    </Typography>
  );
};
