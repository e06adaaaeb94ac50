// The i18n provider: polyglot with Chinese as the default; traditional Mongolian for the menus and the claim decision (else Chinese).
import polyglotI18nProvider from 'ra-i18n-polyglot';
import zhMessages from '../i18n/zh';
import mnMessages from '../i18n/mn';

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'mn' ? mnMessages : zhMessages), 'zh', [
  { locale: 'zh', name: '中文' },
  { locale: 'mn', name: 'ᠮᠣᠩᠭᠣᠯ' },
], { allowMissing: true });
