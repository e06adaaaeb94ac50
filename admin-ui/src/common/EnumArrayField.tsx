// EnumArrayField: shows an array of enum values (or plain codes) as chips.
import { Chip, Stack } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { EnumName } from './enums';

export const EnumArrayField = ({ of, ...props }: FieldProps & { of?: EnumName }) => {
  const values = useFieldValue(props);
  const translate = useTranslate();
  if (!Array.isArray(values)) return null;
  return (
    <Stack direction="row" gap={0.5} flexWrap="wrap">
      {values.map((value) => (
        <Chip key={String(value)} size="small" label={of ? translate(`steppe.enums.${of}.${value}`, { _: String(value) }) : String(value)} />
      ))}
    </Stack>
  );
};
