// JsonField: a JSON value (a config body, a decision, audit changes) shown formatted.
import { Box } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';

export const JsonField = (props: FieldProps) => {
  const value = useFieldValue(props);
  if (value == null) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return (
    <Box
      component="pre"
      sx={{ m: 0, p: 1.5, bgcolor: 'grey.50', border: 1, borderColor: 'divider', borderRadius: 1,
        fontSize: 13, overflow: 'auto', maxHeight: 480, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
    >
      {text}
    </Box>
  );
};
