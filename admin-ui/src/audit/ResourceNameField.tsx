// ResourceNameField: a resource name (`claims`) shown by its Chinese name (补贴申请).
import { Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

export const ResourceNameField = (props: FieldProps) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (!value) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`resources.${value}.name`, { _: String(value) })}
    </Typography>
  );
};
