// OccupationInput: the occupation of a class picked from the catalog in force in its region (code and name set together),
// with each level's minimum hours and standard shown, so a clerk never types a code from memory.
import { useEffect, useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { FormDataConsumer, required, useInput, useTranslate } from 'react-admin';
import { catalogOf, type CatalogEntry as Entry } from '../common/catalog';
import { formatFen } from '../common/money';

const Picker = ({ region }: { region: string }) => {
  const translate = useTranslate();
  const code = useInput({ source: 'occupation_code', validate: required() });
  const name = useInput({ source: 'occupation_name' });
  const [entries, setEntries] = useState<Entry[]>([]);
  useEffect(() => { if (region) void catalogOf(region).then(setEntries); }, [region]);
  const selected = entries.find((e) => e.code === code.field.value) ?? null;
  const levels = selected ? Object.entries(selected.levels).map(([l, s]) => translate('steppe.programs.level_hint', {
    level: translate(`steppe.enums.skill_level.${l}`), hours: s.min_hours, amount: formatFen(s.standard_fen),
  })).join('；') : translate('steppe.programs.occupation_help');
  return (
    <Autocomplete
      options={entries}
      value={selected}
      getOptionLabel={(e) => `${e.name}（${e.code}）`}
      isOptionEqualToValue={(a, b) => a.code === b.code}
      onChange={(_e, entry) => { code.field.onChange(entry?.code ?? ''); name.field.onChange(entry?.name ?? ''); }}
      renderInput={(params) => (
        <TextField {...params} label={translate('resources.programs.fields.occupation_code')} helperText={levels}
          error={!!code.fieldState.error} required />
      )}
      sx={{ width: '100%' }}
    />
  );
};

export const OccupationInput = () => (
  <FormDataConsumer>{({ formData }) => <Picker region={String(formData.region_code ?? '')} />}</FormDataConsumer>
);
