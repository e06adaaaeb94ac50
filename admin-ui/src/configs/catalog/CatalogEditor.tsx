// CatalogEditor: a node's training catalog: inherited entries marked, standards edited in yuan, saved as a draft
// that holds only what differs from the level above (an `extend` document), then published from its page.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Box, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useCanAccess, useNotify, useRedirect, useTranslate } from 'react-admin';
import { Button } from '../../common/Button';
import { today } from '../../common/dates';
import { AddEntryDialog } from './AddEntryDialog';
import { CatalogTable } from './CatalogTable';
import type { Entry, LevelStandard } from './catalogModel';
import { loadCatalog, type CatalogState } from './loadCatalog';
import { SaveBar } from './SaveBar';
import { saveCatalog, type SaveFields } from './saveCatalog';

export const CatalogEditor = ({ node, draftId }: { node: string; draftId?: number }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [state, setState] = useState<CatalogState | null>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [removed, setRemoved] = useState<Entry[]>([]);
  const [fields, setFields] = useState<SaveFields>({ title: '', effective_from: today(), reference: '', note: '' });
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Roles that only read configuration (auditor, reviewer) see the catalog, not an editor.
  const { canAccess: mayEdit = false } = useCanAccess({ action: 'edit', resource: 'configs' });
  const readOnly = !mayEdit;

  useEffect(() => {
    loadCatalog(node, draftId).then((s) => {
      setState(s); setEntries(s.entries); setRemoved([]);
      setFields({ title: s.draft?.title ?? translate('steppe.catalog.default_title', { node: s.nodeName }),
        effective_from: s.draft?.effective_from ?? today(), reference: s.reference, note: s.note });
    }).catch((e: Error) => setError(e.message));
  }, [node, draftId]); // eslint-disable-line react-hooks/exhaustive-deps

  const shown = useMemo(() => entries.filter((e) => !search || e.code.includes(search) || e.name.includes(search)), [entries, search]);
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!state) return <CircularProgress />;

  const change = (next: Entry[]) => { setEntries(next); setDirty(true); };
  const onLevel = (code: string, level: string, std: LevelStandard) =>
    change(entries.map((e) => (e.code === code ? { ...e, levels: { ...e.levels, [level]: std } } : e)));
  const onRemove = (code: string) => { setRemoved([...removed, entries.find((e) => e.code === code)!]); change(entries.filter((e) => e.code !== code)); };
  const onRestore = (code: string) => { change([...entries, removed.find((e) => e.code === code)!]); setRemoved(removed.filter((e) => e.code !== code)); };
  const onAdd = (entry: Entry) => { change(entries.some((e) => e.code === entry.code) ? entries.map((e) => (e.code === entry.code ? entry : e)) : [...entries, entry]); setAdding(false); };
  const save = () => saveCatalog(state, entries, fields)
    .then((id) => { notify('steppe.catalog.saved', { type: 'success' }); redirect('show', 'configs', id); })
    .catch((e: Error) => notify(e.message, { type: 'error', multiLine: true }));

  return (
    <Card>
      <CardContent>
        <Typography variant="h6">{translate('steppe.catalog.title', { node: state.nodeName })}</Typography>
        <Alert severity="info" sx={{ my: 1 }}>
          {translate(state.parent ? 'steppe.catalog.help_extend' : 'steppe.catalog.help_base')}
          {state.draft && ` ${translate('steppe.catalog.editing_draft', { id: state.draft.id })}`}
        </Alert>
        <Stack direction="row" gap={2} alignItems="center" sx={{ mb: 1 }}>
          <TextField size="small" label={translate('steppe.catalog.search')} value={search} onChange={(e) => setSearch(e.target.value.trim())} />
          {!readOnly && <Button label="steppe.catalog.add" onClick={() => setAdding(true)} sx={{ whiteSpace: 'nowrap' }}><AddIcon /></Button>}
        </Stack>
        <Box sx={{ maxHeight: '60vh', overflow: 'auto' }}>
          <CatalogTable entries={shown} removed={removed} parent={state.parent} parentSource={state.parentSource} original={state.entries} readOnly={readOnly}
            onLevel={onLevel} onRemove={onRemove} onRestore={onRestore} />
        </Box>
        {!readOnly && <SaveBar fields={fields} onChange={(f) => { setFields(f); setDirty(true); }} onSave={save} disabled={!dirty || !fields.title} />}
        {!readOnly && adding && <AddEntryDialog open entries={entries} onClose={() => setAdding(false)} onAdd={onAdd} />}
      </CardContent>
    </Card>
  );
};
