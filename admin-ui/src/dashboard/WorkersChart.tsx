// WorkersChart: registered workers by category (农村转移劳动力, 返乡农牧民工 …).
import { Bar } from 'react-chartjs-2';
import { useTranslate } from 'react-admin';
import { BRAND } from '../brand';
import { ENUMS } from '../common/enums';
import { ChartCard } from './ChartCard';
import { barOptions, countAxis } from './chartjs';
import type { DashboardData } from './types';

export const WorkersChart = ({ data }: { data: DashboardData['workers_by_category'] }) => {
  const translate = useTranslate();
  const order = (k: string) => (ENUMS.worker_category as readonly string[]).indexOf(k);
  const rows = [...data].sort((a, b) => order(a.key) - order(b.key)).map((r) => ({ name: translate(`steppe.enums.worker_category.${r.key}`, { _: r.key }), count: r.count }));
  return (
    <ChartCard title="steppe.dashboard.workers" empty={rows.length === 0} summary={rows.map((r) => `${r.name} ${r.count}`).join('，')}>
      <Bar
        data={{ labels: rows.map((r) => r.name), datasets: [{ label: translate('steppe.dashboard.people'), data: rows.map((r) => r.count), backgroundColor: BRAND.primary }] }}
        options={{ ...barOptions(false), scales: { y: countAxis } }}
      />
    </ChartCard>
  );
};
