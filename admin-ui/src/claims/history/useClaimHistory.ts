// useClaimHistory: GET /api/claims/:id/history (oldest first), fetched again whenever the claim's version changes.
import { useEffect, useState } from 'react';
import type { RaRecord } from 'react-admin';
import { apiGet } from '../../providers/api';
import type { HistoryEntry } from './historyText';

export const useClaimHistory = (record: RaRecord | undefined) => {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!record) return undefined;
    let live = true;
    setError(null);
    apiGet<HistoryEntry[]>(`/claims/${record.id}/history`)
      .then((rows) => live && setEntries(rows))
      .catch((e: Error) => live && setError(e.message));
    return () => { live = false; };
  }, [record?.id, record?.version]); // eslint-disable-line react-hooks/exhaustive-deps
  return { entries, error };
};
