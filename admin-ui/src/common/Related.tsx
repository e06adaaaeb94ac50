// Related: the records of another resource that point at this one, as a paged table (a Show tab).
import type { ReactNode } from 'react';
import { DataTable, Pagination, ReferenceManyField, type SortPayload } from 'react-admin';

export interface RelatedProps {
  reference: string;
  target: string;
  sort?: SortPayload;
  children: ReactNode;
  label?: string | false;
}

export const Related = ({ reference, target, sort, children }: RelatedProps) => (
  <ReferenceManyField reference={reference} target={target} sort={sort} perPage={10} pagination={<Pagination />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      {children}
    </DataTable>
  </ReferenceManyField>
);
