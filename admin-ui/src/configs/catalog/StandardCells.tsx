// StandardCells: a level's minimum hours and subsidy standard, edited in place (yuan typed, fen kept); committed on blur.
// The inputs keep a minimum width (a narrow screen scrolls the table's box rather than clipping 1800.00 to 180).
import { useEffect, useState } from 'react';
import { InputAdornment, TableCell, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { fenToYuanText, formatFen, yuanTextToFen } from '../../common/money';
import type { LevelStandard } from './catalogModel';

interface Props {
  id: string;
  value: LevelStandard;
  readOnly: boolean;
  onChange: (next: LevelStandard) => void;
}

export const StandardCells = ({ id, value, readOnly, onChange }: Props) => {
  const translate = useTranslate();
  const [hours, setHours] = useState(String(value.min_hours));
  const [yuan, setYuan] = useState(fenToYuanText(value.standard_fen));
  useEffect(() => { setHours(String(value.min_hours)); setYuan(fenToYuanText(value.standard_fen)); }, [value.min_hours, value.standard_fen]);
  const hoursOk = /^[1-9]\d{0,4}$/.test(hours);
  const fen = yuanTextToFen(yuan);
  const yuanOk = typeof fen === 'number';
  const commit = () => {
    if (hoursOk && yuanOk && (Number(hours) !== value.min_hours || fen !== value.standard_fen)) onChange({ min_hours: Number(hours), standard_fen: fen });
  };
  // Read-only (an auditor, a retired version, a removed entry): the figures as text, no inputs to mistake for editable.
  if (readOnly) {
    return (
      <>
        <TableCell sx={{ width: 120 }} data-testid={`hours-${id}`}>{value.min_hours}</TableCell>
        <TableCell sx={{ width: 150 }} data-testid={`std-${id}`}>{formatFen(value.standard_fen)}</TableCell>
      </>
    );
  }
  return (
    <>
      <TableCell sx={{ width: 120 }}>
        <TextField size="small" variant="standard" value={hours} error={!hoursOk} disabled={readOnly} sx={{ minWidth: 56 }}
          slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': translate('steppe.catalog.min_hours'), 'data-testid': `hours-${id}` } }}
          onChange={(e) => setHours(e.target.value.trim())} onBlur={commit} />
      </TableCell>
      <TableCell sx={{ width: 150 }}>
        <TextField size="small" variant="standard" value={yuan} error={!yuanOk} disabled={readOnly} sx={{ minWidth: 110 }}
          slotProps={{
            input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> },
            htmlInput: { inputMode: 'decimal', 'aria-label': translate('steppe.catalog.standard'), 'data-testid': `std-${id}` },
          }}
          onChange={(e) => setYuan(e.target.value)} onBlur={commit} />
      </TableCell>
    </>
  );
};
