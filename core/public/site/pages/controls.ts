// Form controls the pages share: region pickers grouped by 盟市, option lists of codes.
import { html, type Raw } from '../html.js';
import { label, t, type Lang } from '../i18n.js';
import type { PublicRegion } from '../../regions.js';

/** Leagues with their counties (and townships) as option groups; `leaguesOnly` for the figures page. */
export function regionSelect(lang: Lang, name: string, regions: PublicRegion[], selected: string | undefined, opts: { leaguesOnly?: boolean; countiesOnly?: boolean; required?: boolean; id?: string } = {}): Raw {
  const leagues = regions.filter((r) => r.level === 'league');
  const children = (code: string) => regions.filter((r) => r.parent === code || (r.level === 'township' && r.parent && regions.find((c) => c.code === r.parent)?.parent === code));
  const option = (r: PublicRegion, indent = '') => html`<option value="${r.code}"${r.code === selected ? html` selected` : ''}>${indent}${r.name}</option>`;
  return html`<select name="${name}" id="${opts.id ?? name}"${opts.required ? html` required` : ''}>
    <option value="">${t(lang, 'common.choose')}</option>
    ${opts.leaguesOnly ? leagues.map((l) => option(l)) : leagues.map((l) => html`<optgroup label="${l.name}">
      ${opts.countiesOnly ? '' : option(l)}
      ${children(l.code).map((c) => option(c, c.level === 'township' ? '　' : ''))}
    </optgroup>`)}
  </select>`;
}

/** Options of a code list with labels in the page's language. */
export function codeOptions(lang: Lang, group: string, codes: readonly string[], selected?: string, empty?: string): Raw {
  return html`${empty !== undefined ? html`<option value="">${empty}</option>` : ''}${codes.map((c) => html`<option value="${c}"${c === selected ? html` selected` : ''}>${label(lang, group, c)}</option>`)}`;
}
