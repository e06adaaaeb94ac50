// 找培训: classes open for enrolment near the chosen 旗县 or 苏木乡镇.
import { html } from '../html.js';
import { fmtDate, label, t, type Lang } from '../i18n.js';
import { href, page } from '../layout.js';
import type { PublicClass } from '../../classes.js';
import type { PublicOccupation } from '../../occupations.js';
import type { PublicRegion } from '../../regions.js';
import { LEVELS } from '../../../schemas/common.js';
import { codeOptions, regionSelect } from './controls.js';

export function classesPage(lang: Lang, regions: PublicRegion[], occupations: PublicOccupation[], q: { near?: string; occupation?: string; level?: string }, classes: PublicClass[] | null): string {
  const body = html`
<form class="filters" method="get" action="/public/classes">
  <label for="near">${t(lang, 'classes.near')}</label>${regionSelect(lang, 'near', regions, q.near, { countiesOnly: true, required: true })}
  <label for="occupation">${t(lang, 'classes.occupation')}</label>
  <select id="occupation" name="occupation"><option value="">${t(lang, 'common.all')}</option>${occupations.map((o) => html`<option value="${o.code}"${o.code === q.occupation ? html` selected` : ''}>${o.name}</option>`)}</select>
  <label for="level">${t(lang, 'classes.level')}</label><select id="level" name="level">${codeOptions(lang, 'level', LEVELS, q.level, t(lang, 'common.all'))}</select>
  ${lang === 'mn' ? html`<input type="hidden" name="lang" value="mn">` : ''}
  <button type="submit">${t(lang, 'common.search')}</button>
</form>
${classes === null ? html`<p class="empty">${t(lang, 'classes.pick')}</p>`
    : classes.length === 0 ? html`<p class="empty">${t(lang, 'classes.empty')} <a href="${href(lang, 'wish')}">${t(lang, 'nav.wish')}</a></p>`
      : html`<ul class="classes">${classes.map((c) => html`<li class="class">
  <h2>${c.name}</h2>
  <p class="tags"><span class="tag near">${t(lang, `classes.distance.${c.distance}`)}</span> <span class="tag">${c.region_name}</span> <span class="tag">${label(lang, 'level', c.level)}</span>${c.subsidised ? html` <span class="tag">${t(lang, 'classes.subsidised')}</span>` : ''}</p>
  <p>${c.occupation_name ?? c.occupation_code} · ${label(lang, 'training_kind', c.training_kind)} · ${label(lang, 'delivery', c.delivery)}</p>
  <p>${t(lang, 'classes.period', { from: fmtDate(lang, c.start_date), to: fmtDate(lang, c.end_date) })} · ${t(lang, 'classes.hours', { n: c.hours })} · ${t(lang, 'classes.seats', { n: c.seats_left })}</p>
  <p>${t(lang, 'classes.institution')}：${c.institution.name} <span class="standing ${c.institution.standing}">${label(lang, 'standing', c.institution.standing)}</span></p>
</li>`)}</ul>`}`;
  return page({ lang, path: 'classes', title: t(lang, 'classes.title'), body, params: q });
}
