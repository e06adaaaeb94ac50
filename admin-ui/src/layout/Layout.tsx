// Layout: react-admin's layout with the console's AppBar and role-aware Menu.
import type { ReactNode } from 'react';
import type { Theme } from '@mui/material';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

// On a phone the page is exactly the screen wide: react-admin's layout otherwise grows to its widest child (a table),
// and the whole page scrolls sideways. Wide things (tables) scroll inside their own box instead.
const phoneWidth = (theme: Theme) => ({
  [theme.breakpoints.down('sm')]: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } },
});

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu} sx={phoneWidth}>
    {children}
  </RaLayout>
);
