// What the server lets the user do next with a record's status (GET /api/<resource>/:id/transitions), refetched when the record changes.
import { useEffect, useState } from 'react';
import { apiGet } from '../providers/api';

export interface Transitions { field: string; current: string; allowed: string[] }

export const useTransitions = (resource: 'programs' | 'enrollments' | 'claims', id: unknown, version?: unknown): Transitions | null => {
  const [answer, setAnswer] = useState<Transitions | null>(null);
  useEffect(() => {
    if (id === undefined || id === null) return;
    let live = true;
    apiGet<Transitions>(`/${resource}/${encodeURIComponent(String(id))}/transitions`)
      .then((t) => live && setAnswer(t))
      .catch(() => live && setAnswer(null));
    return () => { live = false; };
  }, [resource, id, version]);
  return answer;
};
