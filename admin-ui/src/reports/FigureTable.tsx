// FigureTable: rows of figures with a bold total line; numbers right-aligned in tabular digits, scrolling sideways on
// a narrow screen rather than squeezing the columns.
import type { ReactNode } from 'react';
import { Table, TableBody, TableCell, TableContainer, TableFooter, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface Column<R> {
  id: string;
  /** i18n key of the heading. */
  label: string;
  numeric?: boolean;
  render: (row: R) => ReactNode;
  /** What the total line shows in this column (nothing when summing makes no sense). */
  total?: ReactNode;
}

export const FigureTable = <R,>({ rows, columns, rowKey, showTotal = true }: { rows: R[]; columns: Column<R>[]; rowKey: (row: R) => string; showTotal?: boolean }) => {
  const translate = useTranslate();
  const cell = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;
  return (
    <TableContainer>
      <Table size="small" sx={{ minWidth: 720 }}>
        <TableHead>
          <TableRow>
            {columns.map((c) => <TableCell key={c.id} align={c.numeric ? 'right' : 'left'} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{translate(c.label)}</TableCell>)}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} hover>
              {columns.map((c) => <TableCell key={c.id} align={c.numeric ? 'right' : 'left'} sx={cell}>{c.render(row)}</TableCell>)}
            </TableRow>
          ))}
        </TableBody>
        {showTotal && rows.length > 1 && (
          <TableFooter>
            <TableRow>
              {columns.map((c, i) => (
                <TableCell key={c.id} align={c.numeric ? 'right' : 'left'} sx={{ ...cell, fontWeight: 600, color: 'text.primary', fontSize: '0.875rem' }}>
                  {i === 0 ? translate('steppe.reports.total') : c.total ?? ''}
                </TableCell>
              ))}
            </TableRow>
          </TableFooter>
        )}
      </Table>
    </TableContainer>
  );
};
