// SessionRoster: the 按班点名 tab of a class — pick a date and the hours, everyone present by default, save the session
// at once; the dates already recorded are listed, and the attendance machine's file can be imported.
import { useCallback, useEffect, useState } from 'react';
import { Alert, Box, Chip, Stack, TextField, Typography } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import UploadIcon from '@mui/icons-material/UploadFile';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { today } from '../common/dates';
import { fetchRoster, saveSession, type Roster } from './sessionApi';
import { RosterTable } from './RosterTable';
import { MachineImportDialog } from './MachineImportDialog';

/** Present by the date's records when it has some, else everyone still enrolled. */
const defaultPresence = (roster: Roster) => {
  const recorded = roster.rows.some((r) => r.attendance_id !== null);
  return Object.fromEntries(roster.rows.map((r) => [r.enrollment_id, r.status !== 'withdrawn' && (recorded ? r.attendance_id !== null : true)]));
};

export const SessionRoster = () => {
  const program = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'attendance' });
  const first = program && today() >= program.start_date && today() <= program.end_date ? today() : String(program?.start_date ?? today());
  const [date, setDate] = useState(first);
  const [hours, setHours] = useState('8');
  const [roster, setRoster] = useState<Roster | null>(null);
  const [present, setPresent] = useState<Record<number, boolean>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState(false);

  const load = useCallback(() => {
    if (!program?.id || !date) return;
    fetchRoster(program.id, date)
      .then((r) => { setRoster(r); setPresent(defaultPresence(r)); setError(null); })
      .catch((e: Error) => setError(e.message));
  }, [program?.id, date]);
  useEffect(load, [load]);
  if (!program) return null;

  const recordedToday = roster?.rows.filter((r) => r.attendance_id !== null).length ?? 0;
  const save = async () => {
    if (!roster) return;
    setBusy(true);
    try {
      const entries = roster.rows.map((r) => ({ enrollment_id: r.enrollment_id, present: r.status !== 'withdrawn' && !!present[r.enrollment_id] }));
      const result = await saveSession(program.id, { session_date: date, hours: Number(hours), entries });
      notify(result.message, { type: 'success' });
      load();
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const setAll = (on: boolean) => setPresent(Object.fromEntries((roster?.rows ?? []).map((r) => [r.enrollment_id, on])));

  return (
    <Box sx={{ py: 1 }}>
      <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
        <TextField type="date" label={translate('steppe.sessions.date')} value={date} onChange={(e) => setDate(e.target.value)} size="small" sx={{ width: 200 }}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: program.start_date, max: program.end_date, 'data-testid': 'session-date' } }} />
        <TextField type="number" label={translate('steppe.sessions.hours')} value={hours} onChange={(e) => setHours(e.target.value)} size="small" sx={{ width: 140 }}
          helperText={translate('steppe.sessions.hours_help', { max: roster?.max_hours ?? 12 })} slotProps={{ htmlInput: { min: 1, max: roster?.max_hours ?? 12, 'data-testid': 'session-hours' } }} />
        {canAccess && <Button label="steppe.sessions.all_present" onClick={() => setAll(true)} />}
        {canAccess && <Button label="steppe.sessions.all_absent" onClick={() => setAll(false)} />}
        {canAccess && <Button label="steppe.sessions.import" onClick={() => setImporting(true)}><UploadIcon /></Button>}
      </Stack>
      {error && <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>}
      {recordedToday > 0 && <Alert severity="info" sx={{ mt: 2 }}>{translate('steppe.sessions.existing', { count: recordedToday })}</Alert>}
      {roster && roster.rows.length === 0 && <Alert severity="info" sx={{ mt: 2 }}>{translate('steppe.sessions.none')}</Alert>}
      {roster && roster.rows.length > 0 && (
        <RosterTable rows={roster.rows} present={present} readOnly={!canAccess} onToggle={(id, on) => setPresent((p) => ({ ...p, [id]: on }))} />
      )}
      {canAccess && roster && roster.rows.length > 0 && (
        <Button label="steppe.sessions.save" variant="contained" onClick={save} disabled={busy || !date || !hours} sx={{ mt: 2 }}><SaveIcon /></Button>
      )}
      {roster && roster.dates.length > 0 && (
        <Box sx={{ mt: 3 }}>
          <Typography variant="subtitle2" gutterBottom>{translate('steppe.sessions.recorded_dates')}</Typography>
          <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
            {roster.dates.map((d) => (
              <Chip key={d.session_date} size="small" color={d.session_date === date ? 'primary' : 'default'} onClick={() => setDate(d.session_date)}
                label={translate('steppe.sessions.recorded_day', { date: d.session_date, workers: d.workers })} />
            ))}
          </Stack>
        </Box>
      )}
      <MachineImportDialog programId={Number(program.id)} open={importing} onClose={(imported) => { setImporting(false); if (imported) { load(); refresh(); } }} />
    </Box>
  );
};
