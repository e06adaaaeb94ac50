// useValidation: checks a whole document as it is typed (POST /api/configs/validate), half a second after the last key.
import { useEffect, useState } from 'react';
import { apiPost } from '../../providers/api';

export interface Problem {
  path: string;
  message: string;
}

export const useValidation = (doc: Record<string, unknown> | null, delayMs = 500) => {
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [checking, setChecking] = useState(false);
  const key = doc ? JSON.stringify(doc) : '';
  useEffect(() => {
    if (!doc) return undefined;
    let live = true;
    setChecking(true);
    const timer = setTimeout(() => {
      apiPost<{ ok: boolean; errors: Problem[] }>('/configs/validate', doc)
        .then((r) => live && setProblems(r.errors))
        .catch((e: Error) => live && setProblems([{ path: '', message: e.message }]))
        .finally(() => live && setChecking(false));
    }, delayMs);
    return () => { live = false; clearTimeout(timer); };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return { problems, checking };
};
