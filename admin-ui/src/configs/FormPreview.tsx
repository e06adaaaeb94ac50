// FormPreview: a form document's fields as the clerk will see them, rendered live by @rjsf/mui.
import { lazy, Suspense } from 'react';
import { Alert, CircularProgress, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

const RjsfForm = lazy(() => import('../forms/RjsfForm'));

export const FormPreview = ({ body }: { body: any }) => {
  const translate = useTranslate();
  if (!body?.schema || typeof body.schema !== 'object') return <Alert severity="info">{translate('steppe.forms.no_schema')}</Alert>;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle2" gutterBottom>{translate('steppe.forms.preview')}</Typography>
      <Suspense fallback={<CircularProgress size={20} />}>
        <RjsfForm key={JSON.stringify(body.schema).length} schema={body.schema} uiSchema={{ ...(body.ui_schema ?? {}), 'ui:submitButtonOptions': { norender: true } }} value={{}} />
      </Suspense>
    </Paper>
  );
};
