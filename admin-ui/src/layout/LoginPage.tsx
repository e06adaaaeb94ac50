// LoginPage: react-admin's login form under the platform's Chinese name.
import { Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';

export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login sx={{ background: 'linear-gradient(160deg, #1f5f8b 0%, #4f8fb8 55%, #8fbf7f 100%)' }}>
      <Typography variant="h6" align="center" sx={{ px: 3, pb: 1 }}>
        {translate('steppe.app.title')}
      </Typography>
      <LoginForm />
    </Login>
  );
};
