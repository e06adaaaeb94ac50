// PlacementChart: 愿培尽培: willing workers against workers placed in a class (people, not wishes), per 盟市.
import { Bar } from 'react-chartjs-2';
import { useTranslate } from 'react-admin';
import { BRAND } from '../brand';
import { ChartCard } from './ChartCard';
import { barOptions, countAxis } from './chartjs';
import type { DashboardData } from './types';

export const PlacementChart = ({ data }: { data: DashboardData['placement_by_league'] }) => {
  const translate = useTranslate();
  const labels = data.map((r) => `${r.name} ${Math.round(r.rate * 100)}%`);
  return (
    <ChartCard title="steppe.dashboard.placement" empty={data.length === 0} summary={data.map((r) => `${r.name} ${r.placed_workers}/${r.workers}`).join('，')}>
      <Bar
        data={{
          labels,
          datasets: [
            { label: translate('steppe.dashboard.wishes'), data: data.map((r) => r.workers), backgroundColor: '#8fbf7f' },
            { label: translate('steppe.dashboard.placed'), data: data.map((r) => r.placed_workers), backgroundColor: BRAND.primary },
          ],
        }}
        options={{ ...barOptions(true), scales: { y: countAxis, x: { ticks: { autoSkip: false, maxRotation: 30 } } } }}
      />
    </ChartCard>
  );
};
