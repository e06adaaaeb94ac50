// useReport: GET a report with its query, again whenever the query changes; the last answer stays while the next loads.
import { useEffect, useState } from 'react';
import { apiGet, query } from '../providers/api';

export const useReport = <T>(path: string, params: Record<string, unknown>) => {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const q = query(params);
  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    apiGet<T>(`${path}${q}`)
      .then((d) => live && setData(d))
      .catch((e: Error) => live && setError(e.message))
      .finally(() => live && setLoading(false));
    return () => { live = false; };
  }, [path, q]);
  return { data, error, loading };
};
