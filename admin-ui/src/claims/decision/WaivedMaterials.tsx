// WaivedMaterials: the paper proofs the data exchange stood in for (免提交材料), and whether the data confirmed them.
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { RowsTable } from '../../common/RowsTable';
import type { DecisionView } from './types';

const state = (confirmed: boolean | null) => (confirmed === null ? 'unknown' : confirmed ? 'confirmed' : 'unconfirmed');

export const WaivedMaterials = ({ items }: { items: NonNullable<DecisionView['waived_materials']> }) => {
  const translate = useTranslate();
  if (items.length === 0) return null;
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 3, fontWeight: 600 }}>{translate('steppe.decision.waived')}</Typography>
      <RowsTable
        head={['material', 'waived_by', 'confirmed'].map((h) => translate(`steppe.decision.waived_columns.${h}`))}
        rows={items.map((m) => ({
          key: `${m.service}/${m.material}`,
          cells: [
            m.material_name ?? m.material,
            translate(`steppe.enums.verification_check.${m.waived_by}`, { _: m.waived_by }),
            translate(`steppe.decision.waived_state.${state(m.confirmed)}`),
          ],
        }))}
      />
    </>
  );
};
