// RowsTable: a small read-only table (a rule's conditions, waived materials, data comparisons); on a phone each row
// becomes a block of 「label value」 lines, since five columns squeezed into 390 px stack one character per line.
import { Fragment, type ReactNode } from 'react';
import { Box, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography, useMediaQuery, type Theme } from '@mui/material';

export interface Row {
  key: string;
  cells: ReactNode[];
}

interface Props {
  /** The column headings, already translated. */
  head: ReactNode[];
  rows: Row[];
  /** Columns kept on one line in the table (a date and time). */
  nowrap?: number[];
}

export const RowsTable = ({ head, rows, nowrap = [] }: Props) => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  if (phone) {
    return (
      <Stack gap={1} sx={{ my: 1 }} data-testid="rows-stacked">
        {rows.map((row) => (
          <Box key={row.key} component="dl" sx={{ m: 0, p: 1, border: 1, borderColor: 'divider', borderRadius: 1, display: 'grid',
            gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: 1.5, rowGap: 0.25, overflowWrap: 'anywhere' }}>
            {row.cells.map((cell, i) => (
              <Fragment key={i}>
                <Typography component="dt" variant="body2" color="text.secondary">{head[i]}</Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0, minWidth: 0 }}>{cell}</Typography>
              </Fragment>
            ))}
          </Box>
        ))}
      </Stack>
    );
  }
  return (
    <TableContainer>
      <Table size="small">
        <TableHead>
          <TableRow>{head.map((h, i) => <TableCell key={i}>{h}</TableCell>)}</TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              {row.cells.map((cell, i) => <TableCell key={i} sx={nowrap.includes(i) ? { whiteSpace: 'nowrap' } : undefined}>{cell}</TableCell>)}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
