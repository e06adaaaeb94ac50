// ClaimsChart: claims by state, with their amounts in yuan in the tooltip.
import { Bar } from 'react-chartjs-2';
import { useTranslate } from 'react-admin';
import { ENUMS } from '../common/enums';
import { formatFen } from '../common/money';
import { ChartCard } from './ChartCard';
import { barOptions, countAxis } from './chartjs';
import type { DashboardData } from './types';

export const ClaimsChart = ({ data }: { data: DashboardData['claims_by_state'] }) => {
  const translate = useTranslate();
  const order = (k: string) => (ENUMS.claim_state as readonly string[]).indexOf(k);
  const rows = [...data].sort((a, b) => order(a.key) - order(b.key)).map((r) => ({ name: translate(`steppe.enums.claim_state.${r.key}`, { _: r.key }), count: r.count, amount: formatFen(r.amount_fen) }));
  const count = translate('steppe.dashboard.count');
  const options = barOptions(false);
  return (
    <ChartCard title="steppe.dashboard.claims" empty={rows.length === 0} summary={rows.map((r) => `${r.name} ${r.count}（${r.amount}）`).join('，')}>
      <Bar
        data={{ labels: rows.map((r) => r.name), datasets: [{ label: count, data: rows.map((r) => r.count), backgroundColor: '#4f8fb8' }] }}
        options={{
          ...options,
          scales: { y: countAxis },
          plugins: { ...options.plugins, tooltip: { callbacks: { label: (item) => `${count}：${item.parsed.y}（${rows[item.dataIndex].amount}）` } } },
        }}
      />
    </ChartCard>
  );
};
