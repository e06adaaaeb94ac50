// The shell of every public page: language, title, navigation (with the language switch), main content, one small script.
import { html, type Raw } from './html.js';
import { HTML_LANG, t, type Lang } from './i18n.js';
import type { StringId } from './locales/zh.js';

export const NAV: Array<[path: string, id: StringId]> = [
  ['', 'nav.home'], ['guide', 'nav.guide'], ['cases', 'nav.cases'], ['figures', 'nav.figures'], ['classes', 'nav.classes'], ['wish', 'nav.wish'], ['status', 'nav.status'],
];

/** A site link in the page's language: `href('mn', 'guide', { region: '150200' })` → `/public/guide?region=150200&lang=mn`. */
export function href(lang: Lang, path: string, params: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  if (lang === 'mn') q.set('lang', 'mn');
  const s = q.toString();
  return `/public/${path}${s ? `?${s}` : ''}`;
}

export interface PageInput {
  lang: Lang;
  /** The nav path of the page ('' for home). */
  path: string;
  title: string;
  body: Raw;
  /** The page's own query, kept when switching language. */
  params?: Record<string, string | undefined>;
  script?: boolean;
}

export function page({ lang, path, title, body, params = {}, script }: PageInput): string {
  const other: Lang = lang === 'mn' ? 'zh' : 'mn';
  return '<!doctype html>' + html`<html lang="${HTML_LANG[lang]}" class="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t(lang, 'site.title')}</title>
<link rel="stylesheet" href="/public/assets/site.css">
${lang === 'mn' ? html`<link rel="preload" href="/public/assets/mongolian.woff2" as="font" type="font/woff2" crossorigin>` : ''}
${script ? html`<script type="module" src="/public/assets/site.js"></script>` : ''}
</head>
<body>
<a class="skip" href="#main">${t(lang, 'site.skip')}</a>
<header class="top">
  <p class="site"><a href="${href(lang, '')}">${t(lang, 'site.title')}</a></p>
  <a class="lang" lang="${HTML_LANG[other]}" href="${href(other, path, params)}" data-lang="${other}">${t(lang, 'lang.switch')}</a>
  <nav aria-label="${t(lang, 'nav.home')}"><ul>
    ${NAV.map(([p, id]) => html`<li><a href="${href(lang, p)}"${p === path ? html` aria-current="page"` : ''}>${t(lang, id)}</a></li>`)}
  </ul></nav>
</header>
<main id="main">
<h1>${title}</h1>
${body}
</main>
<footer><p>${t(lang, 'site.subtitle')}</p></footer>
</body>
</html>
`.html;
}
