// App: the react-admin console; providers and layout wired once, then one <Resource> per entity.
import { CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import attendance from './attendance';
import audit from './audit';
import sms_outbox from './sms_outbox';
import bases from './bases';
import budgets from './budgets';
import certificates from './certificates';
import claims from './claims';
import configs from './configs';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { CHANGE_PASSWORD_ROUTE } from './auth/passwordChange';
import enrollments from './enrollments';
import follow_ups from './follow_ups';
import fund_sources from './fund_sources';
import institutions from './institutions';
import intentions from './intentions';
import issuers from './issuers';
import job_postings from './job_postings';
import jobs from './jobs';
import { AppTitle } from './layout/AppTitle';
import { Layout } from './layout/Layout';
import { ConsoleAdmin } from './layout/ConsoleAdmin';
import programs from './programs';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import regions from './regions';
import risk_cases from './risk_cases';
import { theme } from './theme';
import users from './users';
import { lazyView } from './common/lazyView';
import workers from './workers';

// Pages load with their route (the dashboard's charts only on the dashboard).
const Dashboard = lazyView(() => import('./dashboard/Dashboard'), 'Dashboard');
const CatalogEditorPage = lazyView(() => import('./configs/catalog/CatalogEditorPage'), 'CatalogEditorPage');
const LedgerPage = lazyView(() => import('./ledgers/LedgerPage'), 'LedgerPage');
const ReportsPage = lazyView(() => import('./reports/ReportsPage'), 'ReportsPage');
const RegistryPage = lazyView(() => import('./verification/RegistryPage'), 'RegistryPage');

export const App = () => (
  <ConsoleAdmin
    title={<AppTitle />}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    theme={theme}
  >
    <Resource name="workers" {...workers} />
    <Resource name="intentions" {...intentions} />
    <Resource name="follow_ups" {...follow_ups} />
    <Resource name="job_postings" {...job_postings} />
    <Resource name="institutions" {...institutions} />
    <Resource name="bases" {...bases} />
    <Resource name="programs" {...programs} />
    <Resource name="enrollments" {...enrollments} />
    <Resource name="attendance" {...attendance} />
    <Resource name="certificates" {...certificates} />
    <Resource name="claims" {...claims} />
    <Resource name="risk_cases" {...risk_cases} />
    <Resource name="issuers" {...issuers} />
    <Resource name="fund_sources" {...fund_sources} />
    <Resource name="budgets" {...budgets} />
    <Resource name="regions" {...regions} />
    <Resource name="users" {...users} />
    <Resource name="configs" {...configs} />
    <Resource name="sms_outbox" {...sms_outbox} />
    <Resource name="audit" {...audit} />
    <Resource name="jobs" {...jobs} />
    <CustomRoutes noLayout>
      <Route path={CHANGE_PASSWORD_ROUTE} element={<ChangePasswordPage />} />
    </CustomRoutes>
    <CustomRoutes>
      <Route path="/catalog/:node" element={<CatalogEditorPage />} />
      <Route path="/ledgers/:kind" element={<LedgerPage />} />
      <Route path="/reports" element={<ReportsPage />} />
      <Route path="/verification" element={<RegistryPage />} />
    </CustomRoutes>
  </ConsoleAdmin>
);
