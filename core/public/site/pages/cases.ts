// 典型案例: the list of published cases and one case.
import { html } from '../html.js';
import { fmtDate, label, t, type Lang } from '../i18n.js';
import { href, page } from '../layout.js';
import type { PublicCase, PublicCaseSummary } from '../../cases.js';
import type { PublicRegion } from '../../regions.js';
import { regionSelect } from './controls.js';

/** In Mongolian, the case's reviewed-or-draft Mongolian title and summary when its author gave them. */
const titleOf = (lang: Lang, c: PublicCaseSummary) => (lang === 'mn' && c.mn ? c.mn.title : c.title);
const summaryOf = (lang: Lang, c: PublicCaseSummary) => (lang === 'mn' && c.mn ? c.mn.summary : c.summary);

export function casesPage(lang: Lang, regions: PublicRegion[], region: string | undefined, cases: PublicCaseSummary[]): string {
  const body = html`
<form class="filters" method="get" action="/public/cases">
  <label for="region">${t(lang, 'common.region')}</label>${regionSelect(lang, 'region', regions, region, { leaguesOnly: true })}
  ${lang === 'mn' ? html`<input type="hidden" name="lang" value="mn">` : ''}
  <button type="submit">${t(lang, 'common.search')}</button>
</form>
${cases.length === 0 ? html`<p class="empty">${t(lang, 'common.none')}</p>` : html`<ul class="cases">${cases.map((c) => html`<li class="case">
  <h2><a href="${href(lang, `cases/${c.node}/${c.key}`)}">${titleOf(lang, c)}</a></h2>
  <p class="meta">${c.node_name} · ${t(lang, 'cases.published', { date: fmtDate(lang, c.published_on) })}${c.training_kind ? html` · ${label(lang, 'training_kind', c.training_kind)}` : ''}</p>
  <p>${summaryOf(lang, c)}</p>
  ${lang === 'mn' && c.mn?.status === 'draft' ? html`<p class="draft-note">${t(lang, 'cases.mn_draft')}</p>` : ''}
</li>`)}</ul>`}`;
  return page({ lang, path: 'cases', title: t(lang, 'cases.title'), body, params: { region } });
}

export function casePage(lang: Lang, c: PublicCase): string {
  const body = html`
<p class="meta">${c.node_name} · ${t(lang, 'cases.published', { date: fmtDate(lang, c.published_on) })}${c.occupation_name ? html` · ${c.occupation_name}` : ''}</p>
<p class="lead">${summaryOf(lang, c)}</p>
${c.sections.map((s) => html`<section><h2>${s.heading}</h2><p>${s.text}</p></section>`)}
<section><h2>${t(lang, 'cases.outcome')}</h2><p>${c.outcome}</p></section>
<p><a href="${href(lang, 'cases')}">${t(lang, 'common.back')}</a></p>`;
  return page({ lang, path: `cases/${c.node}/${c.key}`, title: titleOf(lang, c), body });
}
