// AppBar: the page title on the left, the platform's name and the user menu on the right.
import { Typography } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal, useTranslate } from 'react-admin';
import { UserMenu } from './UserMenu';

export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar color="primary" userMenu={<UserMenu />}>
      <TitlePortal />
      <Typography variant="subtitle2" sx={{ mx: 2, opacity: 0.85, display: { xs: 'none', md: 'block' } }}>
        {translate('steppe.app.title')}
      </Typography>
    </RaAppBar>
  );
};
