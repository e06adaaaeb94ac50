// The console's light theme: react-admin's default, a steppe-sky palette, CJK fonts, MUI's zh-CN texts.
import { zhCN } from '@mui/material/locale';
import { defaultLightTheme, type RaThemeOptions } from 'react-admin';
import { BRAND } from './brand';

type Components = NonNullable<RaThemeOptions['components']>;

// MUI's zh-CN locale only sets defaultProps; merge them into react-admin's per component.
const withZhDefaults = (base: Components): Components => {
  // Indexed by the names MUI's locale lists, each an object that may carry defaultProps.
  type Entry = { defaultProps?: object } | undefined;
  const merged: Record<string, Entry> = { ...base };
  for (const [name, value] of Object.entries(zhCN.components ?? {})) {
    merged[name] = { ...merged[name], defaultProps: { ...merged[name]?.defaultProps, ...(value as Entry)?.defaultProps } };
  }
  return merged as Components;
};

export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    mode: 'light',
    primary: { main: BRAND.primary },
    secondary: { main: BRAND.secondary },
    background: { default: BRAND.background },
  },
  shape: { borderRadius: 8 },
  typography: {
    ...defaultLightTheme.typography,
    // Noto Sans Mongolian (served by Steppe, Mongolian code points only) draws the console in ᠮᠣᠩᠭᠣᠯ when that language is chosen.
    fontFamily: BRAND.fontFamily.replace(/, sans-serif$/, ', "Noto Sans Mongolian", sans-serif'),
  },
  components: withZhDefaults({
    ...defaultLightTheme.components,
    RaToolbar: { styleOverrides: { root: { backgroundColor: '#eef1f4' } } },
    MuiPaper: { styleOverrides: { elevation1: { boxShadow: '0 1px 3px rgba(16, 24, 40, 0.08)' } } },
    // Labels as written: MUI's uppercase would turn 「导出 Excel」 into 「导出 EXCEL」.
    MuiButton: { styleOverrides: { root: { textTransform: 'none' } } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
  }),
};
