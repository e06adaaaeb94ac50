// Related: the records of another resource that point at this one, as a paged table (a Show tab), cards on a phone.
import type { ReactNode } from 'react';
import { Pagination, ReferenceManyField, type SortPayload } from 'react-admin';
import { ResponsiveDataTable } from './ResponsiveDataTable';

export interface RelatedProps {
  reference: string;
  target: string;
  sort?: SortPayload;
  children: ReactNode;
  label?: string | false;
}

export const Related = ({ reference, target, sort, children }: RelatedProps) => (
  <ReferenceManyField reference={reference} target={target} sort={sort} perPage={10} pagination={<Pagination />}>
    <ResponsiveDataTable rowClick="show" bulkActionButtons={false}>
      {children}
    </ResponsiveDataTable>
  </ReferenceManyField>
);
