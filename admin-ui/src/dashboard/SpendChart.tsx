// SpendChart: per fund source, the budget against what is spent and reserved (yuan), stacked so the remainder shows.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { formatFen } from '../common/money';
import { ChartCard } from './ChartCard';
import { yuan, type DashboardData } from './types';

export const SpendChart = ({ data }: { data: DashboardData['spend_by_fund'] }) => {
  const translate = useTranslate();
  const rows = data.map((r) => ({
    name: r.name,
    spent: yuan(r.spent_fen),
    reserved: yuan(r.reserved_fen),
    available: yuan(Math.max(0, r.budget_fen - r.spent_fen - r.reserved_fen)),
  }));
  const money = (value: unknown) => formatFen(Math.round(Number(value) * 100));
  return (
    <ChartCard title="steppe.dashboard.spend" empty={rows.length === 0}>
      <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" tickFormatter={(v) => `${Number(v) / 10000}万`} />
        {/* Wide enough for the longest fund name, 职业技能提升行动专账资金. */}
        <YAxis type="category" dataKey="name" width={180} tick={{ fontSize: 12 }} />
        <Tooltip formatter={money} />
        <Legend />
        <Bar dataKey="spent" stackId="a" name={translate('steppe.dashboard.spent')} fill="#1f5f8b" isAnimationActive={false} maxBarSize={56} />
        <Bar dataKey="reserved" stackId="a" name={translate('steppe.dashboard.reserved')} fill="#e0a030" isAnimationActive={false} maxBarSize={56} />
        <Bar dataKey="available" stackId="a" name={translate('steppe.dashboard.available')} fill="#cfd8dc" isAnimationActive={false} maxBarSize={56} />
      </BarChart>
    </ChartCard>
  );
};
