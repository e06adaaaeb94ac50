// AddEntryDialog: add an occupation to the catalog, or a level to one already in it (same code).
import { useState } from 'react';
import { Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Button } from '../../common/Button';
import { ENUMS } from '../../common/enums';
import { yuanTextToFen } from '../../common/money';
import type { Entry } from './catalogModel';

const CODE = /^([0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}(-[0-9]{2})?|[A-Z]{2,}(-[0-9A-Z]+)+)$/;

export const AddEntryDialog = ({ open, entries, onClose, onAdd }: { open: boolean; entries: Entry[]; onClose: () => void; onAdd: (e: Entry) => void }) => {
  const translate = useTranslate();
  const [v, setV] = useState({ code: '', name: '', sector: '', kinds: [] as string[], orientation: [] as string[], shortage: false, level: '5', hours: '', yuan: '' });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const existing = entries.find((e) => e.code === v.code);
  const fen = yuanTextToFen(v.yuan);
  const valid = CODE.test(v.code) && /^[1-9]\d*$/.test(v.hours) && typeof fen === 'number'
    && (existing ? !existing.levels[v.level] : v.name && v.sector && v.kinds.length > 0 && v.orientation.length > 0);
  const add = () => {
    const level = { [v.level]: { min_hours: Number(v.hours), standard_fen: fen as number } };
    onAdd(existing ? { ...existing, levels: { ...existing.levels, ...level } }
      : { code: v.code, name: v.name, sector: v.sector, kinds: v.kinds, orientation: v.orientation, shortage: v.shortage, levels: level });
  };
  const label = (key: string) => translate(`steppe.catalog.fields.${key}`);
  const select = (key: 'kinds' | 'orientation', of: 'training_kind' | 'orientation') => (
    <TextField select fullWidth label={label(key)} value={v[key]} disabled={!!existing}
      slotProps={{ select: { multiple: true } }} onChange={(e) => set({ [key]: e.target.value as unknown as string[] })}>
      {ENUMS[of].map((k) => <MenuItem key={k} value={k}>{translate(`steppe.enums.${of}.${k}`)}</MenuItem>)}
    </TextField>
  );
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('steppe.catalog.add')}</DialogTitle>
      <DialogContent>
        <Stack gap={2} sx={{ mt: 1 }}>
          <TextField label={label('code')} value={v.code} onChange={(e) => set({ code: e.target.value.trim() })}
            helperText={translate(existing ? 'steppe.catalog.adds_level' : 'steppe.catalog.code_help', { name: existing?.name ?? '' })} />
          {!existing && <TextField label={label('name')} value={v.name} onChange={(e) => set({ name: e.target.value })} />}
          {!existing && <TextField label={label('sector')} value={v.sector} onChange={(e) => set({ sector: e.target.value })} />}
          {!existing && select('kinds', 'training_kind')}
          {!existing && select('orientation', 'orientation')}
          {!existing && <FormControlLabel control={<Checkbox checked={v.shortage} onChange={(e) => set({ shortage: e.target.checked })} />} label={label('shortage')} />}
          <Stack direction="row" gap={2}>
            <TextField select label={label('level')} value={v.level} onChange={(e) => set({ level: e.target.value })} sx={{ minWidth: 160 }}>
              {ENUMS.skill_level.map((l) => <MenuItem key={l} value={l}>{translate(`steppe.enums.skill_level.${l}`)}</MenuItem>)}
            </TextField>
            <TextField label={translate('steppe.catalog.min_hours')} value={v.hours} onChange={(e) => set({ hours: e.target.value.trim() })} />
            <TextField label={translate('steppe.catalog.standard')} value={v.yuan} onChange={(e) => set({ yuan: e.target.value })} />
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button label="ra.action.add" variant="contained" onClick={add} disabled={!valid} />
      </DialogActions>
    </Dialog>
  );
};
