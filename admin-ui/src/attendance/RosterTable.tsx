// RosterTable: every enrolled person of the class (name, masked ID number) with a present/absent switch for the chosen date.
import { Switch, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RosterRow } from './sessionApi';

interface Props {
  rows: RosterRow[];
  present: Record<number, boolean>;
  onToggle: (enrollmentId: number, present: boolean) => void;
  readOnly: boolean;
}

export const RosterTable = ({ rows, present, onToggle, readOnly }: Props) => {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid="roster-grid">
      <TableHead>
        <TableRow>
          <TableCell>{translate('steppe.sessions.name')}</TableCell>
          <TableCell>{translate('steppe.sessions.id_number')}</TableCell>
          <TableCell>{translate('steppe.sessions.status')}</TableCell>
          <TableCell align="right">{translate('steppe.sessions.attended')}</TableCell>
          <TableCell align="right">{translate('steppe.sessions.recorded')}</TableCell>
          <TableCell>{translate('steppe.sessions.present')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => {
          const withdrawn = r.status === 'withdrawn';
          const on = !withdrawn && !!present[r.enrollment_id];
          return (
            <TableRow key={r.enrollment_id} data-testid={`roster-row-${r.enrollment_id}`}>
              <TableCell>{r.worker_name}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{r.id_number}</TableCell>
              <TableCell>{translate(`steppe.enums.enrollment_status.${r.status}`, { _: r.status })}</TableCell>
              <TableCell align="right" data-testid="attended-hours">{r.attended_hours}</TableCell>
              <TableCell align="right">{r.hours ?? '—'}</TableCell>
              <TableCell>
                <Switch checked={on} disabled={readOnly || withdrawn} onChange={(e) => onToggle(r.enrollment_id, e.target.checked)}
                  slotProps={{ input: { 'aria-label': `${r.worker_name} ${translate('steppe.sessions.present')}` } as object }} />
                {translate(on ? 'steppe.sessions.yes' : 'steppe.sessions.no')}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
