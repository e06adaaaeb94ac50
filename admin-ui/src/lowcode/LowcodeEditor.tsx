// LowcodeEditor: a draft rule set, parameter table or form edited without JSON — the visual editor, rule tests, dry-run, and the JSON one tab away.
import { useEffect, useState } from 'react';
import { Alert, Box, Button as MuiButton, Stack, Tab, Tabs } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { useNotify, useRecordContext, useRefresh } from 'react-admin';
import { BodyEditor } from '../configs/BodyEditor';
import { FormPreview } from '../configs/FormPreview';
import { DryRunPanel } from '../configs/rules/DryRunPanel';
import { RulesReadable } from '../configs/rules/RulesReadable';
import { saveDraft, type DraftRecord } from './draftTools';
import { RuleBuilder } from './RuleBuilder';
import { ParamsEditor } from './ParamsEditor';
import { FormBuilder } from './FormBuilder';
import { TestsEditor } from './TestsEditor';

const VISUAL: Record<string, string> = { ruleset: '规则', param: '政策参数', form: '表单字段' };

/** Beside the JSON, what it means: rules in words, a form as it will look. */
const jsonAside = (record: DraftRecord) => record.kind === 'ruleset' ? (b: unknown) => <RulesReadable body={b} node={String(record.node_code)} />
  : record.kind === 'form' ? (b: unknown) => <FormPreview body={b} /> : undefined;

/** Kinds with a visual editor. */
export const hasLowcodeEditor = (kind: unknown) => typeof kind === 'string' && kind in VISUAL;

export const LowcodeEditor = () => {
  const record = useRecordContext() as DraftRecord | undefined;
  const notify = useNotify();
  const refresh = useRefresh();
  const [tab, setTab] = useState('visual');
  const [body, setBody] = useState<unknown>(record?.body);
  const [saving, setSaving] = useState(false);
  useEffect(() => { setBody(record?.body); }, [record?.id, record?.version]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!record) return null;
  const dirty = JSON.stringify(body) !== JSON.stringify(record.body);
  const save = () => {
    setSaving(true);
    saveDraft(record, body).then(() => { notify('steppe.rules.saved', { type: 'success' }); refresh(); })
      .catch((e: Error) => notify(e.message, { type: 'error', multiLine: true })).finally(() => setSaving(false));
  };
  const tools = record.kind === 'ruleset' || record.kind === 'param';
  return (
    <Stack gap={2} sx={{ width: '100%' }}>
      <Tabs value={tab} onChange={(_e, v) => setTab(v)}>
        <Tab value="visual" label={VISUAL[record.kind]} />
        {tools && <Tab value="tests" label="规则测试" />}
        {tools && <Tab value="dry-run" label="试算" />}
        <Tab value="json" label="JSON（开发人员）" />
      </Tabs>
      {tab === 'visual' && (
        <>
          <Stack direction="row" gap={2} alignItems="center">
            <MuiButton variant="contained" startIcon={<SaveIcon />} disabled={!dirty || saving} onClick={save}>保存草稿</MuiButton>
            {dirty && <Alert severity="warning" sx={{ py: 0 }}>有未保存的修改</Alert>}
          </Stack>
          {record.kind === 'ruleset' && <RuleBuilder record={record} body={body} onChange={setBody} />}
          {record.kind === 'param' && <ParamsEditor record={record} body={body} onChange={setBody} />}
          {record.kind === 'form' && <FormBuilder record={record} body={body} onChange={setBody} />}
        </>
      )}
      {tab === 'tests' && (dirty ? <Alert severity="warning">请先保存草稿，测试针对已保存的草稿运行</Alert> : <TestsEditor record={record} />)}
      {tab === 'dry-run' && <Box><DryRunPanel id={record.id} disabled={dirty} /></Box>}
      {tab === 'json' && (dirty ? <Alert severity="warning">请先保存或放弃可视化编辑中的修改</Alert> : <BodyEditor aside={jsonAside(record)} />)}
    </Stack>
  );
};
