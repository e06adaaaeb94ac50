// useCatalog: the effective catalog of a region as a code → name map (empty until loaded, or without a region).
import { useEffect, useState } from 'react';
import { catalogOf } from '../common/catalog';

export const useCatalog = (region: string | undefined) => {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    if (region) catalogOf(region).then((entries) => live && setNames(new Map(entries.map((e) => [e.code, e.name]))));
    return () => { live = false; };
  }, [region]);
  return names;
};

/** 「焊工（6-18-02-04）」, or the code alone when the catalog does not list it. */
export const occupationText = (names: Map<string, string>, code: string) => (names.has(code) ? `${names.get(code)}（${code}）` : code);
