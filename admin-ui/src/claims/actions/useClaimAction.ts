// useClaimAction: POSTs one workflow action of a claim, then refreshes the page and says what happened.
import { useState } from 'react';
import { useNotify, useRefresh, type RaRecord } from 'react-admin';
import { apiPost } from '../../providers/api';
import type { ClaimAction } from './claimRules';

export const useClaimAction = (record: RaRecord | undefined) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async (action: ClaimAction, body: Record<string, unknown> = {}): Promise<boolean> => {
    if (!record) return false;
    setBusy(true);
    // The same key for the same claim version: a double click or a retry submits once.
    const headers = action === 'submit' ? { 'Idempotency-Key': `claim-${record.id}-v${record.version}` } : undefined;
    try {
      await apiPost(`/claims/${record.id}/${action}`, body, headers);
      notify(`steppe.claims.done.${action}`, { type: 'success' });
      refresh();
      return true;
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
};
