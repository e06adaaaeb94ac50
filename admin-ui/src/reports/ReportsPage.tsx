// ReportsPage (/reports, 统计报表): the claim summary, 愿培尽培 and the spend against budget of the user's scope,
// for a period and a region the clerk picks, each exportable as Excel or CSV.
import { useState } from 'react';
import { Alert, Box, Stack, TextField } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { RegionPicker } from '../common/RegionPicker';
import { canOpenPage } from '../permissions';
import { ClaimSummaryCard } from './ClaimSummaryCard';
import { PlacementCard } from './PlacementCard';
import { SpendCard } from './SpendCard';
import type { Period } from './types';

export const ReportsPage = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions();
  const [period, setPeriod] = useState<Period>({ from: '', to: '', region_code: '' });
  const set = (patch: Partial<Period>) => setPeriod((p) => ({ ...p, ...patch }));
  if (isPending) return null;
  if (!canOpenPage(permissions, 'reports')) return <Alert severity="warning" sx={{ m: 2 }}>{translate('steppe.reports.forbidden')}</Alert>;
  const date = (key: 'from' | 'to', label: string) => (
    <TextField type="date" size="small" label={translate(label)} value={period[key]} onChange={(e) => set({ [key]: e.target.value })}
      slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 180 }} />
  );
  return (
    <Box sx={{ p: 2 }}>
      <Title title="steppe.reports.title" />
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2} alignItems={{ md: 'flex-start' }} sx={{ mb: 2 }}>
        {date('from', 'steppe.reports.period_from')}
        {date('to', 'steppe.reports.period_to')}
        <Box sx={{ width: { xs: '100%', md: 340 } }}>
          <RegionPicker label={translate('steppe.reports.region')} helperText={translate('steppe.reports.region_help')}
            value={period.region_code} onChange={(region_code) => set({ region_code })} />
        </Box>
      </Stack>
      <Stack gap={2}>
        <ClaimSummaryCard period={period} />
        <PlacementCard period={period} />
        <SpendCard period={period} />
      </Stack>
    </Box>
  );
};
