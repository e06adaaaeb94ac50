// FormPreview: a form document's fields as the clerk will see them, rendered live by @rjsf/mui.
import { lazy, Suspense } from 'react';
import { Alert, CircularProgress, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { isRecord, recordOf } from '../common/json';

const RjsfForm = lazy(() => import('../forms/RjsfForm'));

export const FormPreview = ({ body }: { body: unknown }) => {
  const translate = useTranslate();
  const doc = recordOf(body);
  if (!isRecord(doc.schema)) return <Alert severity="info">{translate('steppe.forms.no_schema')}</Alert>;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle2" gutterBottom>{translate('steppe.forms.preview')}</Typography>
      <Suspense fallback={<CircularProgress size={20} />}>
        <RjsfForm key={JSON.stringify(doc.schema).length} schema={doc.schema} uiSchema={{ ...recordOf(doc.ui_schema), 'ui:submitButtonOptions': { norender: true } }} value={{}} />
      </Suspense>
    </Paper>
  );
};
