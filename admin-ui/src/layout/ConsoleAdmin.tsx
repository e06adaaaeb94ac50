// ConsoleAdmin: react-admin's <Admin> without the parts the shell replaces (its login form, OAuth callback page, English
// messages), so the console does not download code it never shows. Same providers, same layout pieces otherwise.
import type { ReactNode } from 'react';
import { CssBaseline } from '@mui/material';
import {
  AccessDenied, AdminContext, AuthenticationError, CoreAdminUI, Error, LoadingPage, localStorageStore, NotFound, Notification,
  type AuthProvider, type CatchAllComponent, type DataProvider, type DashboardComponent, type I18nProvider, type LayoutComponent, type RaThemeOptions, type TitleComponent,
} from 'react-admin';
import { LoginPage } from './LoginPage';

const store = localStorageStore();

interface Props {
  authProvider: AuthProvider;
  dataProvider: DataProvider;
  i18nProvider: I18nProvider;
  theme: RaThemeOptions;
  layout: LayoutComponent;
  dashboard: DashboardComponent;
  title: TitleComponent;
  children: ReactNode;
}

export const ConsoleAdmin = ({ authProvider, dataProvider, i18nProvider, theme, layout, dashboard, title, children }: Props) => (
  <AdminContext authProvider={authProvider} dataProvider={dataProvider} i18nProvider={i18nProvider} store={store} theme={theme}>
    <CssBaseline enableColorScheme>
      <CoreAdminUI
        layout={layout} dashboard={dashboard} title={title} requireAuth disableTelemetry
        loginPage={LoginPage} authCallbackPage={false} loading={LoadingPage} catchAll={NotFound as CatchAllComponent} error={Error}
        accessDenied={AccessDenied} authenticationError={AuthenticationError}
      >
        {children}
      </CoreAdminUI>
      <Notification />
    </CssBaseline>
  </AdminContext>
);
