// SaveBar: the draft's title, first day in force and notes, and 「保存草稿」.
import { Stack, TextField } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { useTranslate } from 'react-admin';
import { Button } from '../../common/Button';
import type { SaveFields } from './saveCatalog';

interface Props {
  fields: SaveFields;
  onChange: (fields: SaveFields) => void;
  onSave: () => void;
  disabled: boolean;
}

export const SaveBar = ({ fields, onChange, onSave, disabled }: Props) => {
  const translate = useTranslate();
  const field = (key: keyof SaveFields, wide = false) => (
    <TextField size="small" label={translate(`steppe.catalog.save_fields.${key}`)} value={fields[key]} sx={{ flex: wide ? 2 : 1 }}
      type={key === 'effective_from' ? 'date' : 'text'} slotProps={{ inputLabel: { shrink: true } }}
      onChange={(e) => onChange({ ...fields, [key]: e.target.value })} />
  );
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} gap={2} alignItems="center" sx={{ mt: 2 }}>
      {field('title', true)}
      {field('effective_from')}
      {field('note', true)}
      <Button label="steppe.catalog.save" variant="contained" onClick={onSave} disabled={disabled}><SaveIcon /></Button>
    </Stack>
  );
};
