// RegionPicker: choose a region (or several) by typing its name or code, each shown with its place in the tree (包头市 › 昆都仑区).
import { useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { useGetList, useGetMany } from 'react-admin';
import { regionTrail, type RegionRow } from './regionTrail';

interface Common {
  label: string;
  helperText?: string;
  /** Only nodes that publish their own configuration (the bureaus), e.g. when a rule compares with a 盟市. */
  ownsConfig?: boolean;
  size?: 'small' | 'medium';
  disabled?: boolean;
}
type Props = Common & ({ multiple?: false; value: string; onChange: (code: string) => void } | { multiple: true; value: string[]; onChange: (codes: string[]) => void });

interface Option { id: string; trail: string }

export const RegionPicker = (props: Props) => {
  const { label, helperText, ownsConfig, size = 'small', disabled } = props;
  const [q, setQ] = useState('');
  const chosen = props.multiple ? props.value : props.value ? [props.value] : [];
  const filter = { ...(q ? { q } : {}), ...(ownsConfig ? { owns_config: true } : {}) };
  const { data: found = [] } = useGetList<RegionRow>('regions', { pagination: { page: 1, perPage: 50 }, sort: { field: 'id', order: 'ASC' }, filter });
  // The chosen codes may not be among the matches: fetched by id, like every ancestor named on a trail.
  const ancestors = [...new Set([...found.flatMap((r) => String(r.path ?? '').split('/').filter(Boolean)), ...chosen])];
  const { data: known = [] } = useGetMany<RegionRow>('regions', { ids: ancestors }, { enabled: ancestors.length > 0 });
  const byId = new Map([...known, ...found].map((r) => [String(r.id), r]));
  const optionOf = (code: string): Option => ({ id: code, trail: byId.has(code) ? regionTrail(byId.get(code)!, byId) : code });
  const options = found.map((r) => optionOf(String(r.id)));
  const common = {
    size, options, disabled, filterOptions: (x: Option[]) => x, sx: { minWidth: 280 },
    getOptionLabel: (o: Option) => (o.trail === o.id ? o.id : `${o.trail}（${o.id}）`),
    isOptionEqualToValue: (a: Option, b: Option) => a.id === b.id,
    onInputChange: (_e: unknown, text: string, reason: string) => reason === 'input' && setQ(text),
    renderInput: (params: object) => <TextField {...params} label={label} helperText={helperText} />,
  };
  if (props.multiple) {
    const onChange = props.onChange;
    return <Autocomplete {...common} multiple value={chosen.map(optionOf)} onChange={(_e, list) => onChange(list.map((o) => o.id))} />;
  }
  const onChange = props.onChange;
  return <Autocomplete {...common} value={chosen[0] ? optionOf(chosen[0]) : null} onChange={(_e, o) => onChange(o?.id ?? '')} />;
};
