// PlacementChart: 愿培尽培: willing workers against workers placed in a class (people, not wishes), per 盟市.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import type { DashboardData } from './types';

export const PlacementChart = ({ data }: { data: DashboardData['placement_by_league'] }) => {
  const translate = useTranslate();
  const rows = data.map((r) => ({ ...r, label: `${r.name} ${Math.round(r.rate * 100)}%` }));
  return (
    <ChartCard title="steppe.dashboard.placement" empty={rows.length === 0}>
      <BarChart data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" interval={0} angle={-20} textAnchor="end" height={60} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Bar dataKey="workers" name={translate('steppe.dashboard.wishes')} fill="#8fbf7f" isAnimationActive={false} maxBarSize={56} />
        <Bar dataKey="placed_workers" name={translate('steppe.dashboard.placed')} fill="#1f5f8b" isAnimationActive={false} maxBarSize={56} />
      </BarChart>
    </ChartCard>
  );
};
