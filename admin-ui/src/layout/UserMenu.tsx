// UserMenu: the signed-in user's menu — 修改密码 (any time, not only when the password must change) and 退出登录.
import { forwardRef } from 'react';
import KeyIcon from '@mui/icons-material/Key';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { Logout, UserMenu as RaUserMenu, useTranslate, useUserMenu } from 'react-admin';
import { Link } from 'react-router-dom';
import { CHANGE_PASSWORD_ROUTE } from '../auth/passwordChange';

const ChangePasswordItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const translate = useTranslate();
  const { onClose } = useUserMenu() ?? {};
  return (
    <MenuItem ref={ref} component={Link} to={CHANGE_PASSWORD_ROUTE} onClick={onClose} {...props}>
      <ListItemIcon><KeyIcon fontSize="small" /></ListItemIcon>
      <ListItemText>{translate('steppe.security.password.title')}</ListItemText>
    </MenuItem>
  );
});

export const UserMenu = () => (
  <RaUserMenu>
    <ChangePasswordItem />
    <Logout />
  </RaUserMenu>
);
