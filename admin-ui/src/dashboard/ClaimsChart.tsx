// ClaimsChart: claims by state, with their amounts in yuan in the tooltip.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { ENUMS } from '../common/enums';
import { formatFen } from '../common/money';
import { ChartCard } from './ChartCard';
import type { DashboardData } from './types';

export const ClaimsChart = ({ data }: { data: DashboardData['claims_by_state'] }) => {
  const translate = useTranslate();
  const order = (k: string) => (ENUMS.claim_state as readonly string[]).indexOf(k);
  const rows = [...data].sort((a, b) => order(a.key) - order(b.key)).map((r) => ({ name: translate(`steppe.enums.claim_state.${r.key}`, { _: r.key }), count: r.count, amount: formatFen(r.amount_fen) }));
  return (
    <ChartCard title="steppe.dashboard.claims" empty={rows.length === 0}>
      <BarChart data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis allowDecimals={false} />
        <Tooltip formatter={(value, _name, item) => [`${value}（${item.payload.amount}）`, translate('steppe.dashboard.count')]} />
        <Bar dataKey="count" name={translate('steppe.dashboard.count')} fill="#4f8fb8" isAnimationActive={false} maxBarSize={56} />
      </BarChart>
    </ChartCard>
  );
};
