// EvidenceField: what a risk check found, as labelled lines in Chinese (see evidenceRows), not as JSON.
import { Fragment } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { valueLabeller } from '../configs/rules/valueLabels';
import { evidenceRows, type EvidenceRow } from './evidenceRows';

const Rows = ({ rows }: { rows: EvidenceRow[] }) => (
  <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: 2, rowGap: 0.5, overflowWrap: 'anywhere' }}>
    {rows.map((row) => (
      <Fragment key={row.key}>
        <Typography component="dt" variant="body2" color="text.secondary">{row.label}</Typography>
        <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
          {row.groups ? (
            <Stack gap={1}>
              {row.groups.map((group, i) => (
                <Box key={i} sx={{ pl: 1.5, borderLeft: 2, borderColor: 'divider' }}><Rows rows={group} /></Box>
              ))}
            </Stack>
          ) : <Typography variant="body2">{row.text}</Typography>}
        </Box>
      </Fragment>
    ))}
  </Box>
);

export const EvidenceField = (props: FieldProps) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  const rows = evidenceRows(typeof value === 'string' ? safeParse(value) : value, translate, valueLabeller(translate));
  if (rows.length === 0) return null;
  return <Box data-testid="risk-evidence"><Rows rows={rows} /></Box>;
};

function safeParse(text: string): unknown {
  try { return JSON.parse(text); } catch { return null; }
}
