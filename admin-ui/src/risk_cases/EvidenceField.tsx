// EvidenceField: what a risk check found, as labelled lines in Chinese (see evidenceRows), not as JSON.
import { Fragment } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import { useFieldValue, useGetMany, useTranslate, type FieldProps } from 'react-admin';
import { lookupResource } from '../providers/lookupProvider';
import { valueLabeller } from '../configs/rules/valueLabels';
import { evidenceRows, type EvidenceRow } from './evidenceRows';

/** Records named as every role that sees the case may see them (GET /api/lookup); their ids until then, or if unreadable. */
const RefNames = ({ reference, ids, fallback }: { reference: string; ids: Array<string | number>; fallback: string }) => {
  const { data } = useGetMany(lookupResource(reference), { ids });
  const names = new Map((data ?? []).map((r) => [String(r.id), String(r.label)]));
  if (names.size === 0) return <Typography variant="body2">{fallback}</Typography>;
  return <Typography variant="body2">{ids.map((id) => names.get(String(id)) ?? `#${id}`).join('、')}</Typography>;
};

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
          ) : row.refs ? <RefNames reference={row.refs.reference} ids={row.refs.ids} fallback={row.text ?? ''} />
            : <Typography variant="body2">{row.text}</Typography>}
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
