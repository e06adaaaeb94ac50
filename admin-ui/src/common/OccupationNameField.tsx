// OccupationNameField: an occupation code shown by its name in the catalog of the record's region (the code on hover),
// or the code itself when no catalog lists it.
import { Tooltip, Typography } from '@mui/material';
import { useFieldValue, useRecordContext, type FieldProps } from 'react-admin';
import { useCatalog } from './useCatalog';

export const OccupationNameField = (props: FieldProps) => {
  const record = useRecordContext();
  const code = useFieldValue(props);
  const names = useCatalog(record?.region_code, code ? [String(code)] : []);
  if (!code) return null;
  const name = names.get(String(code));
  const text = <Typography component="span" variant="body2">{name ?? code}</Typography>;
  return name ? <Tooltip title={String(code)}>{text}</Tooltip> : text;
};
