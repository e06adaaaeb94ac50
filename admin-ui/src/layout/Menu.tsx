// Menu: the side menu in four groups, listing only the resources the signed-in role uses.
import { Fragment } from 'react';
import { ListSubheader } from '@mui/material';
import { Menu as RaMenu, usePermissions, useSidebarState, useTranslate } from 'react-admin';
import { visibleResources } from '../permissions';
import type { ResourceName } from '../resources';

const GROUPS: [group: string, resources: ResourceName[]][] = [
  ['workers', ['workers', 'intentions', 'follow_ups', 'job_postings']],
  ['training', ['institutions', 'bases', 'programs', 'enrollments', 'attendance', 'certificates']],
  ['money', ['claims', 'fund_sources', 'budgets']],
  ['system', ['regions', 'users', 'configs', 'audit']],
];

export const Menu = () => {
  const { permissions } = usePermissions();
  const [open] = useSidebarState();
  const translate = useTranslate();
  const visible = visibleResources(permissions);
  return (
    <RaMenu>
      {GROUPS.map(([group, names]) => {
        const shown = names.filter((name) => visible.includes(name));
        if (shown.length === 0) return null;
        return (
          <Fragment key={group}>
            {open && (
              <ListSubheader disableSticky sx={{ bgcolor: 'transparent', lineHeight: '32px', mt: 1 }}>
                {translate(`steppe.menu.${group}`)}
              </ListSubheader>
            )}
            {shown.map((name) => <RaMenu.ResourceItem key={name} name={name} />)}
          </Fragment>
        );
      })}
    </RaMenu>
  );
};
