// Dashboard: the figures of the user's node (the API scopes them), optionally narrowed to a region below it.
import { useEffect, useState } from 'react';
import { Alert, Box, Grid, Stack, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { RegionPicker } from '../common/RegionPicker';
import { apiGet, query } from '../providers/api';
import { session } from '../providers/session';
import { ClaimsChart } from './ClaimsChart';
import { PlacementChart } from './PlacementChart';
import { SpendChart } from './SpendChart';
import { TrendChart } from './TrendChart';
import type { DashboardData } from './types';
import { WorkersChart } from './WorkersChart';

export const Dashboard = () => {
  const translate = useTranslate();
  const [region, setRegion] = useState('');
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setError(null);
    apiGet<DashboardData>(`/reports/dashboard${query({ region_code: region })}`)
      .then((d) => live && setData(d))
      .catch((e: Error) => live && setError(e.message));
    return () => { live = false; };
  }, [region]);
  // The identity is read again from /api/auth/me after sign-in; the session has what the login answered until then.
  const { identity } = useGetIdentity();
  const user = session.user();
  const institution = (identity?.institution_name as string | null | undefined) ?? user?.institution_name;
  // Institution staff see their own institution's figures (the API scopes them), so the heading names it.
  const staff = user?.role === 'institution_staff';
  const node = staff && institution ? institution : user?.region_name ?? user?.region_code ?? '';
  return (
    <Box sx={{ p: 2 }}>
      <Title title="steppe.dashboard.title" />
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2} alignItems={{ md: 'center' }} justifyContent="space-between" sx={{ mb: 2 }}>
        <Typography variant="h6">{translate('steppe.dashboard.heading', { node })}</Typography>
        {/* An institution's figures are its own wherever its workers live: no region to narrow to. */}
        {!staff && (
          <Box sx={{ width: { xs: '100%', md: 320 } }}>
            <RegionPicker label={translate('steppe.dashboard.narrow')} value={region} onChange={setRegion} />
          </Box>
        )}
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      {data && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}><WorkersChart data={data.workers_by_category} /></Grid>
          <Grid size={{ xs: 12, md: 6 }}><ClaimsChart data={data.claims_by_state} /></Grid>
          <Grid size={{ xs: 12 }}><PlacementChart data={data.placement_by_league} /></Grid>
          {/* Budgets are the administrations' business: institutions do not read them (the API gives them none). */}
          {!staff && <Grid size={{ xs: 12, md: 6 }}><SpendChart data={data.spend_by_fund} /></Grid>}
          <Grid size={{ xs: 12, md: staff ? 12 : 6 }}><TrendChart data={data.monthly} /></Grid>
        </Grid>
      )}
    </Box>
  );
};
