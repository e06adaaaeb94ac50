// FundSourceSelect: the fund sources as a plain select, for the approval dialogs.
import { MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';

export const FundSourceSelect = ({ value, onChange }: { value: string; onChange: (id: string) => void }) => {
  const translate = useTranslate();
  const { data = [] } = useGetList('fund_sources', { pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' } });
  return (
    <TextField select fullWidth margin="dense" label={translate('resources.claims.fields.fund_source_id')} value={value}
      onChange={(e) => onChange(e.target.value)} required>
      {data.map((f) => <MenuItem key={f.id} value={String(f.id)}>{f.name}</MenuItem>)}
    </TextField>
  );
};
