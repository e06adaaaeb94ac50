// OriginChip: where a level's standard comes from: 来源：内蒙古自治区 (inherited), 本级覆盖, 本级新增, or 本级 at the root.
import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { LevelOrigin } from './catalogModel';

export const OriginChip = ({ origin, from, root }: { origin: LevelOrigin; from?: string; root: boolean }) => {
  const translate = useTranslate();
  if (root) return <Chip size="small" variant="outlined" label={translate('steppe.catalog.origin.own')} />;
  if (origin === 'inherited') return <Chip size="small" variant="outlined" label={translate('steppe.catalog.origin.inherited', { node: from ?? '' })} />;
  return <Chip size="small" color={origin === 'overridden' ? 'warning' : 'success'} label={translate(`steppe.catalog.origin.${origin}`)} />;
};
