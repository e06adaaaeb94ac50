// TrendChart: by month, claims filed and enrolments (bars, left axis) and yuan approved and paid (lines, right axis).
import { Chart } from 'react-chartjs-2';
import { useTranslate } from 'react-admin';
import { BRAND } from '../brand';
import { ChartCard } from './ChartCard';
import { countAxis, wanAxis } from './chartjs';
import { fillMonths } from './months';
import { yuan, type DashboardData } from './types';

export const TrendChart = ({ data }: { data: DashboardData['monthly'] }) => {
  const translate = useTranslate();
  const rows = fillMonths(data);
  const label = (key: string) => translate(`steppe.dashboard.${key}`);
  return (
    <ChartCard title="steppe.dashboard.trend" empty={rows.length === 0} summary={rows.map((r) => `${r.month} ${r.claims}`).join('，')}>
      <Chart
        type="bar"
        data={{
          labels: rows.map((r) => r.month),
          datasets: [
            { type: 'bar' as const, yAxisID: 'n', label: label('claims_filed'), data: rows.map((r) => r.claims), backgroundColor: '#4f8fb8', maxBarThickness: 56 },
            { type: 'bar' as const, yAxisID: 'n', label: label('enrollments'), data: rows.map((r) => r.enrollments), backgroundColor: '#8fbf7f', maxBarThickness: 56 },
            { type: 'line' as const, yAxisID: 'y', label: label('approved_yuan'), data: rows.map((r) => yuan(r.approved_fen)), borderColor: '#e0a030', backgroundColor: '#e0a030', borderWidth: 2 },
            { type: 'line' as const, yAxisID: 'y', label: label('paid_yuan'), data: rows.map((r) => yuan(r.paid_fen)), borderColor: BRAND.primary, backgroundColor: BRAND.primary, borderWidth: 2 },
          ],
        }}
        options={{
          plugins: { legend: { position: 'bottom' } },
          scales: { n: { ...countAxis, position: 'left' }, y: { ...wanAxis, position: 'right', grid: { drawOnChartArea: false } } },
        }}
      />
    </ChartCard>
  );
};
