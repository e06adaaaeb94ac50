// SpendChart: per fund source, the budget against what is spent and reserved (yuan), stacked so the remainder shows.
import { Bar } from 'react-chartjs-2';
import { useTranslate } from 'react-admin';
import { BRAND } from '../brand';
import { formatFen } from '../common/money';
import { ChartCard } from './ChartCard';
import { barOptions, wanAxis } from './chartjs';
import { yuan, type DashboardData } from './types';

export const SpendChart = ({ data }: { data: DashboardData['spend_by_fund'] }) => {
  const translate = useTranslate();
  const series = [
    { key: 'spent', color: BRAND.primary, value: (r: (typeof data)[number]) => r.spent_fen },
    { key: 'reserved', color: '#e0a030', value: (r: (typeof data)[number]) => r.reserved_fen },
    { key: 'available', color: '#cfd8dc', value: (r: (typeof data)[number]) => Math.max(0, r.budget_fen - r.spent_fen - r.reserved_fen) },
  ];
  const options = barOptions(true);
  return (
    <ChartCard title="steppe.dashboard.spend" empty={data.length === 0}
      summary={data.map((r) => `${r.name} ${translate('steppe.dashboard.spent')} ${formatFen(r.spent_fen)}`).join('，')}>
      <Bar
        data={{
          labels: data.map((r) => r.name),
          datasets: series.map((s) => ({ label: translate(`steppe.dashboard.${s.key}`), data: data.map((r) => yuan(s.value(r))), backgroundColor: s.color })),
        }}
        options={{
          ...options,
          indexAxis: 'y',
          scales: { x: { ...wanAxis, stacked: true }, y: { stacked: true, ticks: { font: { size: 12 } } } },
          plugins: { ...options.plugins, tooltip: { callbacks: { label: (item) => `${item.dataset.label}：${formatFen(Math.round(Number(item.parsed.x) * 100))}` } } },
        }}
      />
    </ChartCard>
  );
};
