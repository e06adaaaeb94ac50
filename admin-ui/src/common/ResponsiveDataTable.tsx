// ResponsiveDataTable: a list's DataTable on a desktop, and on a phone the same columns as cards: a title, a status chip
// and a few key fields with their Chinese labels, so a 390 px screen never scrolls sideways.
import { Fragment, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { Box, Card, LinearProgress, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable, ListNoResults, RecordContextProvider, TextField, useCreatePath, useListContext, useResourceContext, useTranslateLabel,
  type DataTableProps, type RaRecord,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { cardColumns, columnsOf, type CardLayout, type Col } from './cardColumns';

/** A column's content for the record in context, as DataTable's own cell renders it. */
const cell = (col: Col, record: RaRecord) => {
  const { children, render, field: Field, source } = col.props;
  if (children) return children;
  if (render) return render(record);
  if (Field) return <Field source={source} />;
  return source ? <TextField source={source} emptyText="" /> : null;
};

type Props = DataTableProps & { card?: CardLayout };

export const ResponsiveDataTable = ({ card, ...props }: Props) => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  if (!phone) return <DataTable {...props} />;
  return <CardList columns={columnsOf(props.children)} layout={card} rowClick={props.rowClick} empty={props.empty} />;
};

interface CardListProps {
  columns: Col[];
  layout?: CardLayout;
  rowClick?: DataTableProps['rowClick'];
  empty?: ReactNode;
}

/** The records of the list in context as cards; a card opens its record as a row of the table would. */
export const CardList = ({ columns, layout, rowClick, empty }: CardListProps) => {
  const { data, isPending } = useListContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  const navigate = useNavigate();
  const translateLabel = useTranslateLabel();
  const { title, chip, fields } = cardColumns(columns, layout);
  if (isPending) return <LinearProgress sx={{ m: 2 }} />;
  if (!data || data.length === 0) return <>{empty ?? <ListNoResults resource={resource} />}</>;
  const labelOf = (col: Col) => {
    const { label, source } = col.props;
    return typeof label === 'string' || label === undefined ? translateLabel({ label, resource, source }) : label;
  };
  const pathOf = (record: RaRecord) => (typeof rowClick === 'string' && rowClick
    ? createPath({ resource, id: record.id, type: rowClick }) : null);
  return (
    <Stack gap={1} sx={{ p: 1 }} data-testid="card-list">
      {data.map((record: RaRecord) => {
        const path = pathOf(record);
        // A link inside the card (a worker's name) opens its own page; elsewhere the card opens the record.
        const open = (e: MouseEvent | KeyboardEvent) => {
          if (!path || (e.target as HTMLElement).closest('a, button')) return;
          if ('key' in e && e.key !== 'Enter') return;
          void navigate(path);
        };
        return (
          <RecordContextProvider key={record.id} value={record}>
            <Card variant="outlined" data-testid="list-card" role={path ? 'link' : undefined} tabIndex={path ? 0 : undefined}
              onClick={open} onKeyDown={open} sx={{ p: 1.5, cursor: path ? 'pointer' : undefined, minWidth: 0, overflowWrap: 'anywhere' }}>
              <Stack direction="row" gap={1} alignItems="flex-start" justifyContent="space-between">
                {/* The title names the card's own record: a link in it (a worker's name on a claim) reads as text, the card opens. */}
                <Typography component="div" variant="subtitle1" sx={{ fontWeight: 600, minWidth: 0, '& a': { color: 'inherit', textDecoration: 'none', pointerEvents: 'none' }, '& a > .MuiTypography-root': { color: 'inherit', font: 'inherit' } }}>
                  {title && cell(title, record)}
                </Typography>
                {chip && <Box sx={{ flexShrink: 0 }}>{cell(chip, record)}</Box>}
              </Stack>
              {fields.length > 0 && (
                <Box component="dl" sx={{ m: 0, mt: 0.5, display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: 1.5, rowGap: 0.25 }}>
                  {fields.map((col, i) => (
                    <Fragment key={col.props.source ?? i}>
                      <Typography component="dt" variant="body2" color="text.secondary">{labelOf(col)}</Typography>
                      <Typography component="dd" variant="body2" sx={{ m: 0, minWidth: 0 }}>{cell(col, record)}</Typography>
                    </Fragment>
                  ))}
                </Box>
              )}
            </Card>
          </RecordContextProvider>
        );
      })}
    </Stack>
  );
};
