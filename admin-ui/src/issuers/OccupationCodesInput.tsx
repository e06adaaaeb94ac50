// OccupationCodesInput: the occupations an issuer may certify, picked (several) from the catalog in force in its region;
// codes already registered stay shown even when that catalog does not list them.
import { Autocomplete, TextField } from '@mui/material';
import { FormDataConsumer, required, useInput, useTranslate } from 'react-admin';
import { occupationText, useCatalog } from '../common/useCatalog';

const Picker = ({ region }: { region: string }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source: 'occupation_codes', validate: required(), defaultValue: [] });
  const value: string[] = Array.isArray(field.value) ? field.value : [];
  const names = useCatalog(region, value);
  const options = [...new Set([...names.keys(), ...value])];
  return (
    <Autocomplete
      multiple
      options={options}
      value={value}
      getOptionLabel={(code) => occupationText(names, code)}
      onChange={(_e, codes) => field.onChange(codes)}
      filterSelectedOptions
      renderInput={(params) => (
        <TextField {...params} label={translate('resources.issuers.fields.occupation_codes')} required
          error={!!fieldState.error} helperText={fieldState.error ? translate('ra.validation.required') : translate('steppe.issuers.occupation_help')} />
      )}
      sx={{ width: '100%' }}
    />
  );
};

export const OccupationCodesInput = () => (
  <FormDataConsumer>{({ formData }) => <Picker region={String(formData.region_code ?? '')} />}</FormDataConsumer>
);
