// RegistryPage (/verification, 大数据比对数据): an administrator loads a batch of comparison data (居民身份, 社会保险参保,
// 脱贫人口, 证书) from a CSV file, reads what was loaded and skipped, and sees every batch loaded so far.
import { useCallback, useEffect, useState } from 'react';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button as MuiButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Title, useNotify, usePermissions, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { canOpenPage } from '../permissions';
import { apiGet, apiPost } from '../providers/api';
import { csvText, dataLines } from './csvText';
import { RegistryBatches, type Batch } from './RegistryBatches';
import { UploadResult, type LoadResult } from './UploadResult';

const CHECKS = ['social_insurance', 'poverty_registry', 'certificate_registry', 'identity'] as const;

export const RegistryPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions, isPending } = usePermissions();
  const [check, setCheck] = useState<string>(CHECKS[0]);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ check: string; result: LoadResult; lines: number[] } | null>(null);
  const [batches, setBatches] = useState<Batch[] | null>(null);
  const allowed = canOpenPage(permissions, 'verification');
  const loadBatches = useCallback(() => {
    apiGet<Batch[]>('/verification/registry/summary').then(setBatches).catch((e: Error) => notify(e.message, { type: 'error' }));
  }, [notify]);
  useEffect(() => { if (allowed) loadBatches(); }, [allowed, loadBatches]);
  if (isPending) return null;
  if (!allowed) return <Alert severity="warning" sx={{ m: 2 }}>{translate('steppe.verification.forbidden')}</Alert>;

  const pick = async (picked: File | undefined) => {
    setResult(null);
    setFile(picked ? { name: picked.name, text: csvText(await picked.arrayBuffer()) } : null);
  };
  const upload = () => {
    if (!file) return;
    const lines = dataLines(file.text);
    if (lines.length === 0) return notify('steppe.verification.empty_file', { type: 'warning' });
    setBusy(true);
    apiPost<LoadResult>('/verification/registry', { check, csv: file.text })
      .then((r) => { setResult({ check, result: r, lines }); setFile(null); loadBatches(); })
      .catch((e: Error) => notify(e.message, { type: 'error', multiLine: true }))
      .finally(() => setBusy(false));
  };
  return (
    <Box sx={{ p: 2, maxWidth: 1100 }}>
      <Title title="steppe.verification.title" />
      <Typography variant="body2" sx={{ mb: 1 }}>{translate('steppe.verification.help')}</Typography>
      <Alert severity="info" sx={{ mb: 2 }}>{translate('steppe.verification.format')}</Alert>
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2} alignItems={{ md: 'center' }}>
        <TextField select size="small" label={translate('steppe.verification.check')} value={check}
          onChange={(e) => { setCheck(e.target.value); setResult(null); }} fullWidth={false} sx={{ width: 300 }}>
          {CHECKS.map((c) => <MenuItem key={c} value={c}>{translate(`steppe.enums.verification_check.${c}`)}</MenuItem>)}
        </TextField>
        <MuiButton component="label" variant="outlined" startIcon={<UploadFileIcon />} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
          {translate('steppe.verification.file')}
          <input hidden type="file" accept=".csv,text/csv" data-testid="registry-file" onChange={(e) => { void pick(e.target.files?.[0]); e.target.value = ''; }} />
        </MuiButton>
        <Typography variant="body2" color={file ? 'text.primary' : 'text.secondary'}>
          {file ? translate('steppe.verification.picked', { name: file.name, rows: dataLines(file.text).length }) : translate('steppe.verification.no_file')}
        </Typography>
        <Button variant="contained" label={busy ? 'steppe.verification.uploading' : 'steppe.verification.upload'} onClick={upload} disabled={!file || busy}
          sx={{ whiteSpace: 'nowrap', flexShrink: 0 }} />
      </Stack>
      {result && <UploadResult {...result} />}
      <RegistryBatches batches={batches} />
    </Box>
  );
};
