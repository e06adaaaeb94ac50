// Which of a list's DataTable columns a phone card shows: its title, its status chip and a few key fields.
import { Children, Fragment, isValidElement, type ElementType, type ReactElement, type ReactNode } from 'react';
import type { RaRecord } from 'react-admin';

/** Which columns (by source) a card shows; unset, the first column is the title and a `chip` column the status. */
export interface CardLayout {
  title?: string;
  /** The column shown as a chip beside the title (a state, a status, a severity). */
  chip?: string;
  /** At most these columns below the title, in this order; by default the next three. */
  fields?: string[];
}

type ColProps = { source?: string; label?: ReactNode; children?: ReactNode; render?: (record: RaRecord) => ReactNode; field?: ElementType };
export type Col = ReactElement<ColProps>;

const FIELDS_SHOWN = 3;

/** The DataTable.Col elements among the children, fragments and conditionals ({cond && <Col />}) flattened. */
export const columnsOf = (children: ReactNode): Col[] =>
  Children.toArray(children).flatMap((child) => {
    if (!isValidElement(child)) return [];
    if (child.type === Fragment) return columnsOf((child.props as { children?: ReactNode }).children);
    return [child as Col];
  });

/** Picks the title, chip and key fields of a card from the columns (see CardLayout). */
export function cardColumns(cols: Col[], layout: CardLayout = {}): { title: Col | undefined; chip: Col | undefined; fields: Col[] } {
  const bySource = (source?: string) => (source ? cols.find((c) => c.props.source === source) : undefined);
  const isChip = (c: Col) => isValidElement(c.props.children) && (c.props.children.props as { chip?: boolean }).chip === true;
  const title = bySource(layout.title) ?? cols[0];
  const chip = layout.chip ? bySource(layout.chip) : [...cols].reverse().find(isChip);
  const fields = layout.fields
    ? layout.fields.map(bySource).filter((c): c is Col => !!c)
    : cols.filter((c) => c !== title && c !== chip).slice(0, FIELDS_SHOWN);
  return { title, chip, fields };
}
