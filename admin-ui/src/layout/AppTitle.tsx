// AppTitle: the platform's name from i18n, used as react-admin's default title.
import { useTranslate } from 'react-admin';

export const AppTitle = () => <>{useTranslate()('steppe.app.title')}</>;
