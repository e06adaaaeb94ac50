// 分地区数据: one table per month, per 盟市 (or per 旗县 of a chosen 盟市), withheld cells shown as ＊.
import { html } from '../html.js';
import { fmtInt, fmtMoney, fmtMonth, fmtRate, t, type Lang } from '../i18n.js';
import { page } from '../layout.js';
import type { FigureRow, publicFigures } from '../../figures.js';
import type { PublicRegion } from '../../regions.js';
import { regionSelect } from './controls.js';

type Figures = Awaited<ReturnType<typeof publicFigures>>;

export function figuresPage(lang: Lang, regions: PublicRegion[], q: { league?: string; from?: string; to?: string }, f: Figures): string {
  const hidden = html`<span class="hidden" title="${t(lang, 'figures.note', { n: f.min_cell })}">${t(lang, 'figures.hidden')}</span>`;
  const n = (v: number | null) => (v === null ? hidden : fmtInt(v));
  const row = (r: FigureRow, total = false) => html`<tr${total ? html` class="total"` : ''}>
    <th scope="row">${total ? t(lang, 'figures.total') : r.region_name}</th>
    <td>${n(r.willing)}</td><td>${n(r.placed)}</td><td>${r.rate === null ? hidden : fmtRate(r.rate)}</td>
    <td>${n(r.trained)}</td><td>${n(r.certificates)}</td><td>${r.paid_fen === null ? hidden : fmtMoney(lang, r.paid_fen)}</td></tr>`;
  const months = f.totals.map((x) => x.month).sort().reverse();
  const body = html`
<form class="filters" method="get" action="/public/figures">
  <label for="league">${t(lang, 'common.league')}</label>${regionSelect(lang, 'league', regions, q.league, { leaguesOnly: true })}
  <label for="from">${t(lang, 'common.from')}</label><input type="month" id="from" name="from" value="${q.from ?? ''}">
  <label for="to">${t(lang, 'common.to')}</label><input type="month" id="to" name="to" value="${q.to ?? ''}">
  ${lang === 'mn' ? html`<input type="hidden" name="lang" value="mn">` : ''}
  <button type="submit">${t(lang, 'common.search')}</button>
</form>
<p class="note">${t(lang, 'figures.note', { n: f.min_cell })}</p>
${months.length === 0 ? html`<p class="empty">${t(lang, 'figures.empty')}</p>` : months.map((m) => html`<section class="month">
<h2>${fmtMonth(lang, m)} · ${f.parent.name}</h2>
<div class="scroll"><table>
  <thead><tr><th scope="col">${t(lang, f.level === 'league' ? 'common.league' : 'common.county')}</th><th scope="col">${t(lang, 'figures.willing')}</th><th scope="col">${t(lang, 'figures.placed')}</th><th scope="col">${t(lang, 'figures.rate')}</th><th scope="col">${t(lang, 'figures.trained')}</th><th scope="col">${t(lang, 'figures.certificates')}</th><th scope="col">${t(lang, 'figures.paid')}</th></tr></thead>
  <tbody>${f.rows.filter((r) => r.month === m).map((r) => row(r))}${f.totals.filter((r) => r.month === m).map((r) => row(r, true))}</tbody>
</table></div></section>`)}`;
  return page({ lang, path: 'figures', title: t(lang, 'figures.title'), body, params: q });
}
