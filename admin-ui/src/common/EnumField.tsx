// EnumField: shows an enum value by its Chinese label (`steppe.enums.<of>.<value>`), as text or a chip.
import { Chip, Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { EnumName } from './enums';

export const EnumField = ({ of, chip, ...props }: FieldProps & { of: EnumName; chip?: boolean }) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (value == null || value === '') return null;
  const label = translate(`steppe.enums.${of}.${value}`, { _: String(value) });
  return chip ? (
    <Chip size="small" label={label} sx={{ alignSelf: 'flex-start' }} />
  ) : (
    <Typography component="span" variant="body2">{label}</Typography>
  );
};
