// useDecision: the claim's decision from GET /api/claims/:id/decision (the stored `decision` until that route answers),
// fetched once per claim version however many components ask.
import { useEffect, useState } from 'react';
import type { RaRecord } from 'react-admin';
import { apiGet } from '../../providers/api';
import type { DecisionView } from './types';

const cache = new Map<string, Promise<DecisionView | null>>();

const load = (record: RaRecord): Promise<DecisionView | null> => {
  const key = `${record.id}@${record.version}`;
  if (!cache.has(key)) {
    if (cache.size > 50) cache.clear();
    cache.set(key, apiGet<DecisionView>(`/claims/${record.id}/decision`).catch((e: { status?: number }) => {
      cache.delete(key);
      if (e.status === 404) return (record.decision as DecisionView | null) ?? null;
      throw e;
    }));
  }
  return cache.get(key)!;
};

export const useDecision = (record: RaRecord | undefined) => {
  const [decision, setDecision] = useState<DecisionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!record) return undefined;
    let live = true;
    load(record).then((d) => live && setDecision(d)).catch((e: Error) => live && setError(e.message));
    return () => { live = false; };
  }, [record?.id, record?.version]); // eslint-disable-line react-hooks/exhaustive-deps
  return { decision, error };
};
