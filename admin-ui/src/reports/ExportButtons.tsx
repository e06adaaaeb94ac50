// ExportButtons: 「导出 Excel」 and 「导出 CSV」 of one report with the query on screen (fetched with the bearer token).
import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Stack } from '@mui/material';
import { useNotify } from 'react-admin';
import { Button } from '../common/Button';
import { query } from '../providers/api';
import { downloadFile } from '../providers/download';

type Format = 'xlsx' | 'csv';

export const ExportButtons = ({ name, params, disabled }: { name: 'summary' | 'placement' | 'spend'; params: Record<string, unknown>; disabled?: boolean }) => {
  const notify = useNotify();
  const [busy, setBusy] = useState<Format | null>(null);
  const run = (format: Format) => {
    setBusy(format);
    downloadFile(`/reports/${name}/export${query({ ...params, format })}`, `${name}.${format}`)
      .catch((e: Error) => notify(e.message, { type: 'error' }))
      .finally(() => setBusy(null));
  };
  return (
    <Stack direction="row" gap={1}>
      {(['xlsx', 'csv'] as const).map((format) => (
        <Button key={format} variant="outlined" size="small" label={`steppe.reports.export_${format}`}
          onClick={() => run(format)} disabled={disabled || busy !== null}>
          <DownloadIcon />
        </Button>
      ))}
    </Stack>
  );
};
