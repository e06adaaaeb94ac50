// ValidityField: an issuer's registration period in words: 「2024-01-01 至 2026-12-31」, 「至 2026-12-31」, 「长期有效」.
import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export const ValidityField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const { valid_from: from, valid_to: to } = record;
  const key = from && to ? 'range' : from ? 'from' : to ? 'to' : 'always';
  return <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>{translate(`steppe.issuers.validity.${key}`, { from, to })}</Typography>;
};
