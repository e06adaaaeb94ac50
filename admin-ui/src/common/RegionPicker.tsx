// RegionPicker: choose a region by typing its name or code, outside a react-admin form (dialogs, dashboards, editors).
import { useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { useGetList } from 'react-admin';

interface Props {
  label: string;
  value: string;
  onChange: (code: string) => void;
  helperText?: string;
}

export const RegionPicker = ({ label, value, onChange, helperText }: Props) => {
  const [q, setQ] = useState('');
  const { data = [] } = useGetList('regions', { pagination: { page: 1, perPage: 50 }, sort: { field: 'id', order: 'ASC' }, filter: q ? { q } : {} });
  const options = data.map((r) => ({ id: String(r.id), name: String(r.name) }));
  const selected = options.find((o) => o.id === value) ?? (value ? { id: value, name: value } : null);
  return (
    <Autocomplete
      size="small"
      options={options}
      value={selected}
      filterOptions={(x) => x}
      getOptionLabel={(o) => (o.name === o.id ? o.id : `${o.name}（${o.id}）`)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onInputChange={(_e, text, reason) => reason === 'input' && setQ(text)}
      onChange={(_e, option) => onChange(option?.id ?? '')}
      renderInput={(params) => <TextField {...params} label={label} helperText={helperText} />}
      sx={{ minWidth: 260 }}
    />
  );
};
