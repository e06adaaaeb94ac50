// What the server lets the user do next with a record's status (GET /api/<resource>/:id/transitions), refetched when the record changes.
import { useEffect, useState } from 'react';
import { apiGet } from '../providers/api';

export interface Transitions { field: string; current: string; allowed: string[] }

export const useTransitions = (resource: 'programs' | 'enrollments' | 'claims', id: unknown, version?: unknown): Transitions | null => {
  // The answer is kept with the record and version it was asked for: after moving to another record (or version),
  // nothing is offered until that record's own answer arrives, never the previous record's steps.
  const key = JSON.stringify([resource, id ?? null, version ?? null]);
  const [answer, setAnswer] = useState<{ key: string; transitions: Transitions | null } | null>(null);
  useEffect(() => {
    if (id === undefined || id === null) return;
    let live = true;
    apiGet<Transitions>(`/${resource}/${encodeURIComponent(String(id))}/transitions`)
      .then((t) => live && setAnswer({ key, transitions: t }))
      .catch(() => live && setAnswer({ key, transitions: null }));
    return () => { live = false; };
  }, [resource, id, version, key]);
  return answer?.key === key ? answer.transitions : null;
};
