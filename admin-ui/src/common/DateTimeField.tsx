// DateTimeField: a stored timestamp as `YYYY-MM-DD HH:mm` (24 h, local time), the one style dates take in the console.
import { useFieldValue, type FieldProps } from 'react-admin';
import { Typography } from '@mui/material';
import { formatDateTime } from './dates';

export const DateTimeField = ({ source }: FieldProps & { source: string; showTime?: boolean }) => {
  const value = useFieldValue({ source });
  if (value === null || value === undefined || value === '') return null;
  return <Typography component="span" variant="body2">{formatDateTime(String(value))}</Typography>;
};
