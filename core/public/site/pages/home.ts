// The home page: what each part of the site is for.
import { html } from '../html.js';
import { t, type Lang } from '../i18n.js';
import { href, NAV, page } from '../layout.js';
import type { StringId } from '../locales/zh.js';

export function homePage(lang: Lang): string {
  const cards = NAV.slice(1).map(([path, id]) => html`<li><a class="card" href="${href(lang, path)}"><strong>${t(lang, id)}</strong><span>${t(lang, `home.${path}` as StringId)}</span></a></li>`);
  return page({ lang, path: '', title: t(lang, 'site.title'), body: html`<p class="lead">${t(lang, 'home.intro')}</p><ul class="cards">${cards}</ul>` });
}
