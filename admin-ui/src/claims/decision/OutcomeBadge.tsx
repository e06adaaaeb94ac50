// OutcomeBadge: the rules' outcome as a coloured chip: 符合条件 green, 需人工审核 amber, 不符合条件 red.
import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLOURS = { eligible: 'success', needs_review: 'warning', ineligible: 'error' } as const;

export const OutcomeBadge = ({ outcome }: { outcome: keyof typeof COLOURS }) => {
  const translate = useTranslate();
  return <Chip color={COLOURS[outcome] ?? 'default'} label={translate(`steppe.enums.claim_outcome.${outcome}`)} sx={{ fontWeight: 600 }} />;
};
