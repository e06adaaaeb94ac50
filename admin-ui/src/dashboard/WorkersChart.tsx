// WorkersChart: registered workers by category (农村转移劳动力, 返乡农牧民工 …).
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { ENUMS } from '../common/enums';
import { ChartCard } from './ChartCard';
import type { DashboardData } from './types';

export const WorkersChart = ({ data }: { data: DashboardData['workers_by_category'] }) => {
  const translate = useTranslate();
  const order = (k: string) => (ENUMS.worker_category as readonly string[]).indexOf(k);
  const rows = [...data].sort((a, b) => order(a.key) - order(b.key)).map((r) => ({ name: translate(`steppe.enums.worker_category.${r.key}`, { _: r.key }), count: r.count }));
  return (
    <ChartCard title="steppe.dashboard.workers" empty={rows.length === 0}>
      <BarChart data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="count" name={translate('steppe.dashboard.people')} fill="#1f5f8b" isAnimationActive={false} maxBarSize={56} />
      </BarChart>
    </ChartCard>
  );
};
