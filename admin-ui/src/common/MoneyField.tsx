// MoneyField: shows an integer `*_fen` amount as yuan, e.g. ¥1,234.50.
import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatFen } from './money';

export const MoneyField = (props: FieldProps) => {
  const value = useFieldValue(props);
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {typeof value === 'number' ? formatFen(value) : ''}
    </Typography>
  );
};
