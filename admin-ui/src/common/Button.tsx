// Button: react-admin's Button, except that on a phone a button without an icon keeps its words. react-admin's turns
// into an icon alone below 600 px, and one with no icon (批准, 驳回, 取消) into an empty, unreadable circle.
import { Button as MuiButton, useMediaQuery, type Theme } from '@mui/material';
import { Button as RaButton, useTranslate, type ButtonProps } from 'react-admin';

export const Button = (props: ButtonProps) => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  const translate = useTranslate();
  if (!phone || props.children) return <RaButton {...props} />;
  const { label, alignIcon: _alignIcon, to: _to, color = 'primary', size = 'small', ...rest } = props;
  return (
    <MuiButton color={color} size={size} {...(rest as object)}>
      {typeof label === 'string' ? translate(label, { _: label }) : label}
    </MuiButton>
  );
};
