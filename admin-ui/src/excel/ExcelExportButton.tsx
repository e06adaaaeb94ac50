// 「导出 Excel」: the list as the server exports it, with the list's current filter, its permanent filter (a ledger's
// `wants_training: true`) and sort; scoped and masked by the API.
import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { useListContext, useNotify } from 'react-admin';
import { Button } from '../common/Button';
import { today } from '../common/dates';
import { query } from '../providers/api';
import { downloadFile } from '../providers/download';

/** `title`: the file's name instead of the resource's (「培训需求台账-2026-07-01.xlsx」). */
export const ExcelExportButton = ({ title }: { title?: string }) => {
  const { resource, filter, filterValues, sort, total } = useListContext();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    const params = query({ format: 'xlsx', sort: sort ? [sort.field, sort.order] : undefined, filter: { ...filterValues, ...filter } });
    downloadFile(`/${resource}/export${params}`, `${resource}.xlsx`, title ? `${title}-${today()}.xlsx` : undefined)
      .catch((error: Error) => notify(error.message, { type: 'error' }))
      .finally(() => setBusy(false));
  };
  return (
    <Button label="steppe.excel.export" onClick={run} disabled={busy || total === 0}>
      <DownloadIcon />
    </Button>
  );
};
