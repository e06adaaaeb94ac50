// RuleTestsPanel: runs the rule tests against this draft (POST /api/configs/:id/test) and lists each case's result.
import { useState } from 'react';
import { Alert, List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Button, useTranslate } from 'react-admin';
import { PassIcon } from '../../claims/decision/PassIcon';
import { apiPost } from '../../providers/api';

interface CaseResult {
  name: string;
  passed: boolean;
  differences?: Array<{ message: string }>;
  message?: string;
}

/** The cases of the node's own test files (suites of ancestors, run when asked, are reported apart by the API). */
const casesOf = (reply: any): CaseResult[] =>
  Array.isArray(reply?.suites) ? reply.suites.filter((s: any) => !s.inherited).flatMap((s: any) => s.cases ?? []) : reply?.cases ?? [];

export const RuleTestsPanel = ({ id, disabled }: { id: number | string; disabled: boolean }) => {
  const translate = useTranslate();
  const [cases, setCases] = useState<CaseResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true); setError(null);
    apiPost(`/configs/${id}/test`).then((r) => setCases(casesOf(r))).catch((e: Error) => setError(e.message)).finally(() => setBusy(false));
  };
  const failed = cases?.filter((c) => !c.passed).length ?? 0;
  return (
    <>
      <Button label="steppe.rules.run_tests" onClick={run} disabled={disabled || busy}><PlayArrowIcon /></Button>
      {error && <Alert severity="error">{error}</Alert>}
      {cases && cases.length === 0 && <Alert severity="info">{translate('steppe.rules.no_tests')}</Alert>}
      {cases && cases.length > 0 && (
        <Alert severity={failed ? 'error' : 'success'} sx={{ '& .MuiAlert-message': { width: '100%' } }}>
          {translate('steppe.rules.tests_summary', { passed: cases.length - failed, failed })}
          <List dense disablePadding>
            {cases.map((c) => (
              <ListItem key={c.name} disableGutters>
                <ListItemIcon><PassIcon passed={c.passed} /></ListItemIcon>
                <ListItemText primary={c.name} secondary={(c.differences ?? []).map((d) => d.message).join('；') || c.message} />
              </ListItem>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
};
