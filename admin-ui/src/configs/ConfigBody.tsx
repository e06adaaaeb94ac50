// ConfigBody: a document's body read-only in the view of its kind (catalog table, rules in words, form preview, parameter
// table, guide, case); the JSON only for those who open 「JSON（开发人员）」.
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useRecordContext, useTranslate } from 'react-admin';
import { JsonField } from '../common/JsonField';
import { CatalogTable } from './catalog/CatalogTable';
import { FormPreview } from './FormPreview';
import { RulesReadable } from './rules/RulesReadable';
import { ParamsTable } from './readable/ParamsTable';
import { GuideView } from './readable/GuideView';
import { CaseView } from './readable/CaseView';

const noop = () => undefined;

const Readable = ({ record }: { record: Record<string, any> }) => {
  const body = record.body as any;
  const node = String(record.node_code);
  switch (record.kind) {
    case 'catalog':
      return Array.isArray(body?.entries) ? (
        <CatalogTable entries={body.entries.filter((e: any) => !e.remove)} removed={body.entries.filter((e: any) => e.remove && e.levels)}
          parent={null} parentSource={{}} readOnly onLevel={noop} onRemove={noop} onRestore={noop} />
      ) : null;
    case 'ruleset': return <RulesReadable body={body} node={node} />;
    case 'form': return <FormPreview body={body} />;
    case 'param': return <ParamsTable body={body} node={node} />;
    case 'guide': return <GuideView body={body} />;
    case 'case': return <CaseView body={body} />;
    default: return null;
  }
};

export const ConfigBody = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ width: '100%' }}>
      {record.mode === 'extend' && <Alert severity="info" sx={{ mb: 1 }}>{translate('steppe.publish.extend_note')}</Alert>}
      <Readable record={record} />
      <Accordion disableGutters variant="outlined" sx={{ mt: 2 }} slotProps={{ transition: { unmountOnExit: true } }}>
        <AccordionSummary expandIcon={<ExpandMoreIcon />}><Typography variant="body2">JSON（开发人员）</Typography></AccordionSummary>
        <AccordionDetails><JsonField source="body" /></AccordionDetails>
      </Accordion>
    </Box>
  );
};
