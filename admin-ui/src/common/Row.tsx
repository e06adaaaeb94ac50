// Row: lays form inputs side by side on wide screens and stacked on narrow ones.
import type { ReactNode } from 'react';
import { Stack } from '@mui/material';

export const Row = ({ children }: { children: ReactNode }) => (
  <Stack direction={{ xs: 'column', md: 'row' }} gap={{ md: 2 }} sx={{ width: '100%', '& > *': { flex: 1 } }}>
    {children}
  </Stack>
);
