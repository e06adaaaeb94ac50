// ConfigEdit: a draft document in the editor of its kind: catalog table, rules with tests and dry run, form with preview.
import { Box, Typography } from '@mui/material';
import { Edit, useRecordContext, useTranslate } from 'react-admin';
import { BodyEditor } from './BodyEditor';
import { hasLowcodeEditor, LowcodeEditor } from '../lowcode/LowcodeEditor';
import { CatalogEditor } from './catalog/CatalogEditor';
import { FormPreview } from './FormPreview';
import { DryRunPanel } from './rules/DryRunPanel';
import { RulesReadable } from './rules/RulesReadable';
import { RuleTestsPanel } from './rules/RuleTestsPanel';

const RulesetFooter = ({ id, dirty }: { id: number | string; dirty: boolean }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{translate('steppe.rules.tools')}</Typography>
      {dirty && <Typography variant="body2" color="warning.main">{translate('steppe.rules.save_first')}</Typography>}
      <RuleTestsPanel id={id} disabled={dirty} />
      <DryRunPanel id={id} disabled={dirty} />
    </Box>
  );
};

const KindEditor = () => {
  const record = useRecordContext();
  if (!record) return null;
  if (record.kind === 'catalog') return <CatalogEditor node={String(record.node_code)} draftId={Number(record.id)} />;
  if (hasLowcodeEditor(record.kind)) return <LowcodeEditor />;
  if (record.kind === 'ruleset') {
    return <BodyEditor aside={(body) => <RulesReadable body={body} />} footer={(dirty) => <RulesetFooter id={record.id} dirty={dirty} />} />;
  }
  if (record.kind === 'form') return <BodyEditor aside={(body) => <FormPreview body={body} />} />;
  return <BodyEditor />;
};

export const ConfigEdit = () => (
  <Edit actions={false} redirect="show">
    <Box sx={{ p: 2 }}><KindEditor /></Box>
  </Edit>
);
