// useVocabulary: the facts and operators rules may use, with their Chinese labels (GET /api/configs/vocabulary), read once.
import { useEffect, useState } from 'react';
import { apiGet } from '../../providers/api';
import type { Vocabulary } from './conditionText';

let pending: Promise<Vocabulary> | null = null;

export const useVocabulary = (): Vocabulary | null => {
  const [vocab, setVocab] = useState<Vocabulary | null>(null);
  useEffect(() => {
    pending ??= apiGet<Vocabulary>('/configs/vocabulary').catch((e) => { pending = null; throw e; });
    let live = true;
    pending.then((v) => live && setVocab(v)).catch(() => undefined);
    return () => { live = false; };
  }, []);
  return vocab;
};
