// TrendChart: by month, claims filed and enrolments (bars, left axis) and yuan approved and paid (lines, right axis).
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { fillMonths } from './months';
import { yuan, type DashboardData } from './types';

export const TrendChart = ({ data }: { data: DashboardData['monthly'] }) => {
  const translate = useTranslate();
  const rows = fillMonths(data).map((r) => ({ ...r, approved: yuan(r.approved_fen), paid: yuan(r.paid_fen) }));
  return (
    <ChartCard title="steppe.dashboard.trend" empty={rows.length === 0}>
      <ComposedChart data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" />
        <YAxis yAxisId="n" allowDecimals={false} />
        <YAxis yAxisId="y" orientation="right" tickFormatter={(v) => `${Number(v) / 10000}万`} />
        <Tooltip />
        <Legend />
        <Bar yAxisId="n" dataKey="claims" name={translate('steppe.dashboard.claims_filed')} fill="#4f8fb8" isAnimationActive={false} maxBarSize={56} />
        <Bar yAxisId="n" dataKey="enrollments" name={translate('steppe.dashboard.enrollments')} fill="#8fbf7f" isAnimationActive={false} maxBarSize={56} />
        <Line yAxisId="y" dataKey="approved" name={translate('steppe.dashboard.approved_yuan')} stroke="#e0a030" strokeWidth={2} isAnimationActive={false} />
        <Line yAxisId="y" dataKey="paid" name={translate('steppe.dashboard.paid_yuan')} stroke="#1f5f8b" strokeWidth={2} isAnimationActive={false} />
      </ComposedChart>
    </ChartCard>
  );
};
