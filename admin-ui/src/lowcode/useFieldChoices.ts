// The vocabulary with value types, the region's parameters and the catalog's occupations: what the rule and test editors offer.
import { useEffect, useMemo, useState } from 'react';
import { apiGet } from '../providers/api';
import { buildFields, type ParamDef, type VocabularyTyped } from './fields';
import { catalogEntriesOf, paramsOf } from './bodyViews';
import { useEffective } from './draftTools';

let vocabulary: Promise<VocabularyTyped> | null = null;

export function useRuleFields(node: string, date: string, draftParams?: ParamDef[]) {
  const [vocab, setVocab] = useState<VocabularyTyped | null>(null);
  useEffect(() => {
    vocabulary ??= apiGet<VocabularyTyped>('/configs/vocabulary');
    vocabulary.then(setVocab).catch(() => { vocabulary = null; });
  }, []);
  const params = useEffective(node, 'param', 'default', date);
  const catalog = useEffective(node, 'catalog', 'default', date);
  const paramList: ParamDef[] = draftParams ?? paramsOf(params?.body);
  const fields = useMemo(() => (vocab ? buildFields(vocab, paramList, {
    occupations: catalogEntriesOf(catalog?.body).map((e) => ({ code: e.code, name: e.name ?? '' })),
  }) : []), [vocab, JSON.stringify(paramList), catalog]); // eslint-disable-line react-hooks/exhaustive-deps
  return { fields, vocab, params: paramList };
}
