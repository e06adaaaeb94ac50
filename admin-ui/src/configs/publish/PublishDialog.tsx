// PublishDialog: before publishing a draft, the diff against the version in force, and any problem that blocks it.
import { useEffect, useState } from 'react';
import { Alert, Box, Button as MuiButton, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useTranslate, type RaRecord } from 'react-admin';
import { Button } from '../../common/Button';
import { apiGet } from '../../providers/api';
import { DiffTable, type DiffChange } from './DiffTable';

interface Diff {
  date: string;
  in_force: { chain: Array<{ node_name: string; version: number }> } | null;
  changes: DiffChange[];
  /** The changes as plain Chinese sentences (「年龄上限由 60 周岁改为 65 周岁（自 … 起）」). */
  sentences?: string[];
  problems: Array<{ path: string; message: string }>;
}

export const PublishDialog = ({ record, busy, onClose, onPublish }: { record: RaRecord; busy: boolean; onClose: () => void; onPublish: () => void }) => {
  const translate = useTranslate();
  const [diff, setDiff] = useState<Diff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [details, setDetails] = useState(false);
  useEffect(() => { apiGet<Diff>(`/configs/${record.id}/diff`).then(setDiff).catch((e: Error) => setError(e.message)); }, [record.id]);
  const inForce = diff?.in_force?.chain.map((l) => `${l.node_name} v${l.version}`).join(' → ');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{translate('steppe.publish.title', { title: record.title })}</DialogTitle>
      <DialogContent>
        {error && <Alert severity="error">{error}</Alert>}
        {!diff && !error && <CircularProgress />}
        {diff && (
          <>
            <Typography variant="body2" gutterBottom>
              {translate('steppe.publish.against', { date: diff.date, in_force: inForce ?? translate('steppe.publish.nothing_in_force') })}
            </Typography>
            {diff.problems.map((p) => <Alert key={p.path + p.message} severity="error" sx={{ mb: 1 }}>{p.path}：{p.message}</Alert>)}
            {diff.changes.length === 0 ? <Alert severity="info">{translate('steppe.publish.no_changes')}</Alert> : (
              <>
                {diff.sentences && diff.sentences.length > 0 && (
                  <Box component="ul" sx={{ pl: 3, my: 1 }} data-testid="diff-sentences">
                    {diff.sentences.map((s) => <Typography component="li" key={s} variant="body1">{s}</Typography>)}
                  </Box>
                )}
                {/* The field-level table stays one click away for those who want it. */}
                <MuiButton size="small" onClick={() => setDetails(!details)}>{details ? '隐藏明细' : '查看逐项明细'}</MuiButton>
                {(details || !diff.sentences?.length || record.kind === 'catalog') && <DiffTable changes={diff.changes} />}
              </>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button label="steppe.publish.confirm" variant="contained" onClick={onPublish} disabled={!diff || diff.problems.length > 0 || busy} />
      </DialogActions>
    </Dialog>
  );
};
