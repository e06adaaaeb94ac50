// 查进度: ID number → one-time code to the phone on record → the worker's wishes, enrolments and claims (rendered by site.js).
import { html } from '../html.js';
import { t, type Lang } from '../i18n.js';
import { page } from '../layout.js';
import { zhEnums } from '../locales/zh.js';
import { mnEnums } from '../locales/mn.js';

/** The labels site.js needs to show the answer, in the page's language. */
function labels(lang: Lang): Record<string, Record<string, string>> {
  const groups = ['wish_status', 'enrollment_status', 'claim_state', 'claim_type', 'channel'];
  return Object.fromEntries(groups.map((g) => [g, Object.fromEntries(Object.entries(zhEnums[g]).map(([k, v]) => [k, lang === 'mn' ? mnEnums[g]?.[k]?.text ?? v : v]))]));
}

export function statusPage(lang: Lang): string {
  const words = {
    wishes: t(lang, 'status.wishes'), enrollments: t(lang, 'status.enrollments'), claims: t(lang, 'status.claims'), reference: t(lang, 'status.reference'),
    amount: t(lang, 'status.amount'), paid_on: t(lang, 'status.paid_on'), none: t(lang, 'common.none'), date: t(lang, 'format.date'), money: t(lang, 'format.money'),
  };
  const body = html`
<p class="lead">${t(lang, 'status.intro')}</p>
<noscript><p class="error">${t(lang, 'noscript')}</p></noscript>
<form id="status" class="stack" data-kind="status" data-lang="${lang}" data-msg-challenge="${t(lang, 'wish.challenge')}" data-msg-error="${t(lang, 'error.generic')}" data-msg-invalid-id="${t(lang, 'wish.invalid_id')}">
  <label for="id_number">${t(lang, 'wish.id_number')}</label><input id="id_number" name="id_number" required maxlength="18" autocomplete="off">
  <button type="button" data-send>${t(lang, 'status.send')}</button>
  <label for="code">${t(lang, 'status.code')}</label><input id="code" name="code" maxlength="6" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}">
  <button type="submit">${t(lang, 'status.check')}</button>
  <p class="result" role="status" aria-live="polite"></p>
</form>
<div id="status-answer" data-labels="${JSON.stringify(labels(lang))}" data-words="${JSON.stringify(words)}"></div>`;
  return page({ lang, path: 'status', title: t(lang, 'status.title'), body, script: true });
}
