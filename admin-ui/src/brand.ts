// The console's colours and fonts, shared by the sign-in screen and react-admin's theme.
export const BRAND = {
  primary: '#1f5f8b',
  secondary: '#2e7d4f',
  background: '#f4f6f8',
  fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif',
  /** Behind the sign-in and password-change cards. */
  backdrop: 'linear-gradient(160deg, #1f5f8b 0%, #4f8fb8 55%, #8fbf7f 100%)',
};
