// CatalogTable: one row per occupation and level: hours and standard editable, where each comes from, remove or restore.
import { Fragment } from 'react';
import { IconButton, Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import RestoreIcon from '@mui/icons-material/Restore';
import { useTranslate } from 'react-admin';
import { LEVELS, levelOrigin, type Entry, type LevelStandard } from './catalogModel';
import { OriginChip } from './OriginChip';
import { StandardCells } from './StandardCells';

interface Props {
  entries: Entry[];
  removed: Entry[];
  parent: Entry[] | null;
  parentSource: Record<string, string>;
  /** The entries as loaded: levels that differ are highlighted until saved. */
  original?: Entry[];
  readOnly: boolean;
  onLevel: (code: string, level: string, std: LevelStandard) => void;
  onRemove: (code: string) => void;
  onRestore: (code: string) => void;
}

const COLUMNS = ['code', 'name', 'level', 'min_hours', 'standard', 'origin', 'actions'];

const UNSAVED = '#fff4d6';

/** Codes and levels on one line: on a narrow screen the table scrolls in its box rather than stacking 五/级/初/级/工. */
const NOWRAP = { whiteSpace: 'nowrap' } as const;

export const CatalogTable = ({ entries, removed, parent, parentSource, original, readOnly, onLevel, onRemove, onRestore }: Props) => {
  const unsaved = (code: string, level: string, std: LevelStandard) => {
    if (!original) return false;
    const before = original.find((e) => e.code === code)?.levels[level];
    return !before || before.min_hours !== std.min_hours || before.standard_fen !== std.standard_fen;
  };
  const translate = useTranslate();
  const rows = (entry: Entry, gone: boolean) => {
    const levels = LEVELS.filter((l) => entry.levels[l]);
    return levels.map((level, i) => (
      <TableRow key={`${entry.code}/${level}`}
        sx={gone ? { opacity: 0.5, textDecoration: 'line-through' } : unsaved(entry.code, level, entry.levels[level]) ? { bgcolor: UNSAVED } : undefined}>
        {i === 0 && <TableCell rowSpan={levels.length} sx={NOWRAP}>{entry.code}</TableCell>}
        {i === 0 && <TableCell rowSpan={levels.length} sx={{ minWidth: 72 }}>{entry.name}</TableCell>}
        <TableCell sx={NOWRAP}>{translate(`steppe.enums.skill_level.${level}`)}</TableCell>
        <StandardCells id={`${entry.code}-${level}`} value={entry.levels[level]} readOnly={readOnly || gone}
          onChange={(std) => onLevel(entry.code, level, std)} />
        <TableCell><OriginChip origin={levelOrigin(parent, entry.code, level, entry.levels[level])} from={parentSource[entry.code]} root={!parent} /></TableCell>
        {i === 0 && (
          <TableCell rowSpan={levels.length}>
            {!readOnly && (
              <Tooltip title={translate(gone ? 'steppe.catalog.restore' : 'steppe.catalog.remove')}>
                <IconButton size="small" onClick={() => (gone ? onRestore(entry.code) : onRemove(entry.code))}>
                  {gone ? <RestoreIcon /> : <DeleteIcon />}
                </IconButton>
              </Tooltip>
            )}
          </TableCell>
        )}
      </TableRow>
    ));
  };
  return (
    <Table size="small" stickyHeader>
      <TableHead>
        <TableRow>{COLUMNS.map((c) => <TableCell key={c} sx={NOWRAP}>{translate(`steppe.catalog.columns.${c}`)}</TableCell>)}</TableRow>
      </TableHead>
      <TableBody>
        {entries.map((e) => <Fragment key={e.code}>{rows(e, false)}</Fragment>)}
        {removed.map((e) => <Fragment key={`removed-${e.code}`}>{rows(e, true)}</Fragment>)}
      </TableBody>
    </Table>
  );
};
