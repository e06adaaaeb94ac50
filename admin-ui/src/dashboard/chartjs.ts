// chart.js with only the parts the dashboard draws (bars, lines, two value axes, legend, tooltip): a smaller download than the whole.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartOptions } from 'chart.js';
import { BRAND } from '../brand';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = BRAND.fontFamily;
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

/** Whole numbers on a count axis (people, claims). */
export const countAxis = { beginAtZero: true, ticks: { precision: 0 } };

/** Yuan on an axis in 万 (10 000 yuan). */
export const wanAxis = { beginAtZero: true, ticks: { callback: (v: string | number) => `${Number(v) / 10000}万` } };

/** Options shared by the bar charts: a legend only when there are several series. */
export const barOptions = (legend: boolean): ChartOptions<'bar'> => ({
  plugins: { legend: { display: legend, position: 'bottom' } },
  datasets: { bar: { maxBarThickness: 56 } },
});
