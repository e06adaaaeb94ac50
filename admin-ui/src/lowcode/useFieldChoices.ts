// The vocabulary with value types, the region's parameters, the region tree and the catalog's occupations: what the rule and test editors offer.
import { useEffect, useMemo, useState } from 'react';
import { apiGet } from '../providers/api';
import { buildFields, type ParamDef, type VocabularyTyped } from './fields';
import { useEffective } from './draftTools';

let vocabulary: Promise<VocabularyTyped> | null = null;

export function useRuleFields(node: string, date: string, draftParams?: ParamDef[]) {
  const [vocab, setVocab] = useState<VocabularyTyped | null>(null);
  const [regions, setRegions] = useState<Array<{ id: string; name: string }>>([]);
  useEffect(() => {
    vocabulary ??= apiGet<VocabularyTyped>('/configs/vocabulary');
    vocabulary.then(setVocab).catch(() => { vocabulary = null; });
    apiGet<Array<{ id: string; name: string }>>(`/regions?sort=${encodeURIComponent('["id","ASC"]')}&range=${encodeURIComponent('[0,299]')}&filter=${encodeURIComponent('{"owns_config":true}')}`)
      .then(setRegions).catch(() => apiGet<Array<{ id: string; name: string }>>(`/regions?range=${encodeURIComponent('[0,99]')}`).then(setRegions).catch(() => undefined));
  }, []);
  const params = useEffective(node, 'param', 'default', date);
  const catalog = useEffective(node, 'catalog', 'default', date);
  const paramList: ParamDef[] = draftParams ?? params?.body?.params ?? [];
  const fields = useMemo(() => (vocab ? buildFields(vocab, paramList, {
    regions, occupations: (catalog?.body?.entries ?? []).map((e: any) => ({ code: e.code, name: e.name })),
  }) : []), [vocab, JSON.stringify(paramList), regions, catalog]); // eslint-disable-line react-hooks/exhaustive-deps
  return { fields, vocab, params: paramList };
}
