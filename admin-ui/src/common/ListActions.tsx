// ListActions: every list's toolbar: filters, create (when the role may), 「导出 Excel」 and any extra buttons.
import type { ReactNode } from 'react';
import { CreateButton, FilterButton, TopToolbar, useResourceDefinition } from 'react-admin';
import { ExcelExportButton } from '../excel/ExcelExportButton';

interface Props {
  children?: ReactNode;
  filters?: boolean;
  create?: boolean;
  /** The exported file's name (a ledger's title); the server's otherwise. */
  exportTitle?: string;
}

export const ListActions = ({ children, filters = true, create = true, exportTitle }: Props) => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters && <FilterButton />}
      {create && hasCreate && <CreateButton />}
      {children}
      <ExcelExportButton title={exportTitle} />
    </TopToolbar>
  );
};
