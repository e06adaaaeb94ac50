// ClaimCollisions: the person's other claims for the same subsidy family, occupation and level, anywhere in the
// region (GET /api/claims/:id/collisions): only one can be approved, so the reviewer sees which, where, and how far
// each went, and which one already holds the entitlement.
import { useEffect, useState } from 'react';
import { Alert, AlertTitle, List, ListItem, ListItemText } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { apiGet } from '../../providers/api';

interface Collision { id: number; type: string; state: string; state_label: string; region_code: string; region_name: string; holds_entitlement: boolean }
interface Collisions { key: { occupation_code: string; level: string } | null; holder: number | null; claims: Collision[] }

export const ClaimCollisions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [data, setData] = useState<Collisions | null>(null);
  useEffect(() => {
    if (!record) return undefined;
    let live = true;
    apiGet<Collisions>(`/claims/${record.id}/collisions`).then((d) => live && setData(d)).catch(() => live && setData(null));
    return () => { live = false; };
  }, [record?.id, record?.version]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!record || !data?.key || data.claims.length === 0) return null;
  const heldByThis = data.holder === record.id;
  const held = data.holder !== null && !heldByThis;
  return (
    <Alert severity={held ? 'error' : 'warning'} sx={{ mb: 2 }} data-testid="claim-collisions">
      <AlertTitle>{translate('steppe.decision.collisions.title', { occupation: data.key.occupation_code, level: translate(`steppe.enums.skill_level.${data.key.level}`, { _: data.key.level }) })}</AlertTitle>
      {translate(held ? 'steppe.decision.collisions.held' : heldByThis ? 'steppe.decision.collisions.holds' : 'steppe.decision.collisions.pending')}
      <List dense disablePadding>
        {data.claims.map((c) => (
          <ListItem key={c.id} disableGutters>
            <ListItemText primary={translate('steppe.decision.collisions.item', {
              id: c.id, region: c.region_name, type: translate(`steppe.enums.claim_type.${c.type}`, { _: c.type }),
              state: translate(`steppe.enums.claim_state.${c.state}`, { _: c.state_label }),
              holds: c.holds_entitlement ? translate('steppe.decision.collisions.holder') : '',
            })} />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};
