// ConfigBody: a document's body read-only, in the view of its kind (catalog table, readable rules, form preview) and as JSON.
import { Alert, Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { JsonField } from '../common/JsonField';
import { CatalogTable } from './catalog/CatalogTable';
import { FormPreview } from './FormPreview';
import { RulesReadable } from './rules/RulesReadable';

const noop = () => undefined;

export const ConfigBody = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const body = record.body as any;
  return (
    <Box sx={{ width: '100%' }}>
      {record.mode === 'extend' && <Alert severity="info" sx={{ mb: 1 }}>{translate('steppe.publish.extend_note')}</Alert>}
      {record.kind === 'catalog' && Array.isArray(body?.entries) && (
        <CatalogTable entries={body.entries.filter((e: any) => !e.remove)} removed={body.entries.filter((e: any) => e.remove && e.levels)}
          parent={null} parentSource={{}} readOnly onLevel={noop} onRemove={noop} onRestore={noop} />
      )}
      {record.kind === 'ruleset' && <RulesReadable body={body} node={String(record.node_code)} />}
      {record.kind === 'form' && <FormPreview body={body} />}
      <Box sx={{ mt: 2 }}><JsonField source="body" /></Box>
    </Box>
  );
};
