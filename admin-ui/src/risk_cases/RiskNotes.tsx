// RiskNotes: the case's notes, oldest first (append-only), with who wrote them and when.
import { formatDateTime } from '../common/dates';
import { List, ListItem, ListItemText } from '@mui/material';
import { useRecordContext } from 'react-admin';

export const RiskNotes = (_props: { label?: string }) => {
  const record = useRecordContext();
  const notes = (record?.notes ?? []) as Array<{ at: string; username: string | null; text: string }>;
  if (notes.length === 0) return null;
  return (
    <List dense disablePadding>
      {notes.map((n, i) => (
        <ListItem key={i} disableGutters>
          <ListItemText primary={n.text} secondary={`${n.username ?? ''} ${formatDateTime(n.at)}`} />
        </ListItem>
      ))}
    </List>
  );
};
