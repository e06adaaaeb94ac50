// HistoryTimeline: the entries of a claim's history down a line, newest at the bottom: a coloured dot, the step,
// who and when, and the details (amounts in yuan, reasons, the rules that failed).
import { Box, Stack, Typography } from '@mui/material';
import type { EntryText } from './historyText';

export interface TimelineItem extends EntryText {
  key: string | number;
  when: string;
  who: string;
}

const DOT = { success: 'success.main', error: 'error.main', warning: 'warning.main', info: 'primary.main', grey: 'grey.400' } as const;

export const HistoryTimeline = ({ items }: { items: TimelineItem[] }) => (
  <Box component="ol" data-testid="claim-history" sx={{ listStyle: 'none', m: 0, p: 0, maxWidth: 880 }}>
    {items.map((item, i) => (
      <Box component="li" key={item.key} sx={{ display: 'flex', gap: 2 }}>
        <Stack alignItems="center" sx={{ width: 16, flexShrink: 0 }}>
          <Box sx={{ width: 12, height: 12, mt: '6px', borderRadius: '50%', bgcolor: DOT[item.tone], flexShrink: 0 }} />
          {i < items.length - 1 && <Box sx={{ width: 2, flex: 1, bgcolor: 'divider', my: 0.5 }} />}
        </Stack>
        <Box sx={{ pb: 2.5, minWidth: 0 }}>
          <Stack direction="row" gap={1.5} alignItems="baseline" flexWrap="wrap">
            <Typography sx={{ fontWeight: 600 }}>{item.title}</Typography>
            <Typography variant="body2" color="text.secondary">{item.who}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>{item.when}</Typography>
          </Stack>
          {item.details.length > 0 && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>{item.details.join('；')}</Typography>
          )}
        </Box>
      </Box>
    ))}
  </Box>
);
