// DiffTable: what publishing changes in the document in force: each entry, rule or field added, removed or changed.
import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { changedLines } from './diffText';

export interface DiffChange {
  change: 'added' | 'removed' | 'changed';
  id: string;
  name?: string;
  before?: unknown;
  after?: unknown;
}

const COLOURS = { added: 'success', removed: 'error', changed: 'warning' } as const;

export const DiffTable = ({ changes }: { changes: DiffChange[] }) => {
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {['change', 'item', 'detail'].map((c) => <TableCell key={c}>{translate(`steppe.publish.columns.${c}`)}</TableCell>)}
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((c) => (
          <TableRow key={`${c.change}/${c.id}`}>
            <TableCell><Chip size="small" color={COLOURS[c.change]} label={translate(`steppe.publish.change.${c.change}`)} /></TableCell>
            <TableCell>{c.name ? `${c.name}（${c.id}）` : c.id}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-line', fontSize: 13 }}>
              {c.change === 'changed' ? changedLines(c.before, c.after, translate).join('\n') : ''}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
