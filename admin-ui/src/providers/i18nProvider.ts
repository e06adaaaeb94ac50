// The i18n provider: polyglot with Chinese as the default (and for now only) locale.
import polyglotI18nProvider from 'ra-i18n-polyglot';
import zhMessages from '../i18n/zh';

export const i18nProvider = polyglotI18nProvider(() => zhMessages, 'zh', [
  { locale: 'zh', name: '中文' },
]);
