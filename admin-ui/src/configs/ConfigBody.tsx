// ConfigBody: a document's body read-only in the view of its kind (catalog table, rules in words, form preview, parameter
// table, guide, case); the JSON only for those who open 「JSON（开发人员）」.
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { JsonField } from '../common/JsonField';
import { recordOf } from '../common/json';
import { catalogEntriesOf } from '../lowcode/bodyViews';
import type { Entry } from './catalog/catalogModel';
import { CatalogTable } from './catalog/CatalogTable';
import { FormPreview } from './FormPreview';
import { RulesReadable } from './rules/RulesReadable';
import { ParamsTable } from './readable/ParamsTable';
import { GuideView } from './readable/GuideView';
import { CaseView } from './readable/CaseView';

const noop = () => undefined;

const Readable = ({ record }: { record: RaRecord }) => {
  const body: unknown = record.body;
  const node = String(record.node_code);
  switch (record.kind) {
    case 'catalog': {
      if (!Array.isArray(recordOf(body).entries)) return null;
      const items = catalogEntriesOf(body);
      // A removal that kept its levels is shown among the removed rows; a bare `{ code, remove: true }` has nothing to show.
      return (
        <CatalogTable entries={items.filter((e): e is Entry => !e.remove)} removed={items.filter((e): e is Entry => Boolean(e.remove && e.levels))}
          parent={null} parentSource={{}} readOnly onLevel={noop} onRemove={noop} onRestore={noop} />
      );
    }
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
