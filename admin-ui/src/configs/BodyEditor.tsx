// BodyEditor: a draft's body as JSON, checked as you type against the server's rules, with a live view beside it.
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { Grid, Stack } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { apiSend } from '../providers/api';
import { JsonTextArea } from './rules/JsonTextArea';
import { ProblemList } from './rules/ProblemList';
import { useValidation } from './rules/useValidation';

interface Props {
  /** The live view of the body being edited (the last one that parsed). */
  aside?: (body: unknown) => ReactNode;
}

export const BodyEditor = ({ aside }: Props) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const initial = useMemo(() => JSON.stringify(record?.body ?? {}, null, 2), [record?.id, record?.version]); // eslint-disable-line react-hooks/exhaustive-deps
  const [text, setText] = useState(initial);
  const [saving, setSaving] = useState(false);
  const parsed = useMemo(() => {
    try { return { body: JSON.parse(text), error: null }; } catch (e) { return { body: undefined, error: (e as Error).message }; }
  }, [text]);
  const doc = record && parsed.error === null ? {
    kind: record.kind, key: record.key, node: record.node_code, mode: record.mode, title: record.title,
    effective_from: record.effective_from, effective_to: record.effective_to ?? null, body: parsed.body,
  } : null;
  const { problems, checking } = useValidation(doc);
  const lastGood = useRef<unknown>(record?.body);
  if (parsed.error === null) lastGood.current = parsed.body;
  if (!record) return null;
  const dirty = text !== initial;
  const save = () => {
    setSaving(true);
    apiSend('PUT', `/configs/${record.id}`, { body: parsed.body, version: record.version })
      .then(() => { notify('steppe.rules.saved', { type: 'success' }); refresh(); })
      .catch((e: Error) => notify(e.message, { type: 'error', multiLine: true }))
      .finally(() => setSaving(false));
  };
  return (
    <Stack gap={2} sx={{ width: '100%' }}>
      <Grid container spacing={2}>
        {aside && <Grid size={{ xs: 12, md: 6 }}>{aside(lastGood.current)}</Grid>}
        <Grid size={{ xs: 12, md: aside ? 6 : 12 }}>
          <Stack gap={1}>
            <JsonTextArea label={translate('resources.configs.fields.body')} value={text} onChange={setText} />
            <ProblemList problems={problems} checking={checking} parseError={parsed.error} />
            <Button label="steppe.rules.save" variant="contained" onClick={save} disabled={!dirty || saving || parsed.error !== null}
              sx={{ alignSelf: 'flex-start' }}><SaveIcon /></Button>
          </Stack>
        </Grid>
      </Grid>
    </Stack>
  );
};
