// WaivedMaterials: the paper proofs the data exchange stood in for (免提交材料), and whether the data confirmed them.
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DecisionView } from './types';

const state = (confirmed: boolean | null) => (confirmed === null ? 'unknown' : confirmed ? 'confirmed' : 'unconfirmed');

export const WaivedMaterials = ({ items }: { items: NonNullable<DecisionView['waived_materials']> }) => {
  const translate = useTranslate();
  if (items.length === 0) return null;
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 3, fontWeight: 600 }}>{translate('steppe.decision.waived')}</Typography>
      <TableContainer>
        <Table size="small">
          <TableHead>
            <TableRow>
              {['material', 'waived_by', 'confirmed'].map((h) => <TableCell key={h}>{translate(`steppe.decision.waived_columns.${h}`)}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((m) => (
              <TableRow key={`${m.service}/${m.material}`}>
                <TableCell>{m.material_name ?? m.material}</TableCell>
                <TableCell>{translate(`steppe.enums.verification_check.${m.waived_by}`, { _: m.waived_by })}</TableCell>
                <TableCell>{translate(`steppe.decision.waived_state.${state(m.confirmed)}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
};
