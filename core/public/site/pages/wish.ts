// 我要培训: the wish form; site.js checks the ID number, solves a challenge when asked and posts to /api/public/wishes.
import { html } from '../html.js';
import { t, type Lang } from '../i18n.js';
import { page } from '../layout.js';
import type { PublicOccupation } from '../../occupations.js';
import type { PublicRegion } from '../../regions.js';
import { TRAINING_KINDS, WORKER_CATEGORIES } from '../../../schemas/common.js';
import { CONSENT_VERSION } from '../../wish.js';
import { codeOptions, regionSelect } from './controls.js';

export function wishPage(lang: Lang, regions: PublicRegion[], occupations: PublicOccupation[]): string {
  const body = html`
<p class="lead">${t(lang, 'wish.intro')}</p>
<noscript><p class="error">${t(lang, 'noscript')}</p></noscript>
<form id="wish" class="stack" data-action="/api/public/wishes" data-kind="wish" data-msg-done="${t(lang, 'wish.done')}" data-msg-repeated="${t(lang, 'wish.repeated')}" data-msg-invalid-id="${t(lang, 'wish.invalid_id')}" data-msg-challenge="${t(lang, 'wish.challenge')}" data-msg-error="${t(lang, 'error.generic')}" data-lang="${lang}">
  <label for="id_number">${t(lang, 'wish.id_number')}</label><input id="id_number" name="id_number" required maxlength="18" autocomplete="off" inputmode="text" pattern="[0-9]{17}[0-9Xx]">
  <label for="name">${t(lang, 'wish.name')}</label><input id="name" name="name" required maxlength="64" autocomplete="name">
  <label for="phone">${t(lang, 'wish.phone')}</label><input id="phone" name="phone" required maxlength="11" inputmode="numeric" pattern="1[3-9][0-9]{9}" autocomplete="tel">
  <label for="region_code">${t(lang, 'wish.region')}</label>${regionSelect(lang, 'region_code', regions, undefined, { countiesOnly: true, required: true })}
  <label for="category">${t(lang, 'wish.category')}</label><select id="category" name="category" required>${codeOptions(lang, 'category', WORKER_CATEGORIES, undefined, t(lang, 'common.choose'))}</select>
  <label class="check"><input type="checkbox" name="wants_training" checked> ${t(lang, 'wish.wants_training')}</label>
  <label for="occupation_code">${t(lang, 'wish.occupation')}</label>
  <select id="occupation_code" name="occupation_code"><option value="">${t(lang, 'common.choose')}</option>${occupations.map((o) => html`<option value="${o.code}">${o.name}</option>`)}</select>
  <label for="training_kind">${t(lang, 'wish.training_kind')}</label><select id="training_kind" name="training_kind">${codeOptions(lang, 'training_kind', TRAINING_KINDS, undefined, t(lang, 'common.choose'))}</select>
  <label class="check"><input type="checkbox" name="wants_job"> ${t(lang, 'wish.wants_job')}</label>
  <label for="job_wish">${t(lang, 'wish.job_wish')}</label><input id="job_wish" name="job_wish" maxlength="255">
  <label class="check consent"><input type="checkbox" name="consent" required> ${t(lang, 'wish.consent')}</label>
  <input type="hidden" name="consent_version" value="${CONSENT_VERSION}">
  <button type="submit">${t(lang, 'common.submit')}</button>
  <p class="result" role="status" aria-live="polite"></p>
</form>`;
  return page({ lang, path: 'wish', title: t(lang, 'wish.title'), body, script: true });
}
