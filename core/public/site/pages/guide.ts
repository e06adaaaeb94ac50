// 办事指南: the services of the guide in force for the chosen node; printable.
import { html } from '../html.js';
import { fmtDate, t, type Lang } from '../i18n.js';
import { page } from '../layout.js';
import type { PublicGuide } from '../../guide.js';
import type { PublicRegion } from '../../regions.js';
import { regionSelect } from './controls.js';

export function guidePage(lang: Lang, regions: PublicRegion[], region: string, guide: PublicGuide): string {
  const body = html`
<form class="filters" method="get" action="/public/guide">
  <label for="region">${t(lang, 'common.region')}</label>${regionSelect(lang, 'region', regions, region)}
  ${lang === 'mn' ? html`<input type="hidden" name="lang" value="mn">` : ''}
  <button type="submit">${t(lang, 'common.search')}</button>
  <button type="button" class="print" data-print>${t(lang, 'common.print')}</button>
</form>
<p class="meta">${guide.node_name} · ${t(lang, 'guide.from', { node: guide.from_node_name, date: fmtDate(lang, guide.effective_from) })}</p>
${guide.services.map((s) => html`<article class="service" id="${s.id}">
  <h2>${s.name}</h2>
  ${s.claim_type_label ? html`<p class="meta">${t(lang, 'guide.claim_type')}：${s.claim_type_label}</p>` : ''}
  <h3>${t(lang, 'guide.steps')}</h3><ol>${s.steps.map((x) => html`<li>${x}</li>`)}</ol>
  <h3>${t(lang, 'guide.materials')}</h3><ul>${s.materials.map((m) => html`<li>${m.name}${m.waived_label ? html`<br><small class="waived">${t(lang, 'guide.waived', { check: m.waived_label })}</small>` : ''}</li>`)}</ul>
  <h3>${t(lang, 'guide.conditions')}</h3><ul>${s.conditions.map((x) => html`<li>${x}</li>`)}</ul>
  <h3>${t(lang, 'guide.time_limit')}</h3><p>${t(lang, 'guide.working_days', { n: s.time_limit_working_days })}</p>
  <h3>${t(lang, 'guide.basis')}</h3><p class="basis">${s.basis}</p>
</article>`)}`;
  return page({ lang, path: 'guide', title: t(lang, 'guide.title'), body, params: { region }, script: true });
}
