// Menu: the side menu in groups, listing only the resources and pages the signed-in role uses.
import { Fragment, type ReactNode } from 'react';
import AssessmentIcon from '@mui/icons-material/Assessment';
import CompareIcon from '@mui/icons-material/CompareArrows';
import { ListSubheader } from '@mui/material';
import { Menu as RaMenu, usePermissions, useSidebarState, useTranslate } from 'react-admin';
import { LEDGERS, ledgerPath } from '../ledgers/ledgers';
import { canOpenPage, visibleResources } from '../permissions';
import type { ResourceName } from '../resources';

type Entry = ResourceName | { page: 'ledgers' | 'reports' | 'verification'; to: string; label: string; icon: ReactNode };

const LEDGER_ENTRIES: Entry[] = LEDGERS.map((l) => ({ page: 'ledgers', to: ledgerPath(l), label: `steppe.ledgers.${l.id}.title`, icon: <l.icon /> }));
const REPORTS: Entry = { page: 'reports', to: '/reports', label: 'steppe.reports.title', icon: <AssessmentIcon /> };
const VERIFICATION: Entry = { page: 'verification', to: '/verification', label: 'steppe.verification.title', icon: <CompareIcon /> };

const GROUPS: [group: string, entries: Entry[]][] = [
  ['workers', ['workers', 'intentions', 'follow_ups', 'job_postings']],
  ['ledgers', LEDGER_ENTRIES],
  ['training', ['institutions', 'bases', 'programs', 'enrollments', 'attendance', 'certificates', 'issuers']],
  ['money', ['claims', 'risk_cases', REPORTS, 'fund_sources', 'budgets']],
  ['system', ['regions', 'users', 'configs', VERIFICATION, 'sms_outbox', 'audit', 'jobs']],
];

export const Menu = () => {
  const { permissions } = usePermissions();
  const [open] = useSidebarState();
  const translate = useTranslate();
  const visible = visibleResources(permissions);
  const shows = (e: Entry) => (typeof e === 'string' ? visible.includes(e) : canOpenPage(permissions, e.page));
  return (
    <RaMenu>
      {GROUPS.map(([group, entries]) => {
        const shown = entries.filter(shows);
        if (shown.length === 0) return null;
        return (
          <Fragment key={group}>
            {open && (
              <ListSubheader disableSticky sx={{ bgcolor: 'transparent', lineHeight: '32px', mt: 1 }}>
                {translate(`steppe.menu.${group}`)}
              </ListSubheader>
            )}
            {shown.map((e) => (typeof e === 'string'
              ? <RaMenu.ResourceItem key={e} name={e} />
              : <RaMenu.Item key={e.to} to={e.to} primaryText={translate(e.label)} leftIcon={e.icon} />))}
          </Fragment>
        );
      })}
    </RaMenu>
  );
};
