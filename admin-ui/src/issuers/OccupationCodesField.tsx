// OccupationCodesField: an issuer's occupations as chips named from its region's catalog; `max` shows the first few
// and how many more (lists).
import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { occupationText, useCatalog } from '../common/useCatalog';

export const OccupationCodesField = ({ max }: { label?: string; max?: number }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const codes: string[] = Array.isArray(record?.occupation_codes) ? record.occupation_codes : [];
  const names = useCatalog(record?.region_code, codes);
  const shown = max ? codes.slice(0, max) : codes;
  return (
    <Stack direction="row" gap={0.5} flexWrap="wrap" alignItems="center">
      {shown.map((code) => <Chip key={code} size="small" variant="outlined" label={occupationText(names, code)} />)}
      {codes.length > shown.length && (
        <Typography variant="body2" color="text.secondary">{translate('steppe.issuers.more', { count: codes.length })}</Typography>
      )}
    </Stack>
  );
};
