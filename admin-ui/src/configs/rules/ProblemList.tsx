// ProblemList: the document's problems, each at its JSON path, or a green 「校验通过」.
import { Alert, List, ListItem, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Problem } from './useValidation';

export const ProblemList = ({ problems, checking, parseError }: { problems: Problem[] | null; checking: boolean; parseError: string | null }) => {
  const translate = useTranslate();
  if (parseError) return <Alert severity="error">{translate('steppe.rules.json_error', { error: parseError })}</Alert>;
  if (checking) return <Alert severity="info">{translate('steppe.rules.checking')}</Alert>;
  if (!problems) return null;
  if (problems.length === 0) return <Alert severity="success">{translate('steppe.rules.valid')}</Alert>;
  return (
    <Alert severity="error" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      {translate('steppe.rules.problems', { count: problems.length })}
      <List dense disablePadding>
        {problems.map((p, i) => (
          <ListItem key={i} disableGutters>
            <ListItemText primary={p.message} secondary={p.path || translate('steppe.rules.whole_document')} />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};
