// CaseView: a 典型案例 as the public site prints it: summary, training kind and occupation, sections, outcome, and its Mongolian version.
import { Chip, Paper, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { isRecord } from '../../common/json';

interface CaseBody {
  summary?: string; training_kind?: string; occupation_name?: string; outcome?: string;
  sections?: Array<{ heading: string; text: string }>;
  mn?: { title: string; summary: string; status: 'reviewed' | 'draft' };
}

export const CaseView = ({ body: raw }: { body: unknown }) => {
  // A case body passed the server's schema (core/configs/kinds/case.ts); every part is optional here.
  const body = isRecord(raw) ? (raw as CaseBody) : null;
  const translate = useTranslate();
  if (!body) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="case-view">
      <Stack direction="row" gap={1} sx={{ mb: 1 }}>
        {body.training_kind && <Chip size="small" label={translate(`steppe.enums.training_kind.${body.training_kind}`, { _: body.training_kind })} />}
        {body.occupation_name && <Chip size="small" variant="outlined" label={body.occupation_name} />}
      </Stack>
      <Typography variant="body1" sx={{ mb: 1 }}>{body.summary}</Typography>
      {(body.sections ?? []).map((s, i) => (
        <div key={i}>
          <Typography variant="subtitle2">{s.heading}</Typography>
          <Typography variant="body2" sx={{ mb: 1, whiteSpace: 'pre-line' }}>{s.text}</Typography>
        </div>
      ))}
      {body.outcome && <Typography variant="body2"><b>成效：</b>{body.outcome}</Typography>}
      {body.mn && (
        <Stack sx={{ mt: 1 }} gap={0.5}>
          <Typography variant="subtitle2">蒙古文（{body.mn.status === 'reviewed' ? '已审校' : '待审校'}）</Typography>
          <Typography variant="body2" sx={{ fontFamily: '"Noto Sans Mongolian", sans-serif' }}>{body.mn.title}</Typography>
          <Typography variant="body2" sx={{ fontFamily: '"Noto Sans Mongolian", sans-serif' }}>{body.mn.summary}</Typography>
        </Stack>
      )}
    </Paper>
  );
};
