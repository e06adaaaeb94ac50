// ConfigEdit: a draft document in the editor of its kind: the catalog table, the visual editors (rules, parameters, forms), or JSON.
import { Box } from '@mui/material';
import { Edit, useRecordContext } from 'react-admin';
import { BodyEditor } from './BodyEditor';
import { hasLowcodeEditor, LowcodeEditor } from '../lowcode/LowcodeEditor';
import { CatalogEditor } from './catalog/CatalogEditor';

const KindEditor = () => {
  const record = useRecordContext();
  if (!record) return null;
  if (record.kind === 'catalog') return <CatalogEditor node={String(record.node_code)} draftId={Number(record.id)} />;
  if (hasLowcodeEditor(record.kind)) return <LowcodeEditor />;
  return <BodyEditor />;
};

export const ConfigEdit = () => (
  <Edit actions={false} redirect="show">
    <Box sx={{ p: 2 }}><KindEditor /></Box>
  </Edit>
);
